// Command edges writes the mutual cooperation network of a generated county (the
// network the analysis benchmarks use) as a weighted edge list, one "u v w" line per
// undirected edge with u < v, nodes numbered 0 … n-1 in snapshot order. The first line
// is "# n m". compare.py feeds these files to NetworKit and igraph.
//
//	edges -actors 100000 -cooperations 1000000 > /tmp/edges-100k.txt
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/netzwerkatlas/netzwerkatlas/graph"
	"github.com/netzwerkatlas/netzwerkatlas/graph/analysis/metrics"
	"github.com/netzwerkatlas/netzwerkatlas/graph/demo"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "edges:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("edges", flag.ContinueOnError)
	o := demo.Options{}
	fs.Int64Var(&o.Seed, "seed", 1, "generator seed")
	fs.IntVar(&o.Actors, "actors", 5000, "number of actors")
	fs.IntVar(&o.Cooperations, "cooperations", 50000, "number of cooperations")
	if err := fs.Parse(args); err != nil {
		return err
	}
	b := demo.Generate(o)
	g := metrics.FromNetwork(&graph.Network{Actors: b.Actors, Cooperations: b.Cooperations}, false)
	w := bufio.NewWriter(stdout)
	fmt.Fprintf(w, "# %d %d\n", g.N(), g.M())
	for u := range g.N() {
		nbr, wt := g.Out(u)
		for i, v := range nbr {
			if int(v) > u {
				fmt.Fprintf(w, "%d %d %g\n", u, v, wt[i])
			}
		}
	}
	return w.Flush()
}
