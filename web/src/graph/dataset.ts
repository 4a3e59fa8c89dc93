// The network dataset, kept like Gephi Lite's: topology, attributes and positions
// apart. What the map draws is derived from it (see render.ts); the layout writes
// positions back into it.

import type { Actor, Cooperation } from "../api/types";

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

type Raw = Record<string, unknown>;

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** nodeFrom reads a node of the network endpoint (an actor or a node summary). */
export function nodeFrom(raw: Raw | Actor): NodeData {
  const r = raw as Raw;
  return {
    id: str(r.id),
    label: str(r.name) || str(r.label) || str(r.id),
    kind: str(r.kind),
    legalDomains: strings(r.legal_domains),
    fields: strings(r.fields),
    targetGroups: strings(r.target_groups),
    socialSpaces: strings(r.social_spaces),
  };
}

/** edgeFrom reads an edge of the network endpoint (a cooperation or an edge summary). */
export function edgeFrom(raw: Raw | Cooperation, index: number): EdgeData {
  const r = raw as Raw;
  const source = str(r.from) || str(r.source);
  const target = str(r.to) || str(r.target);
  const intensity = typeof r.intensity === "number" ? r.intensity : typeof r.weight === "number" ? r.weight : 1;
  return {
    id: str(r.id) || `e${index}`,
    source,
    target,
    directed: r.directed === true,
    kinds: strings(r.kinds),
    intensity,
  };
}

/**
 * buildDataset makes a dataset from the network endpoint's answer. Edges whose ends
 * are not among the nodes, and self-loops, are dropped.
 */
export function buildDataset(network: { revision?: number; nodes?: Raw[]; edges?: Raw[]; actors?: Raw[]; cooperations?: Raw[] }): Dataset {
  const rawNodes = network.nodes ?? network.actors ?? [];
  const rawEdges = network.edges ?? network.cooperations ?? [];
  const nodeData = new Map<string, NodeData>();
  for (const n of rawNodes) {
    const d = nodeFrom(n);
    if (d.id && !nodeData.has(d.id)) nodeData.set(d.id, d);
  }
  const edgeData = new Map<string, EdgeData>();
  rawEdges.forEach((e, i) => {
    const d = edgeFrom(e, i);
    if (d.source !== d.target && nodeData.has(d.source) && nodeData.has(d.target) && !edgeData.has(d.id)) edgeData.set(d.id, d);
  });
  return {
    revision: typeof network.revision === "number" ? network.revision : 0,
    nodes: [...nodeData.keys()],
    edges: [...edgeData.keys()],
    nodeData,
    edgeData,
    layout: new Map(),
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
