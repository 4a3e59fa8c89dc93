package importers

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// decoder turns rows of cells into batch items. Every format feeds it: CSV and XLSX
// with their rows, GraphML and GEXF with one row per node or edge, GeoJSON with one
// row per feature.
type decoder struct {
	opts  Options
	match matchers
	rep   *Report
	// items holds the decoded entities of each kind in order; finish moves them into
	// the batch.
	items    map[graph.Kind][]graph.Entity
	defaults map[string]int // "kind|field" → number of items that got a default
}

func newDecoder(format string, opts Options) *decoder {
	opts = opts.withDefaults()
	return &decoder{opts: opts, match: newMatchers(opts.Taxonomy, opts.Mapping), rep: newReport(format, opts.Limits.MaxIssues),
		items: map[graph.Kind][]graph.Entity{}, defaults: map[string]int{}}
}

// add records a decoded entity of kind k.
func (d *decoder) add(k graph.Kind, e graph.Entity) { d.items[k] = append(d.items[k], e) }

// table is a sheet whose header row has been matched to columns.
type table struct {
	sh         *sheet
	name       string    // sheet name for locations
	headers    []string  // as written in the file
	cols       []*column // by position; nil if the position holds no field
	attrs      []string  // by position: attribute name kept in Actor.Attributes
	indicators []*indicatorColumn
	src        int32 // sheet index in the report
	graph      bool  // rows are nodes or edges: names default to keys
	rows       int   // rows read, for the row limit
	// before, if set, completes each entity before it is validated (GeoJSON sets
	// the boundary).
	before func(graph.Entity)
}

// indicatorColumn is a social-space column holding one indicator for one year.
type indicatorColumn struct {
	code string
	year int
}

var yearSuffix = regexp.MustCompile(`^(.*?)[\s_:/-]*((?:19|20|21)\d\d)$`)

// columnIndex matches header names to the columns of a sheet: German headers first,
// then aliases, then field names, all normalised.
func columnIndex(sh *sheet) map[string]*column { return columnIndexOrder(sh, false) }

// columnIndexOrder is columnIndex; with fieldsFirst, field names win over headers
// and aliases, as graph attributes written by EncodeGraphML use them ("source" is
// then the cooperation's source, not Gephi's edge source).
func columnIndexOrder(sh *sheet, fieldsFirst bool) map[string]*column {
	idx := map[string]*column{}
	put := func(name string, c *column) {
		if n := normalize(name); n != "" {
			if _, taken := idx[n]; !taken {
				idx[n] = c
			}
		}
	}
	if fieldsFirst {
		for _, c := range sh.columns {
			put(c.field, c)
		}
	}
	for _, c := range sh.columns {
		put(c.header, c)
	}
	for _, c := range sh.columns {
		for _, a := range c.aliases {
			put(a, c)
		}
	}
	for _, c := range sh.columns {
		put(c.field, c)
	}
	return idx
}

// bind matches a header row to the sheet's columns and registers the sheet in the
// report. It returns nil, after reporting why, if the sheet cannot be read. For graph
// formats, lead holds the fields of the first positions (the node id and label, the
// edge's ends); the remaining headers are attribute names, matched with field names
// first, and a field may then be bound twice: the later non-empty value wins.
func (d *decoder) bind(sh *sheet, name string, headers []string, lead []string) *table {
	graphMode := lead != nil
	if len(headers) > d.opts.Limits.MaxColumns {
		d.rep.errorf(Location{Sheet: name}, "", "Die Tabelle hat %d Spalten; erlaubt sind höchstens %d.", len(headers), d.opts.Limits.MaxColumns)
		return nil
	}
	t := &table{sh: sh, name: name, headers: headers, cols: make([]*column, len(headers)), attrs: make([]string, len(headers)),
		indicators: make([]*indicatorColumn, len(headers)), graph: graphMode}
	idx := columnIndexOrder(sh, graphMode)
	mapped := map[string]string{}
	for from, to := range d.opts.Mapping.Columns {
		mapped[normalize(from)] = to
	}
	bound := map[string]string{} // field → header
	for pos, h := range headers {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		headers[pos] = h
		n := normalize(h)
		if n == "" || isLabelHeader(h) {
			continue
		}
		var c *column
		if pos < len(lead) {
			c = sh.column(lead[pos])
			bound[c.field] = h
			t.cols[pos] = c
			continue
		}
		if to, ok := mapped[n]; ok {
			if to == "-" {
				continue
			}
			c = sh.column(to)
		}
		if c == nil {
			c = idx[n]
		}
		if c != nil {
			if first, dup := bound[c.field]; dup && !graphMode {
				d.rep.warnf(Location{Sheet: name, Column: h}, "", "Die Spalte wird ignoriert: „%s“ enthält schon das Feld %s.", first, c.header)
				continue
			}
			bound[c.field] = h
			t.cols[pos] = c
			continue
		}
		if sh.kind == graph.KindSocialSpace {
			if ic := d.indicatorColumn(h); ic != nil {
				t.indicators[pos] = ic
				continue
			}
		}
		if sh.attributes {
			t.attrs[pos] = h
			continue
		}
		d.rep.warnf(Location{Sheet: name, Column: h}, "", "Die Spalte ist unbekannt und wird ignoriert.")
	}
	// The columns are reported even when the sheet cannot be read, so that a user
	// can map the missing one.
	d.rep.Columns = append(d.rep.Columns, t.bindings(mapped))
	if !graphMode {
		for _, f := range sh.needs {
			if _, ok := bound[f]; !ok {
				d.rep.errorf(Location{Sheet: name}, "", "Die Spalte „%s“ fehlt; die Tabelle „%s“ kann ohne sie nicht gelesen werden.", sh.column(f).header, sh.name)
				return nil
			}
		}
	}
	t.src = d.rep.addSheet(name, bound)
	return t
}

// indicatorColumn recognises a header such as "Einwohnerinnen und Einwohner 2024" or
// "population_2024".
func (d *decoder) indicatorColumn(h string) *indicatorColumn {
	m := yearSuffix.FindStringSubmatch(h)
	if m == nil {
		return nil
	}
	code, ok, _ := d.match[graph.ListIndicators].resolve(m[1])
	if !ok {
		return nil
	}
	var year int
	fmt.Sscan(m[2], &year)
	return &indicatorColumn{code: code, year: year}
}

// listOf names the batch's list of each kind, for field paths.
var listOf = map[graph.Kind]string{
	graph.KindSocialSpace: "social_spaces", graph.KindWave: "waves", graph.KindActor: "actors",
	graph.KindOffer: "offers", graph.KindNeed: "needs", graph.KindCooperation: "cooperations",
}

// row decodes one row into a batch item. element names a node, edge or feature in
// messages; it is empty for spreadsheet rows. It returns false if the row limit is
// exceeded.
func (d *decoder) row(t *table, cells []string, row int, element string) bool {
	if blank(cells) {
		return true
	}
	t.rows++
	if limit := d.opts.Limits.rowLimit(t.sh.kind); t.rows > limit {
		d.rep.errorf(Location{Sheet: t.name, Row: row}, "", "Die Tabelle „%s“ hat mehr als %d Einträge; das ist die Obergrenze für einen Import.", t.name, limit)
		return false
	}
	e := t.sh.newEntity()
	r := rowDecoder{d: d, t: t, e: e, loc: Location{Sheet: t.name, Row: row, Element: element}, index: len(d.items[t.sh.kind])}
	for pos, raw := range cells {
		if pos >= len(t.cols) {
			break
		}
		r.cell(pos, raw)
	}
	if m := e.Metadata(); t.graph && m.ExternalKey == m.ID {
		m.ExternalKey = "" // a node named by its internal ID has no external key
	}
	d.applyDefaults(t, e)
	if a, ok := e.(*graph.Actor); ok && a.Unassigned() {
		r.warnUnassigned(a)
	}
	if t.before != nil {
		t.before(e)
	}
	if err := e.Validate(d.opts.Taxonomy); err != nil {
		for _, f := range graph.ErrorFields(err) {
			field := fieldOfPath(f.Field)
			if r.bad[field] || field == "external_key" {
				continue // already reported, or checked once keys are complete
			}
			loc := r.loc
			loc.Column = t.headerOf(field)
			d.rep.errorf(loc, r.path(f.Field), "%s", f.Message)
		}
	}
	d.add(t.sh.kind, e)
	d.rep.track(t.sh.kind, t.src, row)
	return true
}

// headerOf returns the header of the column holding field, or "".
func (t *table) headerOf(field string) string {
	for pos, c := range t.cols {
		if c != nil && c.field == field {
			return t.headers[pos]
		}
	}
	return ""
}

// rowDecoder reads the cells of one row into an entity.
type rowDecoder struct {
	d     *decoder
	t     *table
	e     graph.Entity
	loc   Location
	index int             // the item's index in its batch list
	bad   map[string]bool // fields with a reported problem
}

func (r *rowDecoder) path(field string) string {
	return fmt.Sprintf("%s[%d].%s", listOf[r.t.sh.kind], r.index, field)
}

// fail reports a problem with the cell of column c.
func (r *rowDecoder) fail(header, field, value, suggestion, format string, args ...any) {
	if r.bad == nil {
		r.bad = map[string]bool{}
	}
	r.bad[field] = true
	if r.d.rep.full() {
		r.d.rep.count(SeverityError) // spare the path and message of an issue not kept
		return
	}
	loc := r.loc
	loc.Column = header
	r.d.rep.add(SeverityError, loc, r.path(field), value, suggestion, format, args...)
}

// cell reads the cell at pos.
func (r *rowDecoder) cell(pos int, raw string) {
	header := r.t.headers[pos]
	if len(raw) > r.d.opts.Limits.MaxCellBytes {
		r.fail(header, header, "", "", "Der Inhalt ist länger als %d Bytes.", r.d.opts.Limits.MaxCellBytes)
		return
	}
	v := unneutralize(strings.TrimSpace(raw))
	if v == "" {
		return
	}
	if name := r.t.attrs[pos]; name != "" {
		a := actor(r.e)
		if a.Attributes == nil {
			a.Attributes = map[string]string{}
		}
		a.Attributes[name] = v
		return
	}
	if ic := r.t.indicators[pos]; ic != nil {
		f, ok := parseNumber(v)
		if !ok {
			r.fail(header, "indicators", v, "", "„%s“ ist keine Zahl.", v)
			return
		}
		s := space(r.e)
		s.Indicators = append(s.Indicators, graph.Indicator{Year: ic.year, Code: ic.code, Value: f})
		return
	}
	c := r.t.cols[pos]
	if c == nil {
		return
	}
	switch c.typ {
	case typeText, typeKey, typeID, typeRef:
		*c.str(r.e) = v
	case typeDate:
		d, ok := parseDate(v)
		if !ok {
			r.fail(header, c.field, v, "", "Das Datum „%s“ ist ungültig; erwartet wird TT.MM.JJJJ oder JJJJ-MM-TT.", v)
			return
		}
		*c.str(r.e) = d
	case typeCode:
		if code, ok := r.code(c, header, v); ok {
			*c.str(r.e) = code
		}
	case typeCodes:
		var codes []string
		for _, part := range splitList(v) {
			if code, ok := r.code(c, header, part); ok && !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		*c.strs(r.e) = codes
	case typeRefs:
		*c.strs(r.e) = splitList(v)
	case typeInt:
		f, ok := parseNumber(v)
		if !ok || math.Abs(f) > 1e9 {
			r.fail(header, c.field, v, "", "„%s“ ist keine ganze Zahl.", v)
			return
		}
		if f != math.Trunc(f) {
			loc := r.loc
			loc.Column = header
			r.d.rep.add(SeverityWarning, loc, r.path(c.field), v, "", "„%s“ wurde auf %d gerundet.", v, int(math.Round(f)))
		}
		*c.intg(r.e) = int(math.Round(f))
	case typeFloat:
		f, ok := parseNumber(v)
		if !ok {
			r.fail(header, c.field, v, "", "„%s“ ist keine Zahl.", v)
			return
		}
		*c.num(r.e) = f
	case typeBool:
		b, ok := parseBool(v)
		if !ok {
			r.fail(header, c.field, v, "", "„%s“ ist weder „ja“ noch „nein“.", v)
			return
		}
		*c.flag(r.e) = b
	case typeLat, typeLon:
		f, ok := parseNumber(v)
		if !ok {
			r.fail(header, c.field, v, "", "„%s“ ist keine Koordinate.", v)
			return
		}
		p := c.geo(r.e)
		if *p == nil {
			*p = &graph.GeoPoint{}
		}
		if c.typ == typeLat {
			(*p).Lat = f
		} else {
			(*p).Lon = f
		}
	}
}

// code resolves one taxonomy value, reporting unknown ones with a suggestion.
func (r *rowDecoder) code(c *column, header, v string) (string, bool) {
	tm := r.d.match[c.list]
	code, ok, suggestion := tm.resolve(v)
	if ok {
		return code, true
	}
	what := listLabel[c.list]
	switch lr := tm.resolveLoose(v); {
	case lr.code != "":
		loc := r.loc
		loc.Column = header
		r.d.rep.add(SeverityWarning, loc, r.path(c.field), v, lr.code, "%s „%s“ wurde als %s gelesen.", what, v, tm.describe(lr.code))
		return lr.code, true
	case len(lr.candidates) > 0:
		names := make([]string, len(lr.candidates))
		for i, code := range lr.candidates {
			names[i] = tm.describe(code)
		}
		r.fail(header, c.field, v, "", "%s „%s“ ist mehrdeutig; gemeint sein kann %s. Bitte einen davon eintragen.", what, v, strings.Join(names, " oder "))
		return "", false
	}
	if suggestion != "" {
		r.fail(header, c.field, v, suggestion, "%s „%s“ ist unbekannt — meinten Sie „%s“ (%s)?", what, v, suggestion, tm.label(suggestion))
	} else {
		r.fail(header, c.field, v, "", "%s „%s“ ist unbekannt; erlaubt sind die Codes der Liste „%s“ (siehe Blatt „Hilfe“ der Vorlage).", what, v, what)
	}
	return "", false
}

// applyDefaults fills required fields that the row left empty from Options.Defaults,
// and the name of a node from its id.
func (d *decoder) applyDefaults(t *table, e graph.Entity) {
	def := d.opts.Defaults
	use := func(field string, empty bool, set func()) {
		if empty {
			set()
			d.defaults[string(t.sh.kind)+"|"+field]++
		}
	}
	switch x := e.(type) {
	case *graph.Actor:
		if t.graph && x.Name == "" {
			x.Name = exportKey(&x.Meta)
		}
		use("kind", x.Kind == "" && def.ActorKind != "", func() { x.Kind = def.ActorKind })
		use("legal_domains", len(x.LegalDomains) == 0 && def.LegalDomain != "", func() { x.LegalDomains = []string{def.LegalDomain} })
	case *graph.Cooperation:
		use("kinds", len(x.Kinds) == 0 && def.CooperationKind != "", func() { x.Kinds = []string{def.CooperationKind} })
		use("intensity", x.Intensity == 0 && def.Intensity != 0, func() { x.Intensity = def.Intensity })
		if len(x.Kinds) == 0 {
			d.defaults[string(t.sh.kind)+"|"+noKinds]++
		}
		if t.graph { // an edge's weight is read as intensity; GEXF's default weight is 1
			switch {
			case x.Intensity == 0:
				x.Intensity = 1
				d.defaults[string(t.sh.kind)+"|"+weightMissing]++
			case x.Intensity > 4:
				x.Intensity = 4
				d.defaults[string(t.sh.kind)+"|"+weightAbove]++
			case x.Intensity < 0:
				x.Intensity = 1
				d.defaults[string(t.sh.kind)+"|"+weightBelow]++
			}
		}
	case *graph.SocialSpace:
		if t.graph && x.Name == "" {
			x.Name = exportKey(&x.Meta)
		}
		use("level", x.Level == "" && def.SpaceLevel != "", func() { x.Level = def.SpaceLevel })
	case *graph.Offer:
		use("fields", len(x.Fields) == 0 && def.Field != "", func() { x.Fields = []string{def.Field} })
	}
}

// Keys of decoder.defaults for what graph files leave out or give otherwise: ties
// without a kind, and edge weights that are no intensity from 1 to 4.
const (
	noKinds       = "!no-kinds"
	weightMissing = "!weight-missing"
	weightAbove   = "!weight-above"
	weightBelow   = "!weight-below"
)

// defaultNotes are the warnings for the keys above, with the count as %d.
var defaultNotes = map[string]string{
	noKinds:       "%d Kooperationen haben keine Kooperationsart; sie werden als „" + graph.UnassignedLabel + "“ übernommen.",
	weightMissing: "Bei %d Kanten fehlte das Gewicht; als Intensität wurde 1 eingesetzt.",
	weightAbove:   "Bei %d Kanten lag das Gewicht über 4; als Intensität (1 bis 4) wurde 4 eingesetzt.",
	weightBelow:   "Bei %d Kanten war das Gewicht negativ; als Intensität wurde 1 eingesetzt.",
}

// reportDefaults adds one warning per field that got a default.
func (d *decoder) reportDefaults() {
	for _, key := range sortedKeys(d.defaults) {
		n := d.defaults[key]
		kind, field, _ := strings.Cut(key, "|")
		if note, ok := defaultNotes[field]; ok {
			d.rep.warnf(Location{}, "", note, n)
			continue
		}
		sh := sheetOf(graph.Kind(kind))
		c := sh.column(field)
		d.rep.warnf(Location{}, "", "Bei %d Einträgen (%s) fehlte „%s“; eingesetzt wurde der Standardwert %s.", n, sh.name, c.header, d.defaultValue(field))
	}
}

func (d *decoder) defaultValue(field string) string {
	def := d.opts.Defaults
	switch field {
	case "kind":
		return "„" + def.ActorKind + "“"
	case "legal_domains":
		return "„" + def.LegalDomain + "“"
	case "kinds":
		return "„" + def.CooperationKind + "“"
	case "intensity":
		return fmt.Sprint(def.Intensity)
	case "level":
		return "„" + def.SpaceLevel + "“"
	case "fields":
		return "„" + def.Field + "“"
	}
	return ""
}

// warnUnassigned reports an actor without an actor kind or legal domain: it is taken
// in as "nicht zugeordnet" and listed on the Datenqualität page. A value that was
// given but not understood is an error already and gets no warning.
func (r *rowDecoder) warnUnassigned(a *graph.Actor) {
	var missing []string
	if a.Kind == "" && !r.bad["kind"] {
		missing = append(missing, "Akteursart")
	}
	if len(a.LegalDomains) == 0 && !r.bad["legal_domains"] {
		missing = append(missing, "Rechtskreis")
	}
	if len(missing) == 0 {
		return
	}
	verb := "fehlt"
	if len(missing) > 1 {
		verb = "fehlen"
	}
	field := "kind"
	if a.Kind != "" {
		field = "legal_domains"
	}
	loc := r.loc
	loc.Column = r.t.headerOf(field)
	r.d.rep.add(SeverityWarning, loc, r.path(field), "", "", "%s %s; der Akteur wird als „%s“ übernommen und kann unter „Datenqualität“ zugeordnet werden.",
		strings.Join(missing, " und "), verb, graph.UnassignedLabel)
}

// bindings describes which header was read as which field, for Report.Columns.
func (t *table) bindings(mapped map[string]string) SheetColumns {
	sc := SheetColumns{Sheet: t.name, Kind: t.sh.kind, Columns: make([]BoundColumn, 0, len(t.headers))}
	for pos, h := range t.headers {
		if h == "" {
			continue
		}
		bc := BoundColumn{Header: h}
		if c := t.cols[pos]; c != nil {
			bc.Field = c.field
		} else if mapped[normalize(h)] == "-" {
			bc.Field = "-"
		}
		sc.Columns = append(sc.Columns, bc)
	}
	return sc
}
