#!/usr/bin/env python3
"""Time NetworKit and igraph on the generated networks' edge lists, with 1 and 2 threads.

Writes one line per (network, tool, threads): the minimum wall time of 3 runs and the
modularity (resolution 1) of the partition found. The Go side is measured by
`go test -bench` (see README.md beside this script); both read the same networks,
which bench/communities/edges writes.

    pip install networkit==11.3 igraph==1.0.0
    go run ./bench/communities/edges -actors 5000 -cooperations 50000 > /tmp/edges-5k.txt
    go run ./bench/communities/edges -actors 100000 -cooperations 1000000 > /tmp/edges-100k.txt
    python3 bench/communities/compare.py /tmp/edges-5k.txt /tmp/edges-100k.txt
"""
import sys
import time

import igraph
import networkit as nk

RUNS = 3


def load(path):
    with open(path) as f:
        n, _ = map(int, f.readline().split()[1:])
        edges, weights = [], []
        for line in f:
            u, v, w = line.split()
            edges.append((int(u), int(v)))
            weights.append(float(w))
    return n, edges, weights


def best(fn):
    """Minimum wall time of RUNS calls of fn and fn's last result."""
    t, out = float("inf"), None
    for _ in range(RUNS):
        start = time.perf_counter()
        out = fn()
        t = min(t, time.perf_counter() - start)
    return t, out


def main(paths):
    print(f"networkit {nk.__version__}, igraph {igraph.__version__}, min of {RUNS}")
    for path in paths:
        n, edges, weights = load(path)
        G = nk.Graph(n, weighted=True)
        for (u, v), w in zip(edges, weights):
            G.addEdge(u, v, w)
        G.indexEdges()
        ig = igraph.Graph(n=n, edges=edges)
        ig.es["weight"] = weights
        print(f"\n{path}: n={n} m={len(edges)}")
        for threads in (1, 2):
            nk.setNumberOfThreads(threads)
            t, part = best(lambda: nk.community.PLM(G, refine=False).run().getPartition())
            q = nk.community.Modularity().getQuality(part, G)
            print(f"  networkit PLM            threads={threads}  {t*1000:9.1f} ms  Q={q:.4f}")
            t, part = best(lambda: nk.community.ParallelLeiden(G).run().getPartition())
            q = nk.community.Modularity().getQuality(part, G)
            print(f"  networkit ParallelLeiden threads={threads}  {t*1000:9.1f} ms  Q={q:.4f}")
            t, _ = best(lambda: nk.centrality.CoreDecomposition(G).run())
            print(f"  networkit CoreDecomp.    threads={threads}  {t*1000:9.1f} ms")
        # igraph runs on one thread; n_iterations=2 is its default and Leiden's.
        t, part = best(lambda: ig.community_leiden(objective_function="modularity", weights="weight", n_iterations=2))
        print(f"  igraph leiden (2 iter.)  threads=1  {t*1000:9.1f} ms  Q={ig.modularity(part.membership, weights='weight'):.4f}")
        t, part = best(lambda: ig.community_multilevel(weights="weight"))
        print(f"  igraph multilevel        threads=1  {t*1000:9.1f} ms  Q={ig.modularity(part.membership, weights='weight'):.4f}")
        t, _ = best(lambda: ig.coreness())
        print(f"  igraph coreness          threads=1  {t*1000:9.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
