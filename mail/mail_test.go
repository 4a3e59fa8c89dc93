package mail_test

import (
	"context"
	"crypto/tls"
	"mime"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/mail"
	"github.com/netzwerkatlas/netzwerkatlas/mail/mailtest"
)

func TestSendOverStartTLSWithLogin(t *testing.T) {
	srv := mailtest.Start(t, "koordination", "geheim")
	s, err := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, StartTLS: true, User: "koordination", Password: "geheim",
		From: "Netzwerkkoordination <netz@landkreis.example>", TLS: &tls.Config{RootCAs: srv.Roots, ServerName: srv.Host}})
	if err != nil {
		t.Fatal(err)
	}
	body := "Guten Tag,\nbitte füllen Sie den Fragebogen aus: https://atlas.example/umfrage#" + strings.Repeat("x", 90) + "\n"
	if err := s.Send(context.Background(), "jugendamt@landkreis.example", "Einladung zur Netzwerkerhebung – 2026", body); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages arrived, want 1", len(msgs))
	}
	m := msgs[0]
	subject, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if !m.TLS || m.To[0] != "jugendamt@landkreis.example" || m.From != "netz@landkreis.example" ||
		subject != "Einladung zur Netzwerkerhebung – 2026" || m.Body != strings.ReplaceAll(body, "\n", "\r\n") {
		t.Errorf("arrived: TLS %t, from %s, to %v, subject %q, body %q", m.TLS, m.From, m.To, subject, m.Body)
	}
}

func TestSendRefusesWrongPasswordAndMissingStartTLS(t *testing.T) {
	srv := mailtest.Start(t, "koordination", "geheim")
	cfg := mail.Config{Host: srv.Host, Port: srv.Port, StartTLS: true, User: "koordination", Password: "falsch",
		From: "netz@landkreis.example", TLS: &tls.Config{RootCAs: srv.Roots, ServerName: srv.Host}}
	s, _ := mail.New(cfg)
	if err := s.Send(context.Background(), "a@b.example", "x", "y"); err == nil {
		t.Error("a wrong password sent mail")
	}
	cfg.TLS = nil // the self-signed certificate is not trusted
	cfg.Password = "geheim"
	s, _ = mail.New(cfg)
	if err := s.Send(context.Background(), "a@b.example", "x", "y"); err == nil {
		t.Error("an untrusted certificate was accepted")
	}
	if err := s.Send(context.Background(), "a@b.example", "Zeile\r\nBcc: x@y", "y"); err == nil {
		t.Error("a subject with a line break was sent")
	}
	if len(srv.Messages()) != 0 {
		t.Errorf("%d messages arrived", len(srv.Messages()))
	}
	if _, err := mail.New(mail.Config{Host: "h", Port: 587, User: "u", From: "a@b.example"}); err == nil || !strings.Contains(err.Error(), mail.PasswordEnv) {
		t.Errorf("a user without password: %v, want it to name %s", err, mail.PasswordEnv)
	}
	if c := (mail.Config{Host: "h", Port: 587, User: "u", Password: "streng-geheim"}).String(); strings.Contains(c, "streng-geheim") {
		t.Errorf("the configuration's string shows the password: %s", c)
	}
}
