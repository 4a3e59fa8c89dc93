#!/usr/bin/env python3
"""Write the reference modularity for the community tests (testdata/communities.json).

For each network, the mean, standard deviation and best modularity (resolution 1,
weighted) of RUNS runs
- of igraph's community_leiden(objective_function="modularity") (n_iterations=2,
  its default, as metrics.LeidenIterations), with Python's random seeded 0 … RUNS-1
  before each run (python-igraph draws from Python's random): "leiden";
- of NetworKit's PLM (Louvain, refine=False, its default) on one thread, seeded
  0 … RUNS-1 with networkit.engineering.setSeed: "plm".

The published networks come from internal/testnet/testdata; the generated ones are
the edge lists that bench/communities/edges writes. Run from the repository root:

    pip install igraph==1.0.0 networkit==11.3
    go run ./bench/communities/edges -actors 1000 -cooperations 5000 -seed 2 > /tmp/gen-1000.txt
    go run ./bench/communities/edges -actors 5000 -cooperations 50000 -seed 1 > /tmp/gen-5000.txt
    python3 graph/analysis/metrics/testdata/communities.py /tmp/gen-1000.txt /tmp/gen-5000.txt
"""
import json
import os
import random
import sys

import igraph
import networkit as nk

RUNS = 100
HERE = os.path.dirname(os.path.abspath(__file__))
TESTNET = os.path.join(HERE, "..", "..", "internal", "testnet", "testdata")


def published(name):
    with open(os.path.join(TESTNET, name + ".json")) as f:
        ref = json.load(f)
    index = {v: i for i, v in enumerate(ref["nodes"])}
    edges = [(index[u], index[v]) for u, v, _ in ref["edges"]]
    return len(ref["nodes"]), edges, [float(w) for _, _, w in ref["edges"]]


def generated(path):
    with open(path) as f:
        n = int(f.readline().split()[1])
        rows = [line.split() for line in f]
    return n, [(int(u), int(v)) for u, v, _ in rows], [float(w) for _, _, w in rows]


def stats(qs):
    mean = sum(qs) / len(qs)
    sd = (sum((q - mean) ** 2 for q in qs) / (len(qs) - 1)) ** 0.5
    return {"mean": mean, "sd": sd, "best": max(qs)}


def leiden(n, edges, weights):
    g = igraph.Graph(n=n, edges=edges)
    g.es["weight"] = weights
    qs = []
    for seed in range(RUNS):
        random.seed(seed)
        part = g.community_leiden(objective_function="modularity", weights="weight", n_iterations=2)
        qs.append(g.modularity(part.membership, weights="weight"))
    return stats(qs)


def plm(n, edges, weights):
    g = nk.Graph(n, weighted=True)
    for (u, v), w in zip(edges, weights):
        g.addEdge(u, v, w)
    nk.setNumberOfThreads(1)
    qs = []
    for seed in range(RUNS):
        nk.engineering.setSeed(seed, False)
        part = nk.community.PLM(g, refine=False).run().getPartition()
        qs.append(nk.community.Modularity().getQuality(part, g))
    return stats(qs)


def main(paths):
    nets = {name: published(name) for name in ("karate", "florentine", "lesmis")}
    for path in paths:
        with open(path) as f:
            n = int(f.readline().split()[1])
        nets[f"generated-{n}"] = generated(path)
    out = {"igraph": igraph.__version__, "networkit": nk.__version__, "runs": RUNS,
           "leiden": {name: leiden(*net) for name, net in nets.items()},
           "plm": {name: plm(*net) for name, net in nets.items()}}
    with open(os.path.join(HERE, "communities.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
