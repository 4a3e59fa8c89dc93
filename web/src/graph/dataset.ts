// The network dataset, kept like Gephi Lite's: topology, attributes and positions
// apart. What the map draws is derived from it (see render.ts); the layout writes
// positions back into it.

import type { Network } from "../api/types";

type NetworkNode = Network["nodes"][number];
type NetworkEdge = Network["edges"][number];

/** NodeData holds the attributes of an actor that the map and its filters use. */
export interface NodeData {
  id: string;
  label: string;
  kind: string;
  legalDomains: string[];
  fields: string[];
  targetGroups: string[];
  socialSpaces: string[];
}

/** EdgeData holds the attributes of a cooperation. */
export interface EdgeData {
  id: string;
  source: string;
  target: string;
  directed: boolean;
  kinds: string[];
  intensity: number;
}

export interface Position {
  x: number;
  y: number;
}

export interface Dataset {
  revision: number;
  /** nodes lists the node IDs in the server's order. */
  nodes: string[];
  /** edges lists the edge IDs; EdgeData names their ends. */
  edges: string[];
  nodeData: Map<string, NodeData>;
  edgeData: Map<string, EdgeData>;
  /** layout holds the positions of nodes that have one. */
  layout: Map<string, Position>;
}

/** nodeFrom reads a node of the network endpoint. */
export function nodeFrom(n: NetworkNode): NodeData {
  return {
    id: n.id,
    label: n.name || n.id,
    kind: n.kind,
    legalDomains: n.legal_domains ?? [],
    fields: n.fields ?? [],
    targetGroups: n.target_groups ?? [],
    socialSpaces: n.social_spaces ?? [],
  };
}

/** edgeFrom reads an edge of the network endpoint. */
export function edgeFrom(e: NetworkEdge): EdgeData {
  return { id: e.id, source: e.source, target: e.target, directed: e.directed === true, kinds: e.kinds ?? [], intensity: e.intensity };
}

/**
 * buildDataset makes a dataset from the network endpoint's answer (GET /network).
 * Edges whose ends are not among the nodes, and self-loops, are dropped. A node's
 * layout from another tool (Gephi's viz:position, kept by the import) becomes its
 * starting position.
 */
export function buildDataset(network: Omit<Network, "state">): Dataset {
  const nodeData = new Map<string, NodeData>();
  const layout = new Map<string, Position>();
  for (const n of network.nodes ?? []) {
    const d = nodeFrom(n);
    if (!d.id || nodeData.has(d.id)) continue;
    nodeData.set(d.id, d);
    if (n.layout && Number.isFinite(n.layout.x) && Number.isFinite(n.layout.y)) layout.set(d.id, { x: n.layout.x, y: n.layout.y });
  }
  const edgeData = new Map<string, EdgeData>();
  for (const e of network.edges ?? []) {
    const d = edgeFrom(e);
    if (d.source !== d.target && nodeData.has(d.source) && nodeData.has(d.target) && !edgeData.has(d.id)) edgeData.set(d.id, d);
  }
  return {
    revision: network.revision,
    nodes: [...nodeData.keys()],
    edges: [...edgeData.keys()],
    nodeData,
    edgeData,
    layout,
  };
}

/** degrees counts each node's distinct partners among the given edges. */
export function degrees(ds: Dataset, edges: Iterable<string> = ds.edges): Map<string, number> {
  const partners = new Map<string, Set<string>>();
  for (const id of ds.nodes) partners.set(id, new Set());
  for (const id of edges) {
    const e = ds.edgeData.get(id);
    if (!e) continue;
    partners.get(e.source)?.add(e.target);
    partners.get(e.target)?.add(e.source);
  }
  return new Map([...partners].map(([k, v]) => [k, v.size]));
}

/** neighbours returns the partners of a node among the given edges. */
export function neighbours(ds: Dataset, node: string, edges: Iterable<string> = ds.edges): Set<string> {
  const out = new Set<string>();
  for (const id of edges) {
    const e = ds.edgeData.get(id);
    if (e?.source === node) out.add(e.target);
    else if (e?.target === node) out.add(e.source);
  }
  return out;
}
