// How nodes look: which attribute colours them and which metric sizes them. Pure
// functions from the dataset to colours and sizes, so the legend and the map agree.

import type { Term } from "../api/types";
import { categoryColors, otherColor, sizeScale } from "./colors";
import type { Dataset } from "./dataset";

export type ColorBy = "legal_domain" | "actor_kind" | "community";

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  count: number;
}

export interface Coloring {
  colorOf: (node: string) => string;
  legend: LegendEntry[];
}

/**
 * coloring colours nodes by the first legal domain, the actor kind or the community
 * (from membership). Categories follow the taxonomy's order; communities are
 * numbered by size, the largest first, and past 19 they share "Weitere".
 */
export function coloring(ds: Dataset, by: ColorBy, terms: Term[], membership: Map<string, string> = new Map()): Coloring {
  const keyOf = (id: string): string => {
    const n = ds.nodeData.get(id)!;
    if (by === "legal_domain") return n.legalDomains[0] ?? "";
    if (by === "actor_kind") return n.kind;
    return membership.get(id) ?? "";
  };
  const counts = new Map<string, number>();
  for (const id of ds.nodes) counts.set(keyOf(id), (counts.get(keyOf(id)) ?? 0) + 1);

  let order: { key: string; label: string }[];
  if (by === "community") {
    const keys = [...counts.keys()].filter((k) => k !== "").sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    order = keys.slice(0, 19).map((key, i) => ({ key, label: `Gemeinschaft ${i + 1}` }));
  } else {
    order = terms.filter((t) => counts.has(t.code)).map((t) => ({ key: t.code, label: t.label }));
  }
  const colors = categoryColors(order.map((o) => o.key));
  const legend: LegendEntry[] = order.map((o) => ({ ...o, color: colors.get(o.key)!, count: counts.get(o.key)! }));
  const rest = ds.nodes.length - legend.reduce((s, e) => s + e.count, 0);
  if (rest > 0) legend.push({ key: "", label: by === "community" ? "Weitere" : "Ohne Angabe", color: otherColor, count: rest });
  return { colorOf: (id) => colors.get(keyOf(id)) ?? otherColor, legend };
}

/** sizing maps each node's metric value to a size; nodes without a value get the smallest. */
export function sizing(ds: Dataset, values: Map<string, number> | null): (node: string) => number {
  if (!values) return () => 5;
  const s = sizeScale(ds.nodes.map((id) => values.get(id) ?? NaN));
  return (id) => s(values.get(id) ?? NaN);
}
