#!/usr/bin/env python3
"""Write networkx reference values for the tests of package analysis.

Run from graph/analysis/internal/testnet: python3 testdata/reference.py
It writes testdata/<name>.json for each network: the node IDs, the weighted edge
list and the networkx values that reference_test.go compares against. NaN becomes
null. Tested with networkx 3.6.
"""
import json
import math
import random

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python


def directed_sample():
    """A seeded random directed graph with some reciprocated arcs and weights 1-4."""
    g = nx.gnp_random_graph(60, 0.07, seed=7, directed=True)
    rng = random.Random(7)
    for u, v in g.edges:
        g[u][v]["weight"] = rng.randint(1, 4)
    return g


def pearson(pairs):
    """The Pearson correlation of the (x, y) degree pairs that networkx's
    degree_assortativity_coefficient correlates, without NumPy."""
    xy = list(pairs)
    n = len(xy)
    mx = sum(x for x, _ in xy) / n
    my = sum(y for _, y in xy) / n
    sxy = sum((x - mx) * (y - my) for x, y in xy)
    sxx = sum((x - mx) ** 2 for x, _ in xy)
    syy = sum((y - my) ** 2 for _, y in xy)
    return sxy / math.sqrt(sxx * syy)


def clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def values(g, ids):
    weight = "weight" if nx.is_weighted(g) else None
    per_node = {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "betweenness": nx.betweenness_centrality(g),
        "closeness": nx.closeness_centrality(g),
        "harmonic": nx.harmonic_centrality(g),
        # networkx's pure-Python PageRank, the same iteration as nx.pagerank
        # without NumPy/SciPy (not installed here).
        "pagerank": _pagerank_python(g, weight="weight"),
        "eigenvector": nx.eigenvector_centrality(g, weight=weight),
        "constraint": nx.constraint(g, weight=weight),
        "effective_size": nx.effective_size(g, weight=weight),
        "core_number": nx.core_number(g),
        "clustering": nx.clustering(g),
    }
    out = {k: [clean(float(v[n])) for n in g.nodes] for k, v in per_node.items()}
    u = g.to_undirected() if g.is_directed() else g
    largest = u.subgraph(max(nx.connected_components(u), key=len))
    out["articulation_points"] = sorted(ids[n] for n in nx.articulation_points(u))
    out["bridges"] = sorted(sorted([ids[a], ids[b]]) for a, b in nx.bridges(u))
    out["density"] = nx.density(g)
    out["components"] = nx.number_connected_components(u)
    out["diameter"] = nx.diameter(largest)
    out["mean_distance"] = nx.average_shortest_path_length(largest)
    out["assortativity"] = pearson(nx.node_degree_xy(g))
    if g.is_directed():
        out["reciprocity"] = nx.overall_reciprocity(g)
    else:
        parts = nx.community.louvain_communities(g, weight="weight", seed=1)
        label = {n: i for i, part in enumerate(parts) for n in part}
        out["louvain"] = [label[n] for n in g.nodes]
        out["louvain_modularity"] = nx.community.modularity(g, parts, weight="weight")
    return out


def main():
    graphs = {
        "karate": nx.karate_club_graph(),
        "florentine": nx.florentine_families_graph(),
        "lesmis": nx.les_miserables_graph(),
        "directed": directed_sample(),
    }
    for name, g in graphs.items():
        ids = {n: str(n) for n in g.nodes}
        doc = {
            "networkx": nx.__version__,
            "directed": g.is_directed(),
            "weighted": nx.is_weighted(g),
            "nodes": [ids[n] for n in g.nodes],
            "edges": [[ids[u], ids[v], float(d.get("weight", 1))] for u, v, d in g.edges(data=True)],
            "values": values(g, ids),
        }
        with open(f"testdata/{name}.json", "w") as f:
            json.dump(doc, f, indent=1, allow_nan=False)
            f.write("\n")


if __name__ == "__main__":
    main()
