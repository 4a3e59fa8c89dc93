"""Writes the networkx test files of the importers package.

Run with python3 and networkx 3.6 from this directory:

    python3 make_networkx.py

It writes networkx.graphml and networkx.gexf (an undirected graph) and
networkx_directed.graphml (a directed one). Attribute values mix taxonomy codes
and German labels, as users type them; "Gründungsjahr" has no field and is kept as
an attribute.
"""
import networkx as nx

G = nx.Graph(name="Kooperationsnetz Seeland")
G.add_node("caritas", label="Caritasverband Seeland e. V.", kind="provider",
           legal_domain="SGB IX|SGB XII", Zielgruppe="Menschen mit seelischer Behinderung",
           Ort="Großenhain", Gründungsjahr=1921)
G.add_node("jobcenter", label="Jobcenter Seeland", kind="benefit_carrier", legal_domain="sgb2", Ort="Seeburg")
G.add_node("eutb", label="EUTB Ergänzende unabhängige Teilhabeberatung", kind="Beratungsstelle",
           legal_domain="sgb9", Ort="Müggelheim")
G.add_node("tsv", label="TSV Seeburg 1897 e. V.", kind="association", legal_domain="Sport", Ort="Seeburg")
G.add_edge("caritas", "jobcenter", weight=3, kind="referral|information")
G.add_edge("caritas", "eutb", weight=2, kind="Informationsaustausch")
G.add_edge("eutb", "tsv", weight=1, kind="joint_project", note="Inklusiver Sporttag")
nx.write_graphml(G, "networkx.graphml")
nx.write_gexf(G, "networkx.gexf")

D = nx.DiGraph()
D.add_node("landkreis", label="Landkreis Seeland – Sozialamt", kind="municipal", legal_domain="sgb12")
D.add_node("caritas", label="Caritasverband Seeland e. V.", kind="provider", legal_domain="sgb9")
D.add_edge("landkreis", "caritas", weight=4, kind="funding")
D.add_edge("caritas", "landkreis", weight=1, kind="information_given")
nx.write_graphml(D, "networkx_directed.graphml")

# The Florentine families (Padgett) as networkx ships them: no labels, no legal
# domains, no actor kinds, as a file from outside social planning comes in.
nx.write_graphml(nx.florentine_families_graph(), "networkx_florentine.graphml")
