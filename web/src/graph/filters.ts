// The map's filters, applied to the dataset in the browser so that changing one is
// instant. They mean what the API's list filters mean (graph/filter.go).

import type { SocialSpace } from "../api/types";
import type { Dataset } from "./dataset";

export interface MapFilters {
  socialSpace: string;
  legalDomain: string;
  field: string;
  targetGroup: string;
  actorKind: string;
  cooperationKind: string;
  minIntensity: number;
  query: string;
}

export const noFilters: MapFilters = {
  socialSpace: "",
  legalDomain: "",
  field: "",
  targetGroup: "",
  actorKind: "",
  cooperationKind: "",
  minIntensity: 0,
  query: "",
};

/** within returns root and the IDs of every social space below it. */
export function within(spaces: Pick<SocialSpace, "id" | "parent_id">[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const s of spaces) {
    const p = s.parent_id ?? "";
    children.set(p, [...(children.get(p) ?? []), s.id]);
  }
  const out = new Set([root]);
  const queue = [root];
  while (queue.length) {
    for (const c of children.get(queue.shift()!) ?? []) {
      if (!out.has(c)) {
        out.add(c);
        queue.push(c);
      }
    }
  }
  return out;
}

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

const has = (list: string[], code: string) => code === "" || list.includes(code);

/**
 * applyFilters selects the nodes that match the actor filters and the edges that match
 * the cooperation filters and join two selected nodes. The text query does not filter:
 * the map highlights its matches instead (see search.ts).
 */
export function applyFilters(ds: Dataset, f: MapFilters, spaces: Pick<SocialSpace, "id" | "parent_id">[]): Selection {
  const inSpace = f.socialSpace ? within(spaces, f.socialSpace) : null;
  const nodes = new Set<string>();
  for (const id of ds.nodes) {
    const n = ds.nodeData.get(id)!;
    if (
      has(n.legalDomains, f.legalDomain) &&
      has(n.fields, f.field) &&
      has(n.targetGroups, f.targetGroup) &&
      (f.actorKind === "" || n.kind === f.actorKind) &&
      (!inSpace || n.socialSpaces.some((s) => inSpace.has(s)))
    )
      nodes.add(id);
  }
  const edges = new Set<string>();
  for (const id of ds.edges) {
    const e = ds.edgeData.get(id)!;
    if (nodes.has(e.source) && nodes.has(e.target) && has(e.kinds, f.cooperationKind) && e.intensity >= f.minIntensity) edges.add(id);
  }
  return { nodes, edges };
}

/** isFiltered reports whether any filter other than the text query is set. */
export function isFiltered(f: MapFilters): boolean {
  return (Object.keys(noFilters) as (keyof MapFilters)[]).some((k) => k !== "query" && f[k] !== noFilters[k]);
}

/** searchNodes returns the nodes whose label contains the query, ignoring case and accents. */
export function searchNodes(ds: Dataset, query: string, limit = 20): string[] {
  const q = fold(query.trim());
  if (!q) return [];
  const out: string[] = [];
  for (const id of ds.nodes) {
    if (fold(ds.nodeData.get(id)!.label).includes(q)) {
      out.push(id);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** fold lower-cases s and strips diacritics, for matching. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/**
 * filterQuery returns the filters as the query parameters of the API's network view and
 * exports (actor filters and cooperation filters; the text query does not filter).
 */
export function filterQuery(f: MapFilters): Record<string, string> {
  const q: Record<string, string> = {};
  const set = (k: string, v: string) => v && (q[k] = v);
  set("social_space", f.socialSpace);
  set("legal_domain", f.legalDomain);
  set("field", f.field);
  set("target_group", f.targetGroup);
  set("actor_kind", f.actorKind);
  set("cooperation_kind", f.cooperationKind);
  if (f.minIntensity > 0) q.min_intensity = String(f.minIntensity);
  return q;
}

/** filterParams are the query parameters of the filters, as filterQuery names them. */
export const filterParams = ["social_space", "legal_domain", "field", "target_group", "actor_kind", "cooperation_kind", "min_intensity"] as const;

/**
 * filtersFromQuery reads the filters from a query string (the map's URL); a minimum
 * intensity outside 1–4 is ignored. The other way is filterQuery.
 */
export function filtersFromQuery(q: URLSearchParams): MapFilters {
  const i = Number(q.get("min_intensity"));
  return {
    ...noFilters,
    socialSpace: q.get("social_space") ?? "",
    legalDomain: q.get("legal_domain") ?? "",
    field: q.get("field") ?? "",
    targetGroup: q.get("target_group") ?? "",
    actorKind: q.get("actor_kind") ?? "",
    cooperationKind: q.get("cooperation_kind") ?? "",
    minIntensity: Number.isInteger(i) && i >= 1 && i <= 4 ? i : 0,
  };
}

/** withFilters returns the query string with the filters set and every other parameter kept. */
export function withFilters(search: string, f: MapFilters): string {
  const q = new URLSearchParams(search);
  for (const k of filterParams) q.delete(k);
  for (const [k, v] of Object.entries(filterQuery(f))) q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}
