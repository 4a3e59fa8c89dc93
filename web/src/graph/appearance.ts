// How nodes look: which attribute colours them and which metric sizes them. Pure
// functions from the dataset to colours and sizes, so the legend and the map agree.

import type { Term } from "../api/types";
import { categorical, otherColor, sizeScale } from "./colors";
import type { Dataset } from "./dataset";
import { familyOf, legalDomainFamilies } from "./families";

export type ColorBy = "legal_domain" | "actor_kind" | "community";

/** LegendPart is one legal domain within a family, with its count. */
export interface LegendPart {
  key: string;
  label: string;
  count: number;
}

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  count: number;
  /** parts lists the legal domains of a family (colour by legal domain only). */
  parts?: LegendPart[];
}

export interface Legend {
  entries: LegendEntry[];
  /** total is the number of actors counted, each once. */
  total: number;
  /** multiple is how many of them belong to more than one legal domain (colour by legal domain only). */
  multiple: number;
}

export interface Coloring {
  colorOf: (node: string) => string;
  /** legend counts the given (visible) nodes. */
  legend: (nodes: Iterable<string>) => Legend;
}

/**
 * coloring colours nodes by the family of their first legal domain, by their actor kind
 * or by their community (from membership). Colours are assigned over the whole dataset,
 * so that they stay when a filter changes; the legend counts only the nodes it is given.
 * Actor kinds follow the taxonomy's order; communities are numbered by size, the largest
 * first. Categories past the palette share the grey of "Weitere".
 */
export function coloring(ds: Dataset, by: ColorBy, terms: Term[], membership: Map<string, string> = new Map()): Coloring {
  if (by === "legal_domain") return domainColoring(ds, terms);
  const keyOf = (id: string): string => (by === "actor_kind" ? ds.nodeData.get(id)!.kind : (membership.get(id) ?? ""));
  const counts = new Map<string, number>();
  for (const id of ds.nodes) counts.set(keyOf(id), (counts.get(keyOf(id)) ?? 0) + 1);
  let order: { key: string; label: string }[];
  if (by === "community") {
    const keys = [...counts.keys()].filter((k) => k !== "").sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    order = keys.slice(0, categorical.length).map((key, i) => ({ key, label: `Gemeinschaft ${i + 1}` }));
  } else {
    order = terms.filter((t) => counts.has(t.code)).slice(0, categorical.length).map((t) => ({ key: t.code, label: t.label }));
  }
  const colors = new Map(order.map((o, i) => [o.key, categorical[i]]));
  const restLabel = by === "community" ? "Weitere" : "Weitere oder ohne Angabe";
  return {
    colorOf: (id) => colors.get(keyOf(id)) ?? otherColor,
    legend: (nodes) => {
      const seen = new Map<string, number>();
      let total = 0;
      for (const id of nodes) {
        total++;
        const k = colors.has(keyOf(id)) ? keyOf(id) : "";
        seen.set(k, (seen.get(k) ?? 0) + 1);
      }
      const entries = order.filter((o) => seen.has(o.key)).map((o) => ({ ...o, color: colors.get(o.key)!, count: seen.get(o.key)! }));
      if (seen.has("")) entries.push({ key: "", label: restLabel, color: otherColor, count: seen.get("")! });
      return { entries, total, multiple: 0 };
    },
  };
}

/**
 * domainColoring colours a node by the family of its first legal domain. Its legend
 * counts an actor under each family and each legal domain it belongs to, so that actors
 * with several legal domains are counted several times; those without one are counted
 * under "Ohne Angabe".
 */
function domainColoring(ds: Dataset, terms: Term[]): Coloring {
  const color = new Map(legalDomainFamilies.map((f, i) => [f.key, categorical[i]]));
  const label = new Map(terms.map((t) => [t.code, t.label]));
  const rank = new Map(terms.map((t, i) => [t.code, i]));
  return {
    colorOf: (id) => {
      const first = ds.nodeData.get(id)!.legalDomains[0];
      return first === undefined ? otherColor : color.get(familyOf(first).key)!;
    },
    legend: (nodes) => {
      const families = new Map<string, number>();
      const domains = new Map<string, number>();
      let total = 0;
      let multiple = 0;
      let none = 0;
      for (const id of nodes) {
        total++;
        const codes = [...new Set(ds.nodeData.get(id)!.legalDomains)];
        if (codes.length === 0) none++;
        if (codes.length > 1) multiple++;
        for (const c of codes) domains.set(c, (domains.get(c) ?? 0) + 1);
        for (const f of new Set(codes.map((c) => familyOf(c).key))) families.set(f, (families.get(f) ?? 0) + 1);
      }
      const entries: LegendEntry[] = legalDomainFamilies
        .filter((f) => families.has(f.key))
        .map((f) => ({
          key: f.key,
          label: f.label,
          color: color.get(f.key)!,
          count: families.get(f.key)!,
          parts: [...domains.keys()]
            .filter((c) => familyOf(c) === f)
            .sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b))
            .map((c) => ({ key: c, label: label.get(c) ?? c, count: domains.get(c)! })),
        }));
      if (none) entries.push({ key: "", label: "Ohne Angabe", color: otherColor, count: none });
      return { entries, total, multiple };
    },
  };
}

/** sizing maps each node's metric value to a size; nodes without a value get the smallest. */
export function sizing(ds: Dataset, values: Map<string, number> | null): (node: string) => number {
  if (!values) return () => 5;
  const s = sizeScale(ds.nodes.map((id) => values.get(id) ?? NaN));
  return (id) => s(values.get(id) ?? NaN);
}
