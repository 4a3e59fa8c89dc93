package api

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// importRetryAfter is the Retry-After of a 429 answer to an import: about as long as
// a large import takes.
const importRetryAfter = 10 * time.Second

// importSlot takes one of the Config.MaxImports slots for an import that decodes, and
// returns the function that gives it back. If every slot is taken, it sets
// Retry-After and returns a 429 problem. Slots are taken once the upload is in,
// so that a slow upload holds none.
func (s *Server) importSlot(c *gin.Context) (release func(), err error) {
	select {
	case s.imports <- struct{}{}:
		return func() { <-s.imports }, nil
	default:
		c.Header("Retry-After", strconv.Itoa(int(importRetryAfter.Seconds())))
		return nil, newProblem(http.StatusTooManyRequests, "too-many-imports", fmt.Sprintf(
			"Es laufen schon so viele Importe und Probeläufe, wie gleichzeitig erlaubt sind (%d); es wurde nichts gespeichert. Bitte in %d Sekunden erneut senden.",
			cap(s.imports), int(importRetryAfter.Seconds())))
	}
}

// multipartMemory is how much of a multipart body is held in memory; larger files are
// spooled to temporary files, which are removed when the request ends.
const multipartMemory = 8 << 20

// importResponse is the answer of POST /api/v1/imports, and the member "report" of the
// problem details of a refused import.
type importResponse struct {
	DryRun   bool   `json:"dry_run"`
	Format   string `json:"format"`
	Revision int64  `json:"revision"`
	// Decoded counts the items read from the files, per kind (Report.Counts).
	Decoded map[graph.Kind]int `json:"decoded"`
	// Counts says per kind what the import did or would do; nil when refused.
	Counts map[graph.Kind]*graph.BatchCount `json:"counts"`
	// BatchID names the import in the history, for POST /api/v1/batches/{batch_id}/revert;
	// "" for a dry run, a refused import and one that changed nothing.
	BatchID  string            `json:"batch_id"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings"`
	Issues   []importers.Issue `json:"issues"`
	// Columns says per sheet which column was read as which field.
	Columns []importers.SheetColumns `json:"columns"`
	// DryRunToken identifies the files, format and mapping of this request; an
	// import that sends it (form field dry_run_token) is refused with 409 when its
	// files differ from the dry run's.
	DryRunToken string `json:"dry_run_token"`
}

// importFiles answers POST /api/v1/imports: it decodes the uploaded files (multipart
// parts "file"), checks the batch with the store and, unless ?dry_run=true, writes it
// all-or-nothing. A batch whose report has errors, from decoding or from the store's
// validation, is never written: the answer is a 422 problem of type import-refused
// whose member "report" holds the report.
func (s *Server) importFiles(c *gin.Context) {
	ctx := c.Request.Context()
	q, err := newQueryParams(c.Request, "dry_run", "format")
	if err != nil {
		s.fail(c, err)
		return
	}
	dryRun, err := q.boolean("dry_run")
	if err != nil {
		s.fail(c, err)
		return
	}
	form, err := multipartForm(c.Request)
	if err != nil {
		s.fail(c, err)
		return
	}
	defer form.RemoveAll()
	opts := importers.Options{Limits: importers.Limits{MaxBytes: s.cfg.MaxImportBytes}}
	format, err := importFormat(q.str("format"), formValue(form, "format"))
	if err == nil {
		opts.Mapping, err = importMapping(formValue(form, "mapping"))
	}
	if err != nil {
		s.fail(c, err)
		return
	}
	release, err := s.importSlot(c)
	if err != nil {
		s.fail(c, err)
		return
	}
	defer release()
	files := form.File["file"]
	if len(files) == 0 {
		s.fail(c, newProblem(http.StatusBadRequest, "missing-file",
			"Die Anfrage enthält keine Datei; erwartet wird mindestens ein Teil „file“ mit einer Datei (multipart/form-data).",
			graph.FieldError{Field: "file", Message: "Die Datei fehlt."}))
		return
	}
	token, err := importToken(format, formValue(form, "mapping"), files)
	if err != nil {
		s.fail(c, err)
		return
	}
	if sent := formValue(form, "dry_run_token"); !dryRun && sent != "" && sent != token {
		s.fail(c, newProblem(http.StatusConflict, "import-stale",
			"Die Datei, das Format oder die Spaltenzuordnung hat sich seit dem Probelauf geändert; es wurde nichts gespeichert. Bitte zuerst einen neuen Probelauf starten.",
			graph.FieldError{Field: "dry_run_token", Message: "Der Probelauf gilt für andere Dateien."}))
		return
	}
	inputs := make([]importers.Input, 0, len(files))
	for _, fh := range files {
		f, err := fh.Open()
		if err != nil {
			s.fail(c, fmt.Errorf("api: open upload %q: %w", fh.Filename, err))
			return
		}
		defer f.Close()
		inputs = append(inputs, importers.Input{Name: fh.Filename, R: f})
	}
	rep, res, err := Import(ctx, s.store, inputs, format, opts, dryRun)
	if err != nil {
		s.fail(c, err)
		return
	}
	body := importResponse{DryRun: dryRun, Format: rep.Format, Revision: res.Revision, Decoded: rep.Counts, Counts: res.Counts, BatchID: res.BatchID,
		Errors: rep.Errors, Warnings: rep.Warnings, Issues: rep.Issues, Columns: rep.Columns, DryRunToken: token}
	if rep.HasErrors() {
		if body.Revision, err = s.store.Revision(ctx); err != nil {
			s.fail(c, err)
			return
		}
		body.Counts = nil
		subject := "Die Datei enthält"
		if len(files) > 1 {
			subject = "Die Dateien enthalten"
		}
		p := newProblem(http.StatusUnprocessableEntity, "import-refused",
			fmt.Sprintf("%s %d Fehler; es wurde nichts gespeichert.", subject, rep.Errors))
		p.Report = &body
		s.fail(c, p)
		return
	}
	s.respond(c, http.StatusOK, body)
}

// Import runs an import as POST /api/v1/imports does, for the API and the command
// line: it decodes the files with importers.DecodeFiles (as format, if not empty,
// instead of detecting each file's format; against the store's taxonomy if
// opts.Taxonomy is nil) and, if the report has no errors, hands the batch to
// store.Upsert, as a dry run if dryRun. Faults of the data, from decoding or from the
// store's validation (Invalid or Conflict), are recorded in the report; a report with
// errors means nothing was written, and the result is then the zero value. Other
// errors (such as Unavailable) are returned.
func Import(ctx context.Context, store graph.Store, files []importers.Input, format string, opts importers.Options, dryRun bool) (*importers.Report, graph.BatchResult, error) {
	var res graph.BatchResult
	if opts.Taxonomy == nil {
		t, err := store.Taxonomy(ctx)
		if err != nil {
			return nil, res, err
		}
		opts.Taxonomy = t
	}
	if format != "" {
		files = slices.Clone(files)
		for i := range files {
			files[i].Name = importName(files[i].Name, format)
		}
	}
	if opts.Existing == nil {
		n, err := store.Snapshot(ctx)
		if err != nil {
			return nil, res, err
		}
		opts.Existing = importers.NamesOf(n)
	}
	batch, rep, err := importers.DecodeFiles(files, opts)
	if err != nil && !refusable(err) {
		return nil, res, err
	}
	if err != nil {
		rep.AddStoreError(err) // a file that cannot be read at all
		return rep, res, nil
	}
	// The store checks the batch even when decoding found errors, so that one
	// report holds every fault of the files: what the store adds (broken references,
	// taken keys) joins the decoding errors, without repeating them.
	decoded := rep.HasErrors()
	res, err = store.Upsert(ctx, batch, graph.BatchOptions{DryRun: dryRun || decoded})
	if err != nil {
		if !refusable(err) {
			return nil, graph.BatchResult{}, err
		}
		rep.AddNewStoreErrors(err)
		return rep, graph.BatchResult{}, nil
	}
	if decoded {
		return rep, graph.BatchResult{}, nil
	}
	return rep, res, nil
}

// importToken returns the dry-run token of an upload: a hash of the format, the
// mapping and every file's name and content, so that a confirmation can show it
// sends what the dry run checked.
func importToken(format, mapping string, files []*multipart.FileHeader) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%q %q %d\n", format, mapping, len(files))
	for _, fh := range files {
		f, err := fh.Open()
		if err != nil {
			return "", fmt.Errorf("api: open upload %q: %w", fh.Filename, err)
		}
		fmt.Fprintf(h, "%q %d\n", fh.Filename, fh.Size)
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", fmt.Errorf("api: read upload %q: %w", fh.Filename, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16]), nil
}

// refusable reports whether err is a fault of the imported data (Invalid or Conflict)
// that belongs in the import report rather than failing the request.
func refusable(err error) bool {
	code := graph.ErrorCode(err)
	return code == graph.Invalid || code == graph.Conflict
}

// multipartForm reads the request's multipart/form-data body: a body of another type
// is a 415 problem, a body over the route's limit a 413 problem, a broken one a 400
// problem.
func multipartForm(r *http.Request) (*multipart.Form, error) {
	ct := r.Header.Get("Content-Type")
	if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "multipart/form-data" {
		return nil, newProblem(http.StatusUnsupportedMediaType, "unsupported-media-type",
			fmt.Sprintf("Erwartet werden Dateien als multipart/form-data, nicht %q.", ct))
	}
	if err := r.ParseMultipartForm(multipartMemory); err != nil {
		if mbe, ok := errors.AsType[*http.MaxBytesError](err); ok {
			return nil, tooLarge(mbe.Limit)
		}
		return nil, newProblem(http.StatusBadRequest, "malformed-multipart",
			"Der Anfragekörper ist kein vollständiges multipart/form-data; bitte die Dateien erneut senden.")
	}
	return r.MultipartForm, nil
}

// formValue returns the first value of a form field, or "".
func formValue(form *multipart.Form, name string) string {
	if vs := form.Value[name]; len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// importFormat returns the format named by the query parameter or the form field
// "format" (they must agree if both are given), or "" to detect it from each file.
func importFormat(query, field string) (string, error) {
	name := cmp.Or(query, field)
	if query != "" && field != "" && !strings.EqualFold(query, field) {
		return "", badParam("format", "Das Format ist in der Abfrage (%q) und im Formular (%q) verschieden angegeben.", query, field)
	}
	if name == "" {
		return "", nil
	}
	f, ok := importers.FormatByName(name)
	if !ok || !f.Decode {
		return "", badParam("format", "Unbekanntes Format %q; möglich sind: %s.", name, formatNames(func(f importers.Format) bool { return f.Decode }))
	}
	return f.Name, nil
}

// formatNames lists the names of the formats that keep selects, for messages.
func formatNames(keep func(importers.Format) bool) string {
	return strings.Join(formatList(keep), ", ")
}

// formatList returns the names of the formats that keep selects.
func formatList(keep func(importers.Format) bool) []string {
	var names []string
	for _, f := range importers.Formats() {
		if keep(f) {
			names = append(names, f.Name)
		}
	}
	return names
}

// importName returns the file name under which a file is decoded: its own, or, when
// the format is given and the name's extension does not name it, the name with the
// format's extension appended, so that importers' detection picks that format.
func importName(name, format string) string {
	if format == "" {
		return name
	}
	if importers.DetectFormat(name, nil) == format {
		return name
	}
	f, _ := importers.FormatByName(format)
	return name + f.Extensions[0]
}

// importMapping decodes the form field "mapping", a JSON object of importers.Mapping;
// "" is no mapping. Malformed JSON, unknown members and wrong types are 400 problems
// that name the field.
func importMapping(field string) (importers.Mapping, error) {
	var m importers.Mapping
	if strings.TrimSpace(field) == "" {
		return m, nil
	}
	err := unmarshal([]byte(field), &m)
	var p *problem
	if !errors.As(err, &p) {
		return m, err
	}
	q := *p
	q.Detail = "Das Formularfeld „mapping“ ist ungültig: " + p.Detail +
		` Erwartet wird ein JSON-Objekt wie {"columns":{"Träger":"name"},"values":{"legal_domains":{"SGB 9":"sgb9"}}}.`
	q.Errors = []graph.FieldError{{Field: "mapping", Message: p.Detail}}
	for _, fe := range p.Errors {
		q.Errors = append(q.Errors, graph.FieldError{Field: "mapping." + fe.Field, Message: fe.Message})
	}
	return m, &q
}

// importTemplate answers GET /api/v1/imports/template with the XLSX import template
// for the installation's taxonomy.
func (s *Server) importTemplate(c *gin.Context) {
	t, err := s.store.Taxonomy(c.Request.Context())
	if err != nil {
		s.fail(c, err)
		return
	}
	s.attachment(c, importers.FormatXLSX, "netzwerkatlas-vorlage.xlsx", func(w io.Writer) error { return importers.Template(w, t) })
}

// importFields answers GET /api/v1/imports/fields with the fields of every kind and
// their German headers, from which the web interface offers a column mapping.
func (s *Server) importFields(c *gin.Context) {
	c.Header("Cache-Control", "max-age=3600")
	s.respond(c, http.StatusOK, importers.Fields())
}

// importFormats answers GET /api/v1/imports/formats with the supported file formats:
// name, German label, extensions, content type and whether each can be imported
// (decode) and exported (encode).
func (s *Server) importFormats(c *gin.Context) {
	c.Header("Cache-Control", "max-age=3600")
	s.respond(c, http.StatusOK, importers.Formats())
}

// attachment answers with the file that write produces, in the named format of
// importers.Formats, as a download named filename (plain ASCII, made by the API). The
// file is written into the response as it is made, through a buffer: a failure
// before the buffer first fills (64 KiB) is still a problem answer; a later one can
// only be logged, and the download ends short.
func (s *Server) attachment(c *gin.Context, format, filename string, write func(w io.Writer) error) {
	f, _ := importers.FormatByName(format)
	body := &startOnWrite{c: c, start: func() {
		c.Header("Content-Disposition", `attachment; filename="`+filename+`"`)
		c.Header("Content-Type", f.ContentType)
		c.Status(http.StatusOK)
	}}
	bw := bufio.NewWriterSize(body, 64<<10)
	err := write(bw)
	if err == nil {
		err = bw.Flush()
	}
	switch {
	case err != nil && !body.started:
		s.fail(c, err)
	case err != nil:
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "stream download",
			slog.String("request_id", requestIDOf(c)), slog.Any("error", err))
	case !body.started: // an empty file
		body.start()
		c.Writer.WriteHeaderNow()
	}
}

// startOnWrite writes to the response of c, calling start (headers and status)
// before its first byte.
type startOnWrite struct {
	c       *gin.Context
	start   func()
	started bool
}

func (w *startOnWrite) Write(p []byte) (int, error) {
	if !w.started {
		w.started = true
		w.start()
	}
	return w.c.Writer.Write(p)
}
