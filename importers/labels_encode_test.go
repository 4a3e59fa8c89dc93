package importers

import (
	"bytes"
	"encoding/csv"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
)

// readCSV encodes the kind of n as CSV and reads it back as records.
func readCSV(t *testing.T, n *graph.Network, kind graph.Kind) [][]string {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeCSV(&buf, n, EncodeOptions{Kind: kind}); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// column returns the cells of the column headed name, or fails.
func columnOf(t *testing.T, recs [][]string, name string) (pos int, cells []string) {
	t.Helper()
	pos = slices.Index(recs[0], name)
	if pos < 0 {
		t.Fatalf("no column %q in %q", name, recs[0])
	}
	for _, r := range recs[1:] {
		cells = append(cells, r[pos])
	}
	return pos, cells
}

// TestExportLabelsBesideCodes exports actors, cooperations and offers as CSV: each
// column of codes is followed by the codes' German labels, each column of keys by
// the names; legal domains carry their description; the labels are neutralised
// against formula injection like every cell.
func TestExportLabelsBesideCodes(t *testing.T) {
	n := sampleNetwork()
	n.Actors[1].Name = "=HYPERLINK(\"http://x\")"
	tax := n.Taxonomy
	recs := readCSV(t, n, graph.KindActor)
	codePos, codes := columnOf(t, recs, "Rechtskreise")
	labelPos, labels := columnOf(t, recs, "Rechtskreise (Bezeichnung)")
	if labelPos != codePos+1 {
		t.Errorf("the label column stands at %d, the codes at %d; want it right after them", labelPos, codePos)
	}
	for i, a := range n.Actors {
		var want []string
		for _, code := range a.LegalDomains {
			var term graph.Term
			for _, x := range tax.LegalDomains {
				if x.Code == code {
					term = x
				}
			}
			want = append(want, term.Label+" – "+term.Description)
		}
		if codes[i] != strings.Join(a.LegalDomains, "|") || labels[i] != strings.Join(want, "; ") {
			t.Errorf("actor %d: codes %q, labels %q; want labels %q", i, codes[i], labels[i], strings.Join(want, "; "))
		}
	}
	if _, kinds := columnOf(t, recs, "Akteursart (Bezeichnung)"); kinds[0] != tax.Label(graph.ListActorKinds, n.Actors[0].Kind) {
		t.Errorf("actor kind label %q", kinds[0])
	}
	if _, spaces := columnOf(t, recs, "Sozialräume (Name)"); spaces[0] != n.SocialSpaces[1].Name {
		t.Errorf("social space names %q", spaces)
	}

	recs = readCSV(t, n, graph.KindCooperation)
	_, from := columnOf(t, recs, "Akteur 1 (Name)")
	_, to := columnOf(t, recs, "Akteur 2 (Name)")
	if from[0] != n.Actors[0].Name || to[0] != "'"+n.Actors[1].Name || from[1] != n.Actors[2].Name {
		t.Errorf("cooperation names: from %q, to %q", from, to)
	}
	if _, kinds := columnOf(t, recs, "Kooperationsarten (Bezeichnung)"); kinds[0] != "Fallvermittlung; Informationsaustausch" {
		t.Errorf("cooperation kinds %q", kinds)
	}
	if _, waves := columnOf(t, recs, "Erhebungswelle (Name)"); waves[0] != n.Waves[0].Name {
		t.Errorf("wave names %q", waves)
	}
}

func TestReadable(t *testing.T) {
	for _, tt := range []struct{ in, want float64 }{
		{7.99e-25, 0}, {-3e-9, 0}, {0.123456, 0.1235}, {0.0012345, 0.0012}, {12.3456, 12.35},
		{1234.56, 1235}, {123456.7, 123457}, {3, 3}, {-0.5, -0.5},
	} {
		got := readable(tt.in)
		if got != tt.want || math.Signbit(got) && tt.want == 0 {
			t.Errorf("readable(%g) = %g, want %g", tt.in, got, tt.want)
		}
		if s := cellText(got); strings.ContainsAny(s, "eE") {
			t.Errorf("readable(%g) is written %q", tt.in, s)
		}
	}
}
