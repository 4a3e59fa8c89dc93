// The map of a large network: above aggregateAbove actors it first shows the network
// summarised on the server (GET /network/aggregate): one node per social space or
// community, sized by its actors, one line per pair of groups with cooperations
// between them. Choosing a group (clicking it, or its button in the list) or filtering
// down to at most aggregateAbove actors loads that part in detail (loadPart); a button
// leads back to the overview.

import Graph from "graphology";
import Sigma from "sigma";
import { get } from "../api/client";
import type { Ok, Taxonomy } from "../api/types";
import { buildDataset, type Dataset } from "../graph/dataset";
import { filterParams, filterQuery, filtersFromQuery, isFiltered, withFilters, type MapFilters } from "../graph/filters";
import { LabelLayer, labelFont, labelSize } from "../graph/labelLayer";
import { navigate } from "../router";
import { stateParams } from "../state";
import { fmt, h, labelledSelect, replace, swatch } from "../ui/dom";
import { mapFilterForm } from "./mapFilterForm";

/** aggregateAbove is the number of actors above which the map first shows the network summarised by groups. */
export const aggregateAbove = 5000;

/** Aggregate is the summarised network (GET /network/aggregate). */
export type Aggregate = Ok<"/network/aggregate">;
type Group = Aggregate["groups"][number];

/** Grouping is how the overview summarises the actors. */
export type Grouping = Aggregate["by"];

/** groupingParam and groupParam are the map's query parameters of the overview's grouping and of the group shown. */
const groupingParam = "gruppierung";
const groupParam = "gruppe";

/** groupingOf reads the grouping from the map's query string. */
export function groupingOf(query: URLSearchParams): Grouping {
  return query.get(groupingParam) === "gemeinschaft" ? "community" : "social_space";
}

/** aggregateQuery returns the API query of the overview for the map's query string: grouping, filters and state. */
function aggregateQuery(query: URLSearchParams): Record<string, string> {
  return { by: groupingOf(query), ...filterQuery(filtersFromQuery(query)), ...stateParams() };
}

/** loadAggregate fetches the overview of the network for the map's query string. */
export function loadAggregate(query: URLSearchParams): Promise<Aggregate> {
  return get<Aggregate>("/network/aggregate", aggregateQuery(query));
}

/** Part is the part of a large network that the map shows in detail. */
export interface Part {
  dataset: Dataset;
  /** title says in German which part is shown, and how much of the whole it is. */
  title: string;
}

/**
 * loadPart loads the part of the network that the map's query string chooses: the
 * group it names, or what its filters leave if that is at most aggregateAbove actors.
 * It returns null when the overview is to be shown instead.
 */
export async function loadPart(agg: Aggregate, query: URLSearchParams): Promise<Part | null> {
  const of = `von ${fmt(agg.total)} Organisationen`;
  if (query.has(groupParam)) {
    const id = query.get(groupParam)!;
    const network = await get<Ok<"/network/group">>("/network/group", { ...aggregateQuery(query), group: id });
    const name = agg.groups.find((g) => g.id === id)?.name ?? id;
    const filtered = isFiltered(filtersFromQuery(query)) ? ", gefiltert" : "";
    return { dataset: buildDataset(network), title: `Ausschnitt: ${name}${filtered} (${fmt(network.nodes.length)} ${of})` };
  }
  if (!isFiltered(filtersFromQuery(query)) || agg.actors > aggregateAbove) return null;
  const network = await get<Ok<"/network">>("/network", { ...filterQuery(filtersFromQuery(query)), ...stateParams() });
  return { dataset: buildDataset(network), title: `Ausschnitt: die gefilterten Organisationen (${fmt(network.nodes.length)} ${of})` };
}

/** overviewURL returns the address of the overview: the map's query string without a group and filters. */
export function overviewURL(): string {
  const q = new URLSearchParams(location.search);
  q.delete(groupParam);
  for (const k of filterParams) q.delete(k);
  const s = q.toString();
  return location.pathname + (s ? "?" + s : "");
}

/** groupURL returns the address of the detailed map of one group, keeping filters and state. */
function groupURL(id: string): string {
  const q = new URLSearchParams(location.search);
  q.set(groupParam, id);
  return location.pathname + "?" + q.toString();
}

const nodeColor = "#2f6f9f";
const lowCross = [154, 164, 174]; // a link with no cross-domain pairs
const highCross = [179, 84, 0]; // a link with only cross-domain pairs

/** linkColor shades a link from grey to orange by its share of cross-domain pairs. */
function linkColor(share: number): string {
  const c = lowCross.map((lo, i) => Math.round(lo + (highCross[i] - lo) * share));
  return `rgb(${c.join(",")})`;
}

/** groupLabel is the German name of the groups of a grouping, singular and plural. */
function groupLabel(by: Grouping, n: number): string {
  if (by === "community") return n === 1 ? "Gemeinschaft" : "Gemeinschaften";
  return n === 1 ? "Sozialraum" : "Sozialräume";
}

/** summaryText says what the overview shows, such as "Zusammengefasst nach Sozialraum: 38 Sozialräume, 100.000 Organisationen". */
export function summaryText(agg: Aggregate): string {
  const by = agg.by === "community" ? "Gemeinschaft" : "Sozialraum";
  const filtered = agg.actors < agg.total ? ` (gefiltert, von ${fmt(agg.total)})` : "";
  return `Zusammengefasst nach ${by}: ${fmt(agg.groups.length)} ${groupLabel(agg.by, agg.groups.length)}, ${fmt(agg.actors)} Organisationen${filtered}`;
}

/**
 * positions places the groups: social spaces at the mean location of their actors
 * (longitude scaled by the latitude's cosine), groups without one in a row below;
 * communities on a sunflower spiral, the largest in the middle.
 */
function positions(agg: Aggregate): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const located = agg.by === "social_space" ? agg.groups.filter((g) => g.location) : [];
  if (located.length) {
    const lat0 = located.reduce((s, g) => s + g.location!.lat, 0) / located.length;
    const k = Math.cos((lat0 * Math.PI) / 180);
    for (const g of located) out.set(g.id, { x: g.location!.lon * k, y: g.location!.lat });
    const ys = [...out.values()].map((p) => p.y);
    const xs = [...out.values()].map((p) => p.x);
    const step = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 0.01) / 10;
    agg.groups.filter((g) => !g.location).forEach((g, i) => out.set(g.id, { x: Math.min(...xs) + i * step, y: Math.min(...ys) - step }));
    return out;
  }
  const golden = Math.PI * (3 - Math.sqrt(5));
  agg.groups.forEach((g, i) => out.set(g.id, { x: Math.sqrt(i) * Math.cos(i * golden), y: Math.sqrt(i) * Math.sin(i * golden) }));
  return out;
}

/** AggregateMap draws the overview with its filters, legend and the list of groups. */
export class AggregateMap {
  private sigma: Sigma;
  private container = h("div", { class: "sigma", id: "network-map", role: "img", "data-mode": "aggregate" });
  private detail = h("div", { class: "detail", "aria-live": "polite" });
  private groups = new Map<string, Group>();
  private outside = new Map<string, { pairs: number; cross: number }>();

  constructor(main: HTMLElement, agg: Aggregate, tax: Taxonomy, spaceOpts: Promise<{ value: string; label: string }[]>, query: URLSearchParams) {
    for (const g of agg.groups) this.groups.set(g.id, g);
    for (const l of agg.links)
      for (const id of [l.source, l.target]) {
        const o = this.outside.get(id) ?? { pairs: 0, cross: 0 };
        o.pairs += l.pairs;
        o.cross += l.cross_domain;
        this.outside.set(id, o);
      }
    const summary = summaryText(agg);
    this.container.setAttribute("aria-label", `Netzwerkkarte, ${summary}`);

    const selects = new Map<keyof MapFilters, HTMLSelectElement>();
    const filters = filtersFromQuery(query);
    const form = mapFilterForm(tax, [], selects, (k, v) => navigate(location.pathname + withFilters(location.search, { ...filters, [k]: k === "minIntensity" ? Number(v) || 0 : v })));
    for (const [k, sel] of selects) sel.value = String(filters[k] || "");
    const spaceSelect = selects.get("socialSpace")!;
    void spaceOpts.then((opts) => {
      spaceSelect.append(...opts.map((o) => h("option", { value: o.value }, o.label)));
      spaceSelect.value = filters.socialSpace;
    }, () => {}); // without the list, the filter offers "Alle" only; the Sozialräume view reports the error
    const grouping = labelledSelect(
      "Zusammenfassen nach",
      "grouping",
      [
        { value: "social_space", label: "Sozialraum" },
        { value: "community", label: "Gemeinschaft (Louvain)" },
      ],
      agg.by,
      null,
      (v) => {
        const q = new URLSearchParams(location.search);
        if (v === "community") q.set(groupingParam, "gemeinschaft");
        else q.delete(groupingParam);
        const s = q.toString();
        navigate(location.pathname + (s ? "?" + s : ""));
      },
    );
    const maxCross = linkColor(1);
    replace(
      main,
      h("h1", { tabindex: -1 }, "Netzwerkkarte"),
      h(
        "div",
        { class: "map-layout" },
        h("aside", { class: "panel", "aria-label": "Filter und Darstellung" }, h("h2", {}, "Filter"), form, h("h2", {}, "Darstellung"), grouping),
        h(
          "div",
          { class: "map-area" },
          h("p", { class: "map-summary", role: "status" }, summary),
          h(
            "p",
            { class: "hint" },
            `Das Netz hat mehr als ${fmt(aggregateAbove)} Organisationen und wird deshalb zusammengefasst. Wählen Sie eine Gruppe oder filtern Sie auf höchstens ${fmt(aggregateAbove)} Organisationen, um die einzelnen Akteure zu sehen.`,
          ),
          this.container,
        ),
        h(
          "aside",
          { class: "panel", "aria-label": "Legende und Gruppen" },
          this.detail,
          h("h2", {}, "Legende"),
          h(
            "ul",
            { class: "legend-list" },
            h("li", {}, swatch(nodeColor), h("span", {}, `Kreis: ein${agg.by === "community" ? "e Gemeinschaft" : " Sozialraum"}, Größe nach Zahl der Organisationen`)),
            h("li", {}, swatch(maxCross), h("span", {}, "Linie: Kooperationen zwischen zwei Gruppen; je dicker, desto mehr; je oranger, desto mehr davon rechtskreisübergreifend")),
          ),
          agg.omitted_links ? h("p", { class: "hint" }, `Gezeigt sind die ${fmt(agg.links.length)} Linien mit den meisten Kooperationen; ${fmt(agg.omitted_links)} weitere mit zusammen ${fmt(agg.omitted_pairs)} kooperierenden Paaren sind nicht gezeichnet.`) : null,
          h("p", { class: "hint" }, agg.definition),
          h("h2", { id: "map-groups" }, `${groupLabel(agg.by, 2)} (${fmt(agg.groups.length)})`),
          h(
            "ul",
            { class: "map-groups", "aria-labelledby": "map-groups" },
            agg.groups.map((g) => h("li", {}, h("button", { type: "button", class: "link", "data-group": g.id, onclick: () => navigate(groupURL(g.id)) }, `${g.name} (${fmt(g.actors)})`))),
          ),
        ),
      ),
    );
    this.showDetail(null);

    const graph = new Graph({ type: "undirected" });
    const pos = positions(agg);
    const biggest = Math.max(1, ...agg.groups.map((g) => g.actors));
    for (const g of agg.groups) graph.addNode(g.id, { ...pos.get(g.id)!, size: 3 + 15 * Math.sqrt(g.actors / biggest), color: nodeColor, label: g.name, importance: g.actors });
    const most = Math.max(1, ...agg.links.map((l) => l.pairs));
    for (const l of agg.links) graph.addEdge(l.source, l.target, { size: 0.5 + 6 * (l.pairs / most), color: linkColor(l.cross_domain / l.pairs) });
    // As on the detailed map, the label layer keeps the labels of the largest groups that do not overlap.
    const labels = new LabelLayer((placed) => (this.container.dataset.labels = String(placed.length)));
    this.sigma = new Sigma(graph, this.container, {
      labelFont,
      labelSize,
      labelRenderedSizeThreshold: 2,
      labelDensity: 3,
      labelGridCellSize: 60,
      defaultDrawNodeLabel: labels.collect as never,
      defaultDrawNodeHover: labels.drawHover as never,
      zIndex: true,
    });
    labels.attach(this.sigma);
    Object.assign(this.container, { sigma: this.sigma });
    this.container.dataset.nodes = String(graph.order);
    this.container.dataset.edges = String(graph.size);
    this.sigma.on("clickNode", ({ node }) => navigate(groupURL(node)));
    this.sigma.on("enterNode", ({ node }) => this.showDetail(node));
    this.sigma.on("leaveNode", () => this.showDetail(null));
    requestAnimationFrame(() => {
      this.container.dataset.state = "ready";
      performance.mark("map-ready");
    });
  }

  destroy(): void {
    this.sigma.kill();
  }

  /** showDetail describes the group under the pointer, or says how to choose one. */
  private showDetail(id: string | null): void {
    const g = id === null ? undefined : this.groups.get(id);
    if (!g) {
      replace(this.detail, h("p", { class: "hint" }, "Klicken Sie auf eine Gruppe oder wählen Sie sie in der Liste, um ihre Akteure zu sehen."));
      return;
    }
    const o = this.outside.get(g.id) ?? { pairs: 0, cross: 0 };
    replace(
      this.detail,
      h("h2", {}, g.name),
      h("p", {}, `${fmt(g.actors)} Organisationen, ${fmt(g.pairs)} kooperierende Paare untereinander, ${fmt(o.pairs)} mit anderen Gruppen` + (o.pairs ? `, davon ${fmt((100 * o.cross) / o.pairs, 0)} % rechtskreisübergreifend.` : ".")),
    );
  }
}
