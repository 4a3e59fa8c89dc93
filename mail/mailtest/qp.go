package mailtest

import (
	"io"
	"mime/quotedprintable"
	"net/mail"
	"strings"
)

// qpReader returns the body of m, decoded if it is quoted-printable.
func qpReader(m *mail.Message) io.Reader {
	if strings.EqualFold(m.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
		return quotedprintable.NewReader(m.Body)
	}
	return m.Body
}
