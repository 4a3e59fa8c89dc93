// The map of the changes between T1 and T2: every actor of either state at its layout
// position (the map's stored positions where there are any, else a ForceAtlas2 run),
// the ties that lasted in light grey, new ties in green, lapsed ties dashed. An SVG
// with a text alternative; the lists beside it hold the same ties as tables.

import forceAtlas2 from "graphology-layout-forceatlas2";
import Graph from "graphology";
import type { Changes, Selection, Tie } from "../api/time";
import type { Dataset, Position } from "../graph/dataset";
import { loadPositions } from "../graph/positions";
import { loadDataset } from "../state";
import { fmt, h, s, swatch } from "./dom";

/**
 * maxChangeMapActors bounds the networks the map draws: each actor is a point and each
 * tie a line of one SVG, which a federal state's 100,000 actors and 700,000 ties would
 * make too large for a browser to lay out.
 */
export const maxChangeMapActors = 5000;

/** changeColors are the colours of the map (contrast ≥ 3:1 on white for new and lapsed). */
export const changeColors = { new: "#1a7f37", lapsed: "#b3261e", kept: "#c5ccd3", actor: "#4a5560" };

export type EdgeClass = "kept" | "new" | "lapsed";

export interface ChangeEdge {
  a: string;
  b: string;
  cls: EdgeClass;
  label: string;
}

const pairKey = (a: string, b: string) => (a < b ? a + "\u0000" + b : b + "\u0000" + a);

/**
 * changeEdges lists the ties to draw: the new and lapsed ties of the changes, and the
 * pairs of the T2 network that are neither (they lasted), each pair once.
 */
export function changeEdges(c: Pick<Changes, "ties">, t2: Dataset | null): ChangeEdge[] {
  const out = new Map<string, ChangeEdge>();
  for (const t of c.ties.lapsed) out.set(pairKey(t.from, t.to), { a: t.from, b: t.to, cls: "lapsed", label: `weggefallen: ${t.from_name || t.from} – ${t.to_name || t.to}` });
  for (const t of c.ties.new) out.set(pairKey(t.from, t.to), { a: t.from, b: t.to, cls: "new", label: `neu: ${t.from_name || t.from} – ${t.to_name || t.to}` });
  for (const id of t2?.edges ?? []) {
    const e = t2!.edgeData.get(id)!;
    const k = pairKey(e.source, e.target);
    if (!out.has(k)) out.set(k, { a: e.source, b: e.target, cls: "kept", label: "" });
  }
  // Lasting ties first, so that the changes are drawn on top of them.
  const order: Record<EdgeClass, number> = { kept: 0, lapsed: 1, new: 2 };
  return [...out.values()].sort((x, y) => order[x.cls] - order[y.cls]);
}

/**
 * placeNodes returns a position for every node: stored ones first; when more than a
 * tenth lack one, ForceAtlas2 lays out the whole graph from a seeded start.
 */
export function placeNodes(nodes: string[], edges: ChangeEdge[], stored: Map<string, Position>): Map<string, Position> {
  const pos = new Map<string, Position>();
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const missing = nodes.filter((n) => !stored.has(n));
  const spread = Math.sqrt(nodes.length) * 10;
  for (const n of nodes) pos.set(n, stored.get(n) ?? { x: (rand() - 0.5) * spread, y: (rand() - 0.5) * spread });
  if (missing.length > nodes.length / 10 && nodes.length > 1) {
    const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    for (const n of nodes) g.addNode(n, { ...pos.get(n)! });
    for (const e of edges) if (g.hasNode(e.a) && g.hasNode(e.b) && e.a !== e.b && !g.hasEdge(e.a, e.b)) g.addEdge(e.a, e.b);
    forceAtlas2.assign(g, { iterations: 150, settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: nodes.length > 300 } });
    g.forEachNode((n, a) => pos.set(n, { x: a.x, y: a.y }));
  }
  return pos;
}

/**
 * changeMap draws the changes between the states of from and to, with its legend and
 * text alternative. whole returns every new or lapsed tie, where the comparison c holds
 * only the first of a long list.
 */
export async function changeMap(c: Changes, from: Selection, to: Selection, whole: (list: "new" | "lapsed") => Promise<Tie[]>): Promise<HTMLElement> {
  const actors = Math.max(c.from.actors, c.to.actors);
  if (actors > maxChangeMapActors) {
    return h(
      "p",
      { class: "hint change-map-skipped" },
      `Die Karte der Veränderungen zeichnet Netze bis ${fmt(maxChangeMapActors)} Akteure; dieser Vergleich umfasst ${fmt(actors)}. ` +
        "Die Veränderungen stehen in den Tabellen unten; die Netzwerkkarte zeigt große Netze nach Sozialräumen zusammengefasst.",
    );
  }
  const [d1, d2, added, lapsed] = await Promise.all([loadDataset(from).catch(() => null), loadDataset(to).catch(() => null), whole("new"), whole("lapsed")]);
  const ties = { ...c.ties, new: added, lapsed };
  const names = new Map<string, string>();
  for (const ds of [d1, d2]) for (const id of ds?.nodes ?? []) names.set(id, ds!.nodeData.get(id)!.label);
  for (const t of [...added, ...lapsed]) {
    if (!names.has(t.from)) names.set(t.from, t.from_name || t.from);
    if (!names.has(t.to)) names.set(t.to, t.to_name || t.to);
  }
  const edges = changeEdges({ ties }, d2);
  const nodes = [...names.keys()];
  const stored = new Map<string, Position>();
  for (const ds of [d1, d2]) {
    if (!ds) continue;
    loadPositions(ds);
    for (const [id, p] of ds.layout) stored.set(id, p);
  }
  const pos = placeNodes(nodes, edges, stored);
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const W = 800, H = 560, pad = 12;
  const k = Math.min((W - 2 * pad) / (maxX - minX || 1), (H - 2 * pad) / (maxY - minY || 1));
  // Centred; the y axis points up in the layout (as sigma draws it) and down in SVG.
  const offX = (W - 2 * pad - (maxX - minX) * k) / 2;
  const offY = (H - 2 * pad - (maxY - minY) * k) / 2;
  const at = (id: string) => {
    const p = pos.get(id)!;
    return [pad + offX + (p.x - minX) * k, H - pad - offY - (p.y - minY) * k] as const;
  };
  const changed = new Set(edges.filter((e) => e.cls !== "kept").flatMap((e) => [e.a, e.b]));
  const counts = { new: added.length, lapsed: lapsed.length, kept: edges.filter((e) => e.cls === "kept").length };
  const alt = `Karte der Veränderungen von ${c.from.label} zu ${c.to.label}: ${fmt(counts.new)} neue Kooperationen (grün), ${fmt(counts.lapsed)} weggefallene (gestrichelt), ${fmt(counts.kept)} bestehende (hellgrau) zwischen ${fmt(nodes.length)} Akteuren. Dieselben Angaben stehen in den Tabellen unten.`;
  const svg = s(
    "svg",
    { viewBox: `0 0 ${W} ${H}`, class: "change-map", role: "img", "aria-label": alt, "data-new": counts.new, "data-lapsed": counts.lapsed },
    s("title", {}, alt),
    edges.map((e) => {
      if (!pos.has(e.a) || !pos.has(e.b)) return null;
      const [x1, y1] = at(e.a);
      const [x2, y2] = at(e.b);
      return s(
        "line",
        { x1, y1, x2, y2, class: "tie-" + e.cls, stroke: changeColors[e.cls], "stroke-width": e.cls === "kept" ? 0.6 : 2, "stroke-dasharray": e.cls === "lapsed" ? "6 4" : null },
        e.label ? s("title", {}, e.label) : null,
      );
    }),
    nodes.map((id) => {
      const [x, y] = at(id);
      return s("circle", { cx: x, cy: y, r: changed.has(id) ? 4 : 2.5, fill: changeColors.actor, "fill-opacity": changed.has(id) ? 1 : 0.45 }, s("title", {}, names.get(id) ?? id));
    }),
  );
  const dash = h("span", { class: "legend-line lapsed", "aria-hidden": "true" });
  const solid = h("span", { class: "legend-line new", "aria-hidden": "true" });
  const kept = h("span", { class: "legend-line kept", "aria-hidden": "true" });
  return h(
    "figure",
    { class: "change-figure" },
    h("div", { class: "change-canvas" }, svg),
    h(
      "figcaption",
      {},
      h(
        "ul",
        { class: "legend-list" },
        h("li", {}, solid, `neu (grün, durchgezogen): ${fmt(counts.new)}`),
        h("li", {}, dash, `weggefallen (rot, gestrichelt): ${fmt(counts.lapsed)}`),
        h("li", {}, kept, `bestehend (hellgrau): ${fmt(counts.kept)}`),
        h("li", {}, swatch(changeColors.actor), "Akteur; größer: an einer Veränderung beteiligt"),
      ),
      h("p", { class: "hint" }, "Die Positionen sind die der Netzwerkkarte. Zeigen Sie auf eine Linie oder einen Punkt, um die Namen zu sehen; die vollständigen Listen folgen unten."),
    ),
  );
}
