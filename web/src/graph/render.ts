// The graph that sigma draws: every node and edge of the dataset, built once. Filters
// and appearance do not change it; sigma's reducers hide the filtered nodes and edges
// and give the others their colour and size (see views/map.ts). The dataset itself is
// never changed here.

import Graph from "graphology";
import { otherColor } from "./colors";
import type { Dataset } from "./dataset";

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

/** displayGraph builds the drawn graph of all nodes and edges at their layout positions. */
export function displayGraph(ds: Dataset): DisplayGraph {
  const g: DisplayGraph = new Graph({ type: "mixed", multi: true, allowSelfLoops: false });
  for (const id of ds.nodes) {
    const p = ds.layout.get(id) ?? { x: 0, y: 0 };
    g.addNode(id, { x: p.x, y: p.y, size: 5, color: otherColor, label: ds.nodeData.get(id)!.label });
  }
  for (const id of ds.edges) {
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
