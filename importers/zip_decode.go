package importers

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// maxZipEntries bounds the number of files in an archive.
const maxZipEntries = 10_000

// zipArchive reads the entries of a zip archive under a budget: every byte that an
// entry inflates to is counted, per entry and for the whole archive, so that the sizes
// the archive declares need not be trusted. It also bounds the runs of bytes between
// two "<" (a text or a tag of XML), which encoding/xml would otherwise hold whole, to
// what a cell of Limits.MaxCellBytes needs.
type zipArchive struct {
	noun   string               // the archive in messages, such as "Die Arbeitsmappe"
	files  map[string]*zip.File // by lower-cased name without a leading slash
	limit  int64                // bytes all entries together may inflate to
	left   int64                // of limit, not yet inflated
	maxRun int                  // bytes between two "<"
	cell   int                  // Limits.MaxCellBytes, for messages
}

// openZip opens the archive data under the budget of l (Limits.MaxUnzippedBytes);
// noun names it in messages. An unreadable archive is an error that says notArchive.
func openZip(data []byte, l Limits, noun, notArchive string) (*zipArchive, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, &graph.Error{Code: graph.Invalid, Message: notArchive, Err: err}
	}
	if len(zr.File) > maxZipEntries {
		return nil, limitError("%s enthält mehr als %d Teile.", noun, maxZipEntries)
	}
	z := &zipArchive{noun: noun, files: make(map[string]*zip.File, len(zr.File)), limit: l.MaxUnzippedBytes, left: l.MaxUnzippedBytes,
		maxRun: 6*l.MaxCellBytes + 4096, cell: l.MaxCellBytes} // 6: the longest escape of one byte, &quot;
	for _, f := range zr.File {
		z.files[zipKey(f.Name)] = f
	}
	return z, nil
}

// zipKey is the key of an entry name in zipArchive.files.
func zipKey(name string) string { return strings.ToLower(strings.TrimPrefix(name, "/")) }

// has reports whether the archive holds the entry.
func (z *zipArchive) has(name string) bool { return z.files[zipKey(name)] != nil }

// open opens the entry name for reading at most max inflated bytes; subject names
// what the entry holds in messages, such as "Das Blatt „Akteure“". It returns an
// error if there is no such entry.
func (z *zipArchive) open(name, subject string, max int64) (io.ReadCloser, error) {
	f := z.files[zipKey(name)]
	if f == nil {
		return nil, graph.Errorf(graph.Invalid, "%s fehlt: %s hat keinen Teil „%s“.", subject, z.noun, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, z.corrupt(subject, f.Name, err)
	}
	return &zipEntry{z: z, rc: rc, name: f.Name, subject: subject, max: max}, nil
}

// corrupt is the error for an entry that cannot be inflated, or whose size or
// checksum is not the declared one.
func (z *zipArchive) corrupt(subject, name string, err error) error {
	return &graph.Error{Code: graph.Invalid, Err: err,
		Message: subject + " kann nicht entpackt werden: der Teil „" + name + "“ ist beschädigt oder größer als im Archiv angegeben."}
}

// zipEntry counts what an entry inflates to; see zipArchive.
type zipEntry struct {
	z       *zipArchive
	rc      io.ReadCloser
	name    string
	subject string
	max     int64 // bytes this entry may inflate to
	read    int64 // bytes inflated
	run     int   // bytes since the last "<"
	err     error // the first error, returned from then on
}

func (e *zipEntry) Read(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.rc.Read(p)
	e.read += int64(n)
	e.z.left -= int64(n)
	switch {
	case e.z.left < 0:
		e.err = limitError("%s überschreitet die Obergrenze für einen Import: %s darf entpackt höchstens %s groß sein (überschritten im Teil „%s“).",
			e.subject, strings.ToLower(e.z.noun[:1])+e.z.noun[1:], mib(e.z.limit), e.name)
	case e.read > e.max:
		e.err = limitError("%s ist entpackt größer als %s; das ist die Obergrenze für den Teil „%s“.", e.subject, mib(e.max), e.name)
	case e.overrun(p[:n]):
		e.err = limitError("%s enthält mehr als %d Bytes Text am Stück (im Teil „%s“); eine Zelle darf höchstens %d Bytes lang sein.",
			e.subject, e.z.maxRun, e.name, e.z.cell)
	case err != nil && err != io.EOF:
		e.err = e.z.corrupt(e.subject, e.name, err)
	}
	if e.err != nil {
		return 0, e.err
	}
	return n, err
}

// overrun counts the bytes since the last "<" through p and reports whether they
// exceed the archive's maxRun.
func (e *zipEntry) overrun(p []byte) bool {
	for len(p) > 0 {
		i := bytes.IndexByte(p, '<')
		if i < 0 {
			e.run += len(p)
			return e.run > e.z.maxRun
		}
		if e.run+i > e.z.maxRun {
			return true
		}
		e.run, p = 0, p[i+1:]
	}
	return false
}

func (e *zipEntry) Close() error { return e.rc.Close() }
