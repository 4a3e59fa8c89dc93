package importers

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// xmlStream reads XML tokens with limits on nesting depth and token count, and
// refuses document type declarations that define entities. encoding/xml never
// expands external entities; refusing ENTITY declarations also keeps out files
// made for parsers that do. Its errors name the document by subject, such as
// "Die XML-Datei" or "Das Blatt „Akteure“".
type xmlStream struct {
	dec      *xml.Decoder
	subject  string
	noDTD    bool // refuse every DOCTYPE, not only those that declare entities
	depth    int
	tokens   int
	maxDepth int
	maxToks  int
}

// xmlFile is the subject of a stand-alone XML file in messages.
const xmlFile = "Die XML-Datei"

func newXMLStream(r io.Reader, l Limits, subject string) *xmlStream {
	dec := xml.NewDecoder(r)
	dec.Strict = true
	dec.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "iso-8859-1", "latin1", "windows-1252", "cp1252", "iso-8859-15":
			return charmap.Windows1252.NewDecoder().Reader(r), nil
		}
		return nil, errors.New("unsupported charset " + label)
	}
	return &xmlStream{dec: dec, subject: subject, maxDepth: l.MaxXMLDepth, maxToks: l.MaxXMLTokens}
}

// walkXML reads an XML document of at most l.MaxBytes and calls visit for each start
// element, until the end or until visit says stop. The document's root element must
// be root; format names the format in the German error otherwise.
func walkXML(r io.Reader, l Limits, root, format string, visit func(s *xmlStream, start xml.StartElement) (stop bool, err error)) error {
	data, err := readAll(r, l.MaxBytes)
	if err != nil {
		return err
	}
	s := newXMLStream(bytes.NewReader(data), l, xmlFile)
	seenRoot := false
	for {
		tok, err := s.token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		start, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if !seenRoot {
			if start.Name.Local != root {
				break
			}
			seenRoot = true
		}
		if stop, err := visit(s, start); stop || err != nil {
			return err
		}
	}
	if !seenRoot {
		return graph.Errorf(graph.Invalid, "Die Datei ist kein %s: das Wurzelelement <%s> fehlt.", format, root)
	}
	return nil
}

// xmlError wraps an error of the XML decoder in a German message about the subject.
// Errors that are already domain errors (such as a limit of the reader below) pass.
func xmlError(subject string, err error) error {
	if _, ok := errors.AsType[*graph.Error](err); ok {
		return err
	}
	if se, ok := errors.AsType[*xml.SyntaxError](err); ok {
		return &graph.Error{Code: graph.Invalid, Message: subject + " ist fehlerhaft (Zeile " + strconv.Itoa(se.Line) + ").", Err: err}
	}
	return &graph.Error{Code: graph.Invalid, Message: subject + " ist fehlerhaft.", Err: err}
}

// token returns the next token, or io.EOF at the end of the document.
func (s *xmlStream) token() (xml.Token, error) {
	tok, err := s.dec.Token()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, xmlError(s.subject, err)
	}
	s.tokens++
	if s.tokens > s.maxToks {
		return nil, limitError("%s hat mehr als %d Bestandteile; das ist die Obergrenze für einen Import.", s.subject, s.maxToks)
	}
	switch t := tok.(type) {
	case xml.StartElement:
		s.depth++
		if s.depth > s.maxDepth {
			return nil, limitError("%s ist tiefer als %d Ebenen verschachtelt.", s.subject, s.maxDepth)
		}
	case xml.EndElement:
		s.depth--
	case xml.Directive:
		d := bytes.ToUpper(t)
		if bytes.Contains(d, []byte("ENTITY")) {
			return nil, graph.Errorf(graph.Invalid, "%s definiert Entitäten (DOCTYPE mit ENTITY); solche Dateien werden aus Sicherheitsgründen abgelehnt.", s.subject)
		}
		if s.noDTD && bytes.HasPrefix(d, []byte("DOCTYPE")) {
			return nil, graph.Errorf(graph.Invalid, "%s enthält eine Dokumenttyp-Deklaration (DOCTYPE), die in Excel-Arbeitsmappen nicht vorkommt; solche Dateien werden aus Sicherheitsgründen abgelehnt.", s.subject)
		}
	}
	return tok, nil
}

// xmlElem is an element with its attributes, children and text.
type xmlElem struct {
	name     xml.Name
	attrs    []xml.Attr
	children []*xmlElem
	text     string
}

// attr returns the value of the attribute with the local name, or "".
func (e *xmlElem) attr(local string) string {
	for _, a := range e.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// find returns the first descendant (or e itself) with the local name, or nil.
func (e *xmlElem) find(local string) *xmlElem {
	if e.name.Local == local {
		return e
	}
	for _, c := range e.children {
		if f := c.find(local); f != nil {
			return f
		}
	}
	return nil
}

// element reads the subtree of start, which the stream has just returned.
func (s *xmlStream) element(start xml.StartElement) (*xmlElem, error) {
	e := &xmlElem{name: start.Name, attrs: start.Attr}
	var text strings.Builder
	for {
		tok, err := s.token()
		if err == io.EOF {
			return nil, xmlError(s.subject, io.ErrUnexpectedEOF)
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			c, err := s.element(t)
			if err != nil {
				return nil, err
			}
			e.children = append(e.children, c)
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			e.text = strings.TrimSpace(text.String())
			return e, nil
		}
	}
}
