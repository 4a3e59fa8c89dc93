package export

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis"
	"github.com/netzwerkatlas/netzwerkatlas/importers"
)

// network has three actors: a and b in SGB IX, c in SGB II; a referral a→b and a
// funding tie b→c.
func network() *graph.Network {
	return &graph.Network{
		Taxonomy: graph.DefaultTaxonomy(),
		Actors: []graph.Actor{
			{Meta: graph.Meta{ID: "a", ExternalKey: "a"}, Name: "A", Kind: "provider", LegalDomains: []string{"sgb9"}},
			{Meta: graph.Meta{ID: "b", ExternalKey: "b"}, Name: "B", Kind: "provider", LegalDomains: []string{"sgb9"}},
			{Meta: graph.Meta{ID: "c", ExternalKey: "c"}, Name: "C", Kind: "benefit_carrier", LegalDomains: []string{"sgb2"}},
		},
		Offers: []graph.Offer{
			{Meta: graph.Meta{ID: "o1"}, ActorID: "a", Name: "Wohnen"},
			{Meta: graph.Meta{ID: "o2"}, ActorID: "c", Name: "Beratung"},
		},
		Cooperations: []graph.Cooperation{
			{Meta: graph.Meta{ID: "ab"}, From: "a", To: "b", Directed: true, Kinds: []string{"referral"}, Intensity: 2},
			{Meta: graph.Meta{ID: "bc"}, From: "b", To: "c", Directed: true, Kinds: []string{"funding"}, Intensity: 4},
		},
	}
}

func format(t *testing.T, name string) importers.Format {
	t.Helper()
	f, ok := importers.FormatByName(name)
	if !ok {
		t.Fatalf("no format %s", name)
	}
	return f
}

func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		req   Request
		field string
	}{
		{Request{Format: format(t, "csv"), Kind: graph.KindOffer}, ""},
		{Request{Format: format(t, "xlsx"), Metrics: true, Directed: true}, ""},
		{Request{Format: format(t, "gexf"), Metrics: true}, ""},
		{Request{Format: format(t, "graphml"), Metrics: true}, ""},
		{Request{Format: importers.Format{Name: "pdf"}}, "format"},
		{Request{Format: format(t, "xlsx"), Kind: graph.KindActor}, "kind"},
		{Request{Format: format(t, "csv"), Kind: "akteur"}, "kind"},
		{Request{Format: format(t, "csv"), Metrics: true}, "metrics"},
		{Request{Format: format(t, "json"), Metrics: true}, "metrics"},
		{Request{Format: format(t, "geojson"), Metrics: true}, "metrics"},
	} {
		err := tc.req.Validate()
		fields := graph.ErrorFields(err)
		switch {
		case tc.field == "" && err != nil:
			t.Errorf("%s kind %q metrics %v: %v", tc.req.Format.Name, tc.req.Kind, tc.req.Metrics, err)
		case tc.field != "" && (graph.ErrorCode(err) != graph.Invalid || len(fields) != 1 || fields[0].Field != tc.field):
			t.Errorf("%s kind %q metrics %v: %v, want an Invalid error on %s", tc.req.Format.Name, tc.req.Kind, tc.req.Metrics, err, tc.field)
		}
	}
}

// TestSelect keeps the SGB IX actors, the tie between them and their offers; the
// cooperation filter then drops that tie.
func TestSelect(t *testing.T) {
	n := network()
	got := Select(n, graph.Filter{LegalDomain: "sgb9"}, graph.Filter{})
	if len(got.Actors) != 2 || len(got.Cooperations) != 1 || got.Cooperations[0].ID != "ab" || len(got.Offers) != 1 || got.Offers[0].ID != "o1" {
		t.Errorf("sgb9: %d actors, cooperations %v, offers %v; want a and b, ab and o1", len(got.Actors), got.Cooperations, got.Offers)
	}
	if got := Select(n, graph.Filter{LegalDomain: "sgb9"}, graph.Filter{MinIntensity: 3}); len(got.Cooperations) != 0 {
		t.Errorf("min intensity 3 keeps %v", got.Cooperations)
	}
	if len(n.Actors) != 3 || len(n.Cooperations) != 2 || len(n.Offers) != 2 {
		t.Errorf("Select changed the network: %d actors, %d cooperations, %d offers", len(n.Actors), len(n.Cooperations), len(n.Offers))
	}
}

// TestNew checks the file's name and media type, and that metrics are computed on the
// whole network, not on the selection.
func TestNew(t *testing.T) {
	date := time.Date(2026, 11, 24, 15, 0, 0, 0, time.UTC)
	ctx := context.Background()
	engine := analysis.NewEngine(analysis.Options{})
	for _, tc := range []struct {
		req  Request
		name string
	}{
		{Request{Format: format(t, "csv")}, "netzwerkatlas-akteure-2026-11-24.csv"},
		{Request{Format: format(t, "csv"), Kind: graph.KindCooperation}, "netzwerkatlas-kooperationen-2026-11-24.csv"},
		{Request{Format: format(t, "geojson")}, "netzwerkatlas-sozialraeume-2026-11-24.geojson"},
		{Request{Format: format(t, "gexf")}, "netzwerkatlas-netzwerk-2026-11-24.gexf"},
	} {
		tc.req.Date = date
		f, err := New(ctx, network(), tc.req, engine)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name != tc.name || f.Format.ContentType == "" {
			t.Errorf("%s %s: name %q, media type %q; want %q", tc.req.Format.Name, tc.req.Kind, f.Name, f.Format.ContentType, tc.name)
		}
	}

	req := Request{Format: format(t, "graphml"), Actors: graph.Filter{LegalDomain: "sgb9"}, Metrics: true, Directed: true, Date: date}
	f, err := New(ctx, network(), req, engine)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, `id="c"`) || !strings.Contains(out, `attr.name="betweenness"`) {
		t.Errorf("the selection keeps c or lacks the metrics:\n%s", out)
	}
	// b lies on the only path a→c: its betweenness is above 0 in the whole network,
	// and 0 in the selection, where nothing passes through it.
	if got := f.opts.Metrics["b"]["betweenness"]; got <= 0 {
		t.Errorf("b's betweenness is %v; the metrics were not computed on the whole network", got)
	}
	if _, err := New(ctx, network(), Request{Format: format(t, "csv"), Metrics: true}, engine); graph.ErrorCode(err) != graph.Invalid {
		t.Errorf("metrics in CSV: %v, want Invalid", err)
	}
}
