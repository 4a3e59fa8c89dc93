package importers

import "github.com/netzwerkatlas/netzwerkatlas/graph"

// Options control decoding. The zero value is usable: it decodes against the
// default taxonomy with DefaultLimits.
type Options struct {
	// Name is the file name, for messages and to guess what a CSV file holds
	// ("akteure.csv", "kooperationen.csv"). DecodeFile sets it.
	Name string
	// Taxonomy checks and translates taxonomy values; nil means graph.DefaultTaxonomy.
	Taxonomy *graph.Taxonomy
	// Mapping overrides the automatic matching of columns and values.
	Mapping Mapping
	// Kind says which entities a CSV file holds; empty means: guess from the file
	// name and the headers. Ignored by the other formats.
	Kind graph.Kind
	// Encoding of a CSV file: "utf-8", "windows-1252" or empty to detect (valid
	// UTF-8, with or without BOM, else Windows-1252).
	Encoding string
	// Defaults fill required values that the file leaves empty (a Gephi file has no
	// legal domains); each use is reported as a warning.
	Defaults Defaults
	// Limits bound what a file may hold; zero fields take the DefaultLimits value.
	Limits Limits
	// Existing lists the stored entities that a file may refer to by name or key
	// (see NamesOf). With it, a reference that names nothing in the file or the store
	// is an error of the report; without it, such references are left to the store.
	Existing []Named
}

// Defaults are values put in for required fields that a file leaves empty. Empty
// fields of Defaults put nothing in, so the item is reported as invalid.
type Defaults struct {
	ActorKind       string // a code of the actor kinds
	LegalDomain     string // a code of the legal domains
	CooperationKind string // a code of the cooperation kinds
	Intensity       int    // 1 to 4
	SpaceLevel      string // a code of the space levels
	Field           string // a code of the fields, for offers
}

// Limits bound the size of decoded input. Exceeding one stops decoding with an
// error; nothing is returned for writing.
type Limits struct {
	MaxBytes        int64 // size of the file as uploaded
	MaxRows         int   // rows per sheet or CSV file, nodes per graph
	MaxCooperations int   // rows of a cooperation sheet or file, edges per graph
	MaxColumns      int   // columns per sheet, attributes per graph
	MaxCellBytes    int   // bytes per cell or attribute value
	// MaxUnzippedBytes bounds the bytes that the parts of an XLSX archive which are
	// read inflate to, counted while inflating; zero derives it from the row and
	// column limits (see Limits.unzipBudget).
	MaxUnzippedBytes int64
	MaxXMLDepth      int // element nesting in GraphML and GEXF
	MaxXMLTokens     int // XML tokens per file
	MaxIssues        int // issues kept in a Report; the rest are counted
}

// DefaultLimits returns the limits used for every zero field of Options.Limits.
func DefaultLimits() Limits {
	l := Limits{
		MaxBytes:        50 << 20,
		MaxRows:         200_000,
		MaxCooperations: 1_000_000,
		MaxColumns:      200,
		MaxCellBytes:    32 << 10,
		MaxXMLDepth:     64,
		MaxXMLTokens:    60_000_000,
		MaxIssues:       1000,
	}
	l.MaxUnzippedBytes = l.unzipBudget()
	return l
}

// Sizes behind the derived unzip budget: a typical row of a large workbook has this
// many cells with a value, each taking this many bytes of XML, such as
// <c r="B12345" t="s"><v>1234</v></c>.
const (
	budgetCellsPerRow = 8
	budgetCellXML     = 32
)

// unzipBudget is the default of MaxUnzippedBytes: room for a full cooperation sheet
// and a full sheet of another kind (MaxCooperations + MaxRows rows) of typical rows
// (budgetCellsPerRow cells, or MaxColumns if fewer, of budgetCellXML bytes each): 293
// MiB with the default limits. Other parts of the archive (styles, images) are never
// read. Cells longer than MaxCellBytes are refused while they stream in (zipArchive).
func (l Limits) unzipBudget() int64 {
	return int64(l.MaxRows+l.MaxCooperations) * int64(min(l.MaxColumns, budgetCellsPerRow)) * budgetCellXML
}

// withDefaults returns opts with a taxonomy and every limit set.
func (opts Options) withDefaults() Options {
	if opts.Taxonomy == nil {
		opts.Taxonomy = graph.DefaultTaxonomy()
	}
	l, d := &opts.Limits, DefaultLimits()
	set64 := func(v *int64, def int64) {
		if *v <= 0 {
			*v = def
		}
	}
	set := func(v *int, def int) {
		if *v <= 0 {
			*v = def
		}
	}
	set64(&l.MaxBytes, d.MaxBytes)
	set(&l.MaxRows, d.MaxRows)
	set(&l.MaxCooperations, d.MaxCooperations)
	set(&l.MaxColumns, d.MaxColumns)
	set(&l.MaxCellBytes, d.MaxCellBytes)
	set(&l.MaxXMLDepth, d.MaxXMLDepth)
	set(&l.MaxXMLTokens, d.MaxXMLTokens)
	set(&l.MaxIssues, d.MaxIssues)
	set64(&l.MaxUnzippedBytes, l.unzipBudget())
	return opts
}

// rowLimit returns the row limit for a sheet of the kind.
func (l Limits) rowLimit(k graph.Kind) int {
	if k == graph.KindCooperation {
		return l.MaxCooperations
	}
	return l.MaxRows
}

// Mapping says which foreign column or attribute holds which of our fields, and how
// foreign values translate to taxonomy codes. Without a Mapping, columns are matched
// by their German or English names (see FieldNames and the template's help sheet).
type Mapping struct {
	// Columns maps a foreign column or attribute name (compared ignoring case,
	// spaces and punctuation) to a field name of FieldNames, such as
	// "Träger-Rechtskreis" → "legal_domains". The field "-" ignores the column.
	// A name applies to every sheet that has the field.
	Columns map[string]string `json:"columns,omitempty"`
	// Values maps, per taxonomy list (graph.ListLegalDomains …), a foreign value
	// to a code of that list, such as "SGB 9" → "sgb9".
	Values map[string]map[string]string `json:"values,omitempty"`
}
