#!/usr/bin/env python3
"""Write networkx reference values for the tests of package analysis.

Run from graph/analysis/internal/testnet: python3 testdata/reference.py
It writes testdata/<name>.json for each network: the node IDs, the weighted edge
list and the networkx values that the tests of graph/analysis/metrics compare
against. NaN becomes null. PageRank and eigenvector centrality are the converged
values, to 1e-12: each is solved exactly with NumPy's dense linear algebra and
checked against networkx's power iteration run to tol=1e-15 (see converged_pagerank
and converged_eigenvector). The converged values were written with networkx 3.6.1,
NumPy 2.4 and SciPy 1.17, the others with networkx 3.6 (3.6.1 writes a different
weighted effective_size for karate, lesmis and directed; not yet reviewed):

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install networkx numpy scipy
    /tmp/venv/bin/python3 testdata/reference.py
"""
import json
import math
import random

import networkx as nx
import numpy as np

# AGREE is how closely the exact solution and networkx's power iteration at
# tol=1e-15 must agree: the references are good to this, far inside the 1e-9 the
# Go tests allow.
AGREE = 1e-12


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


def converged_pagerank(g, alpha=0.85):
    """PageRank as networkx's pagerank(g, alpha, weight="weight"), converged: the
    solution of x = G x with sum 1 for the dense Google matrix G (a dangling node
    spreads its score evenly), from one linear solve."""
    nodes = list(g.nodes)
    n = len(nodes)
    a = nx.to_numpy_array(g, nodelist=nodes, weight="weight")  # a[u, v]: u -> v
    out = a.sum(axis=1)
    s = np.full((n, n), 1.0 / n)
    for u in range(n):
        if out[u] > 0:
            s[:, u] = a[u, :] / out[u]
    m = np.eye(n) - (alpha * s + (1 - alpha) / n)
    m[-1, :] = 1  # replace one (dependent) equation by sum(x) = 1
    b = np.zeros(n)
    b[-1] = 1
    x = np.linalg.solve(m, b)
    check = nx.pagerank(g, alpha=alpha, weight="weight", tol=1e-15, max_iter=100000)
    assert max(abs(x[i] - check[v]) for i, v in enumerate(nodes)) < AGREE
    return dict(zip(nodes, x))


def converged_eigenvector(g):
    """Eigenvector centrality as networkx's eigenvector_centrality(g,
    weight="weight"), converged: the principal eigenvector of the transposed
    weighted adjacency matrix (a node's score sums those of the nodes with edges to
    it), positive, with Euclidean length 1, from NumPy's dense eigensolver."""
    nodes = list(g.nodes)
    a = nx.to_numpy_array(g, nodelist=nodes, weight="weight")
    w, vec = np.linalg.eig(a.T)
    x = np.real(vec[:, np.argmax(np.real(w))])
    x = x / np.linalg.norm(x) * np.sign(x.sum())
    check = nx.eigenvector_centrality(g, weight="weight", tol=1e-15, max_iter=100000)
    assert max(abs(x[i] - check[v]) for i, v in enumerate(nodes)) < AGREE
    return dict(zip(nodes, x))


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
        "pagerank": converged_pagerank(g),
        "eigenvector": converged_eigenvector(g),
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
        with open(f"{OUT}/{name}.json", "w") as f:
            json.dump(doc, f, indent=1, allow_nan=False)
            f.write("\n")


OUT = "testdata"

if __name__ == "__main__":
    main()
