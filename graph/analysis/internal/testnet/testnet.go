// Package testnet provides the networks that the tests and benchmarks of the
// analysis packages share: the published networks of testdata with networkx's
// values (written by testdata/reference.py), and the generated demo networks as a
// store would return them.
package testnet

import (
	"embed"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

//go:embed testdata/*.json
var files embed.FS

// Reference is a network with networkx's values, as testdata/reference.py writes it.
type Reference struct {
	Name     string
	Directed bool     `json:"directed"`
	Nodes    []string `json:"nodes"`
	// Edges are [from, to, weight] triples.
	Edges  [][3]any `json:"edges"`
	Values Values   `json:"values"`
}

// Values are the reference figures of a Reference, per node in the order of Nodes
// where they are per node; null stands for an undefined value.
type Values struct {
	Degree        []float64  `json:"degree"`
	Strength      []float64  `json:"strength"`
	Betweenness   []float64  `json:"betweenness"`
	Closeness     []float64  `json:"closeness"`
	Harmonic      []float64  `json:"harmonic"`
	PageRank      []float64  `json:"pagerank"`
	Eigenvector   []float64  `json:"eigenvector"`
	Constraint    []*float64 `json:"constraint"`
	EffectiveSize []*float64 `json:"effective_size"`
	CoreNumber    []float64  `json:"core_number"`
	Clustering    []float64  `json:"clustering"`
	Articulation  []string   `json:"articulation_points"`
	Bridges       [][2]string
	Density       float64 `json:"density"`
	Components    int     `json:"components"`
	Diameter      int     `json:"diameter"`
	MeanDistance  float64 `json:"mean_distance"`
	Assortativity float64 `json:"assortativity"`
	Reciprocity   float64 `json:"reciprocity"`
	Louvain       []int   `json:"louvain"`
	LouvainQ      float64 `json:"louvain_modularity"`
}

// Names returns the names of the reference networks: Zachary's karate club,
// Padgett's Florentine families, Les Misérables and a seeded random directed graph.
func Names() []string { return []string{"karate", "florentine", "lesmis", "directed"} }

// Load reads the reference network of the given name (one of Names).
func Load(name string) (*Reference, error) {
	raw, err := files.ReadFile("testdata/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("testnet: %w", err)
	}
	ref := &Reference{Name: name}
	if err := json.Unmarshal(raw, ref); err != nil {
		return nil, fmt.Errorf("testnet: %s: %w", name, err)
	}
	return ref, nil
}

// Edge returns the ends and the weight of edge i.
func (r *Reference) Edge(i int) (from, to string, weight float64) {
	e := r.Edges[i]
	return e[0].(string), e[1].(string), e[2].(float64)
}

// Network turns the reference network into a snapshot at the given revision, with
// legal domains by node index so that brokerage and group mixing have groups.
func (r *Reference) Network(revision int64) *graph.Network {
	domains := []string{"sgb_ii", "sgb_viii", "sgb_ix"}
	net := &graph.Network{Revision: revision}
	for i, id := range r.Nodes {
		net.Actors = append(net.Actors, graph.Actor{Meta: graph.Meta{ID: id}, Kind: "association",
			LegalDomains: []string{domains[i%3]}})
	}
	for i := range r.Edges {
		from, to, w := r.Edge(i)
		net.Cooperations = append(net.Cooperations, graph.Cooperation{From: from, To: to, Intensity: int(w), Directed: r.Directed})
	}
	return net
}

var generated sync.Map // demo.Options → *graph.Network

// Generated returns the snapshot of the generated network for o, as a store would
// return it (the generator's IDs sort like its order), built once per options.
// demo.Generate sets every ID to its external key, so the batch's references are
// already IDs. Callers must not change it.
func Generated(o demo.Options) *graph.Network {
	if n, ok := generated.Load(o); ok {
		return n.(*graph.Network)
	}
	b := demo.Generate(o)
	n, _ := generated.LoadOrStore(o, &graph.Network{Revision: 1, Taxonomy: graph.DefaultTaxonomy(), SocialSpaces: b.SocialSpaces,
		Waves: b.Waves, Actors: b.Actors, Offers: b.Offers, Needs: b.Needs, Cooperations: b.Cooperations})
	return n.(*graph.Network)
}

// County returns the snapshot of the demo county (see Generated).
func County() *graph.Network { return Generated(demo.County()) }

// ReportMemory reports the Go runtime's peak-ish footprint (memory obtained from the
// OS) after a benchmark, as the metric MiB-sys.
func ReportMemory(b *testing.B) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.ReportMetric(float64(m.Sys)/(1<<20), "MiB-sys")
}
