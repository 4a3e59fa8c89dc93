// Derives the graph that sigma draws from the dataset, the filter selection and the
// appearance. The dataset itself is never changed here.

import Graph from "graphology";
import type { Dataset } from "./dataset";
import type { Selection } from "./filters";

export type NodeDisplay = {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
};

export type EdgeDisplay = {
  size: number;
  color: string;
  type?: string;
};

export type DisplayGraph = Graph<NodeDisplay, EdgeDisplay>;

export const edgeColor = "#9aa4ae";

/** displayGraph builds the drawn graph of the selected nodes and edges. */
export function displayGraph(ds: Dataset, sel: Selection, colorOf: (id: string) => string, sizeOf: (id: string) => number): DisplayGraph {
  const g: DisplayGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const id of ds.nodes) {
    if (!sel.nodes.has(id)) continue;
    const p = ds.layout.get(id) ?? { x: 0, y: 0 };
    g.addNode(id, { x: p.x, y: p.y, size: sizeOf(id), color: colorOf(id), label: ds.nodeData.get(id)!.label });
  }
  for (const id of ds.edges) {
    if (!sel.edges.has(id)) continue;
    const e = ds.edgeData.get(id)!;
    const attrs = { size: 0.5 + e.intensity * 0.5, color: edgeColor, type: e.directed ? "arrow" : "line" };
    if (e.directed) g.addDirectedEdgeWithKey(id, e.source, e.target, attrs);
    else g.addUndirectedEdgeWithKey(id, e.source, e.target, attrs);
  }
  return g;
}

/** storeLayout copies positions from the drawn graph back into the dataset. */
export function storeLayout(ds: Dataset, g: DisplayGraph): void {
  g.forEachNode((id, a) => ds.layout.set(id, { x: a.x, y: a.y }));
}
