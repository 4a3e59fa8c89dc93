package api

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/report"
	"github.com/netzwerkatlas/netzwerkatlas/report/docx"
)

// reportFormats are the formats of the documents of /reports.
var reportFormats = []string{"html", "pdf", "docx"}

// reportFormatParam is the format parameter of the documents of /reports.
var reportFormatParam = param{"format", "html (Standard), pdf (getaggtes PDF für A4) oder docx (Word-Dokument zum Bearbeiten, ohne Diagramme).",
	map[string]any{"type": "string", "enum": reportFormats, "default": "html"}}

// documentPolicy is the Content-Security-Policy of a report's HTML: its own inline
// style sheet and nothing else, so that it shows as printed when opened directly.
const documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// reportExtras returns what a report at the state to shows beside the analyses
// (report.NewExtras): the measures, the response rate of its wave's partner survey,
// which stateNetwork put into the state, and for a pseudonymised report the k below
// which group figures are suppressed.
func (s *Server) reportExtras(ctx context.Context, to *graph.Network, space string) (report.Extras, error) {
	full, err := s.snapshot(ctx)
	if err != nil {
		return report.Extras{}, err
	}
	var k int
	if viewOf(ctx).Pseudonymize {
		p, err := s.policy(ctx)
		if err != nil {
			return report.Extras{}, err
		}
		k = p.MinGroup
	}
	return report.NewExtras(ctx, full, to, space, measureStates{s: s, full: full}, k)
}

// steeringReport answers GET /api/v1/reports/steering?from=…&to=…: the report for
// the steering group from state from to state to (as /analysis/changes takes them),
// optionally narrowed to one social space, as HTML or as a tagged PDF.
func (s *Server) steeringReport(c *gin.Context) {
	q, err := newQueryParams(c.Request, "from", "to", "social_space", "format")
	if err != nil {
		s.fail(c, err)
		return
	}
	format, err := q.choice("format", "html", reportFormats, "Erwartet wird html, pdf oder docx")
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	from, to, err := s.comparedStates(ctx, q)
	if err != nil {
		s.fail(c, err)
		return
	}
	space := q.str("social_space")
	if q.values.Has("social_space") && !hasSpace(to, space) {
		s.fail(c, badParam("social_space", "Den Sozialraum „%s“ gibt es nicht.", space))
		return
	}
	extras, err := s.reportExtras(ctx, to, space)
	if err != nil {
		s.fail(c, err)
		return
	}
	r, err := report.Build(ctx, s.analysis, from, to, space, extras, s.today())
	if err != nil {
		s.fail(c, err)
		return
	}
	name := "bericht-" + to.State.Date
	s.sendDocument(c, format, name, r.HTML)
}

// spaceProfile answers GET /api/v1/reports/social-space/:id: the profile of one
// social space at a state (wave or date, default today), as HTML or as a tagged PDF.
func (s *Server) spaceProfile(c *gin.Context) {
	q, err := newQueryParams(c.Request, "wave", "date", "format")
	if err != nil {
		s.fail(c, err)
		return
	}
	format, err := q.choice("format", "html", reportFormats, "Erwartet wird html, pdf oder docx")
	if err != nil {
		s.fail(c, err)
		return
	}
	st, err := stateOf(q)
	if err != nil {
		s.fail(c, err)
		return
	}
	ctx := c.Request.Context()
	net, err := s.stateNetwork(ctx, st, nil)
	if err != nil {
		s.fail(c, err)
		return
	}
	id := c.Param("id")
	if !hasSpace(net, id) {
		s.fail(c, graph.Errorf(graph.NotFound, "Den Sozialraum „%s“ gibt es nicht.", id))
		return
	}
	extras, err := s.reportExtras(ctx, net, id)
	if err != nil {
		s.fail(c, err)
		return
	}
	p, err := report.BuildProfile(ctx, s.analysis, net, id, extras)
	if err != nil {
		s.fail(c, err)
		return
	}
	s.sendDocument(c, format, "sozialraumprofil-"+id+"-"+net.State.Date, p.HTML)
}

// hasSpace reports whether the network has the social space with the ID.
func hasSpace(n *graph.Network, id string) bool {
	for i := range n.SocialSpaces {
		if n.SocialSpaces[i].ID == id {
			return true
		}
	}
	return false
}

// docxType is the media type of Word documents.
const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

// sendDocument answers with the HTML that write makes, that HTML as a Word document,
// or printed to PDF by Config.PDF (503 without one), named name plus the format's
// extension.
func (s *Server) sendDocument(c *gin.Context, format, name string, write func(w io.Writer) error) {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		s.fail(c, err)
		return
	}
	out, media, disposition := buf.Bytes(), "text/html; charset=utf-8", "inline"
	switch format {
	case "docx":
		var err error
		if out, err = docx.FromHTML(buf.Bytes()); err != nil {
			s.fail(c, err)
			return
		}
		media, disposition = docxType, "attachment"
	case "pdf":
		if s.cfg.PDF == nil {
			s.fail(c, graph.Errorf(graph.Unavailable, "Dieser Server kann keine PDF-Dateien erzeugen (kein Chromium eingerichtet); bitte format=html wählen."))
			return
		}
		ctx, cancel := context.WithTimeout(c.Request.Context(), time.Minute)
		defer cancel()
		var err error
		if out, err = s.cfg.PDF(ctx, buf.Bytes()); err != nil {
			s.fail(c, &graph.Error{Code: graph.Unavailable, Message: "Die PDF-Datei ließ sich nicht erzeugen; bitte später erneut versuchen oder format=html wählen.", Err: err})
			return
		}
		media, disposition = "application/pdf", "attachment"
	}
	file := name + "." + format
	if err := s.auditDownload(c, auditReport, format, file); err != nil {
		s.fail(c, err)
		return
	}
	if format == "html" {
		c.Header("Content-Security-Policy", documentPolicy)
	}
	c.Header("Content-Disposition", disposition+`; filename="`+file+`"`)
	c.Data(http.StatusOK, media, out)
}
