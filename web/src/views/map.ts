// Netzwerkkarte: the WebGL map of actors and cooperations (sigma.js), coloured by a
// category, sized by a metric, filtered, searchable; hovering or selecting an actor
// highlights its partners. The drawn graph holds every actor and is built once; filters
// hide nodes through sigma's reducers, live in the URL's query string and re-centre
// the camera on what is left. A network of more than aggregateAbove actors is first
// shown summarised by groups (mapAggregate.ts); the map then shows a part of it: one
// group, or what the filters leave, loaded from the server, and a filter change asks
// the server again.

import Sigma from "sigma";
import { allows } from "../api/auth";
import { get } from "../api/client";
import { readCommunities, type ActorMetrics } from "../api/analysis";
import type { Taxonomy } from "../api/types";
import { coloring, sizing, type ColorBy, type Coloring } from "../graph/appearance";
import { fitState } from "../graph/camera";
import { degrees, type Dataset } from "../graph/dataset";
import { applyFilters, filterQuery, filtersFromQuery, isFiltered, noFilters, searchNodes, withFilters, type MapFilters, type Selection } from "../graph/filters";
import { LabelLayer, labelFont, labelSize } from "../graph/labelLayer";
import { Layout, layoutTime } from "../graph/layout";
import { clearPositions, loadPositions, seedPositions } from "../graph/positions";
import { displayGraph, type DisplayGraph, type EdgeDisplay, type NodeDisplay } from "../graph/render";
import { navigate, onLeave, onQueryChange } from "../router";
import { mapCountText, pairCount } from "../api/time";
import { currentUser, labeller, loadActorMetrics, loadDataset, loadSpaces, loadTaxonomy, spaceOptions, stateOfDataset, stateParams } from "../state";
import { stateSelect } from "../ui/stateSelect";
import { fmt, h, labelledSelect, replace, swatch, uid } from "../ui/dom";
import { downloadLink } from "../ui/download";
import { pseudonymizeBox, pseudonymQuery } from "../ui/pseudonymize";
import { errorBox, loading } from "../ui/status";
import { mapFilterForm } from "./mapFilterForm";
import { AggregateMap, aggregateAbove, loadAggregate, loadPart, overviewURL, type Part } from "./mapAggregate";

const dimmed = "#e4e7eb";

export async function mapView(main: HTMLElement, _p: string[], query: URLSearchParams): Promise<void> {
  main.append(h("h1", { tabindex: -1 }, "Netzwerkkarte"), loading("Das Netzwerk"));
  let ds: Dataset, tax: Taxonomy, spaces, part: Part | null = null;
  try {
    // The overview does not wait for the social spaces (thousands in a federal state); its filter gets them later.
    const spacesLoaded = loadSpaces();
    const [agg, t] = await Promise.all([loadAggregate(query), loadTaxonomy()]);
    tax = t;
    if (agg.total > aggregateAbove) {
      part = await loadPart(agg, query);
      if (!part) {
        if (!main.isConnected) return; // left meanwhile: Sigma cannot draw into a box that is not shown
        const overview = new AggregateMap(main, agg, tax, spacesLoaded.then(spaceOptions), query);
        onLeave(() => overview.destroy());
        main.querySelector("h1")!.after(stateSelect());
        return;
      }
      ds = part.dataset;
    } else ds = await loadDataset();
    spaces = await spacesLoaded;
  } catch (err) {
    replace(main, h("h1", { tabindex: -1 }, "Netzwerkkarte"), errorBox(err, "Das Netzwerk"));
    return;
  }
  if (!main.isConnected) return; // left meanwhile, as above
  const map = new NetworkMap(main, ds, tax, spaces.map((s) => ({ id: s.id, parent_id: s.parent_id })), spaceOptions(spaces), query, part);
  onLeave(() => map.destroy());
  main.querySelector("h1")!.after(stateSelect());
  onQueryChange((q) => map.followQuery(q));
  const pair = query.get("paar")?.split(",").filter((id) => ds.nodeData.has(id));
  if (pair?.length) map.highlight(pair);
  else if (query.get("akteur") && ds.nodeData.has(query.get("akteur")!)) map.select(query.get("akteur")!);
}

class NetworkMap {
  private filters: MapFilters = { ...noFilters };
  private colorBy: ColorBy = "legal_domain";
  private sizeBy = "degree";
  private selection!: Selection;
  private graph: DisplayGraph;
  private colors!: Coloring;
  private sizeOf: (node: string) => number = () => 5;
  private importance = new Map<string, number>();
  private sigma: Sigma<NodeDisplay, EdgeDisplay>;
  private layout: Layout;
  private labels: LabelLayer;
  private selects = new Map<keyof MapFilters, HTMLSelectElement>();
  private hovered: string | null = null;
  private selected: string | null = null;
  private pair: Set<string> | null = null;
  private focus: Set<string> | null = null;
  private metrics: ActorMetrics | null = null;
  private membership: Map<string, string> | null = null;

  private container = h("div", { class: "sigma", id: "network-map", role: "img", "aria-label": "Netzwerkkarte der Akteure und Kooperationen" });
  private countLine = h("p", { class: "count", role: "status", "aria-live": "polite" });
  private legend = h("div", { class: "legend" });
  private detail = h("div", { class: "detail" });
  private notice = h("div", { role: "status" });
  private exports = h("div", { class: "exports" });
  private canAnalyse = false;
  private withMetrics = false;
  private pseudonymized = false;
  private layoutButton = h("button", { type: "button" }, "Layout berechnen");
  private sizeSelect: HTMLElement;

  constructor(
    main: HTMLElement,
    private ds: Dataset,
    private tax: Taxonomy,
    private spaces: { id: string; parent_id?: string }[],
    spaceOpts: { value: string; label: string }[],
    query: URLSearchParams,
    /** part is the part of a large network shown, null for the whole network. */
    private part: Part | null = null,
  ) {
    loadPositions(ds);
    const known = ds.layout.size; // kept from an earlier visit or given by an imported file (Gephi)
    this.seed();

    const filterForm = mapFilterForm(tax, spaceOpts, this.selects, (k, v) => this.setFilter(k, v));
    this.sizeSelect = labelledSelect("Größe nach", "size_by", [{ value: "degree", label: "Anzahl Partner (Grad)" }], "degree", "Einheitlich", (v) => this.setSize(v));
    const appearance = h(
      "div",
      { class: "appearance" },
      labelledSelect(
        "Farbe nach",
        "color_by",
        [
          { value: "legal_domain", label: "Rechtskreis" },
          { value: "actor_kind", label: "Akteursart" },
          { value: "community", label: "Gemeinschaft (Louvain)" },
        ],
        "legal_domain",
        null,
        (v) => void this.setColor(v as ColorBy),
      ),
      this.sizeSelect,
    );
    const searchId = uid("search");
    const results = h("ul", { class: "results", id: searchId + "-results" });
    const search = h("input", { id: searchId, type: "search", autocomplete: "off", "aria-controls": results.id, placeholder: "Name eingeben" }) as HTMLInputElement;
    search.addEventListener("input", () => {
      const found = searchNodes(ds, search.value, ds.nodes.length).filter((id) => this.visible(id)).slice(0, 12);
      replace(
        results,
        found.map((id) => h("li", {}, h("button", { type: "button", class: "link", onclick: () => this.select(id, true) }, ds.nodeData.get(id)!.label))),
        search.value.trim() && !found.length ? h("li", {}, "Kein sichtbarer Akteur gefunden.") : null,
      );
    });
    const tools = h(
      "div",
      { class: "tools" },
      this.layoutButton,
      h("button", { type: "button", onclick: () => this.resetLayout() }, "Layout neu beginnen"),
      h("button", { type: "button", "aria-label": "Vergrößern", onclick: () => this.sigma.getCamera().animatedZoom(1.5) }, "+"),
      h("button", { type: "button", "aria-label": "Verkleinern", onclick: () => this.sigma.getCamera().animatedUnzoom(1.5) }, "−"),
      h("button", { type: "button", onclick: () => this.fit() }, "Ansicht zurücksetzen"),
    );
    this.layoutButton.addEventListener("click", () => (this.layout.running ? this.layout.stop() : this.layout.start(layoutTime(this.selection.nodes.size))));

    replace(
      main,
      h("h1", { tabindex: -1 }, "Netzwerkkarte"),
      part ? h("div", { class: "map-part", role: "group", "aria-label": "Gezeigter Ausschnitt" }, h("p", {}, part.title), h("button", { type: "button", onclick: () => navigate(overviewURL()) }, "Zurück zur Übersicht")) : null,
      h(
        "div",
        { class: "map-layout" },
        h("aside", { class: "panel", "aria-label": "Filter und Darstellung" }, h("h2", {}, "Filter"), filterForm, h("h2", {}, "Darstellung"), appearance, this.notice, h("h2", {}, "Exportieren"), this.exports),
        h("div", { class: "map-area" }, tools, this.container, this.countLine),
        h(
          "aside",
          { class: "panel", "aria-label": "Suche, Legende und Auswahl" },
          h("h2", {}, h("label", { for: searchId }, "Akteur suchen")),
          search,
          results,
          this.detail,
          h("h2", {}, "Legende"),
          this.legend,
        ),
      ),
    );

    this.readFilters(query);
    this.appearance();
    void currentUser().then((me) => {
      this.canAnalyse = allows(me?.role, "analyst");
      if (this.canAnalyse) this.drawExports();
    });
    this.graph = displayGraph(ds);
    this.labels = new LabelLayer((placed) => (this.container.dataset.labels = String(placed.length)));
    this.sigma = new Sigma(this.graph, this.container, {
      renderEdgeLabels: false,
      // Sigma proposes the labels of nodes drawn at least 4 px wide, several per grid
      // cell; the label layer keeps the most important that do not overlap.
      labelRenderedSizeThreshold: 2,
      labelDensity: 3,
      labelGridCellSize: 60,
      labelFont,
      labelSize,
      defaultDrawNodeLabel: this.labels.collect as never,
      defaultDrawNodeHover: this.labels.drawHover as never,
      zIndex: true,
      nodeReducer: (node, data) => this.nodeLook(node, data),
      edgeReducer: (edge, data) => this.edgeLook(edge, data),
    });
    this.labels.attach(this.sigma as unknown as Sigma);
    // For the browser tests: the sigma instance and the labels of the last frame.
    Object.assign(this.container, { sigma: this.sigma, labelLayer: this.labels });
    this.sigma.on("enterNode", ({ node }) => this.setHover(node));
    this.sigma.on("leaveNode", () => this.setHover(null));
    this.sigma.on("clickNode", ({ node }) => this.select(node));
    this.sigma.on("clickStage", () => this.select(null));
    // Sigma draws the first frame in its constructor; the next frame shows it.
    requestAnimationFrame(() => {
      this.container.dataset.state = "ready";
      performance.mark("map-ready");
    });
    this.layout = new Layout(this.ds, this.graph, (running) => {
      this.layoutButton.textContent = running ? "Layout anhalten" : "Layout berechnen";
      this.container.dataset.layout = running ? "running" : "stopped";
    });
    if (known < ds.nodes.length) this.layout.start(layoutTime(this.graph.order));
    if (isFiltered(this.filters)) requestAnimationFrame(() => this.fit(false));
    this.updatePanels();
    // A part of a large network is sized by degree: the metrics of the whole network would be a large answer.
    if (!part) void this.loadMetrics();
  }

  destroy(): void {
    this.layout.kill();
    this.sigma.kill();
  }

  /** visible reports whether a node passes the filters. */
  private visible(node: string): boolean {
    return this.selection.nodes.has(node);
  }

  /** partners lists a node's partners among the visible cooperations. */
  private partners(node: string): string[] {
    const out = new Set<string>();
    this.graph.forEachEdge(node, (edge, _a, s, t) => {
      if (this.selection.edges.has(edge)) out.add(s === node ? t : s);
    });
    return [...out];
  }

  /** appearance computes colours, sizes and label importance for the current filters. */
  private appearance(): void {
    const terms = this.colorBy === "legal_domain" ? this.tax.legal_domains : this.colorBy === "actor_kind" ? this.tax.actor_kinds : [];
    this.colors = coloring(this.ds, this.colorBy, terms, this.membership ?? undefined);
    const values = this.sizeValues();
    this.sizeOf = sizing(this.ds, values);
    this.importance = values ?? degrees(this.ds, this.selection.edges);
  }

  private sizeValues(): Map<string, number> | null {
    if (this.sizeBy === "") return null;
    if (this.sizeBy === "degree") return degrees(this.ds, this.selection.edges);
    const m = new Map<string, number>();
    for (const r of this.metrics?.rows ?? []) if (this.sizeBy in r.values) m.set(r.actorId, r.values[this.sizeBy]);
    return m;
  }

  /** redraw shows a filter or appearance change: the reducers run again, the graph and the layout stay. */
  private redraw(): void {
    this.appearance();
    if (this.selected && !this.visible(this.selected)) this.selected = null;
    this.refocus(false);
    this.sigma.refresh();
    this.updatePanels();
  }

  /** fit moves the camera so that the visible actors fill the map. */
  private fit(animate = true): void {
    const state = fitState(this.sigma as unknown as Sigma, this.selection.nodes);
    if (!state) return;
    if (animate) void this.sigma.getCamera().animate(state, { duration: 300 });
    else this.sigma.getCamera().setState(state);
  }

  /** seed places the actors without a position, grouped by their first legal domain. */
  private seed(): void {
    const first = labeller(this.tax.legal_domains);
    seedPositions(this.ds, (id) => first(this.ds.nodeData.get(id)!.legalDomains[0] ?? ""));
  }

  private resetLayout(): void {
    this.layout.stop();
    clearPositions(this.ds);
    this.seed();
    this.graph.forEachNode((id) => this.graph.mergeNodeAttributes(id, this.ds.layout.get(id)!));
    this.layout.start(layoutTime(this.graph.order));
    this.sigma.getCamera().animatedReset();
  }

  /**
   * readFilters takes the filters from a query string, dropping values that no option
   * offers, and shows them in the form.
   */
  private readFilters(query: URLSearchParams): void {
    const f = filtersFromQuery(query);
    for (const [k, sel] of this.selects) {
      const v = String(f[k] || "");
      if (![...sel.options].some((o) => o.value === v)) (f as unknown as Record<string, unknown>)[k] = noFilters[k];
      sel.value = String(f[k] || "");
    }
    this.filters = f;
    this.selection = applyFilters(this.ds, this.filters, this.spaces);
    this.drawExports();
  }

  private setFilter(k: keyof MapFilters, v: string): void {
    this.filters = { ...this.filters, [k]: k === "minIntensity" ? Number(v) || 0 : v };
    if (this.part) {
      navigate(location.pathname + withFilters(location.search, this.filters) + location.hash);
      return;
    }
    this.selection = applyFilters(this.ds, this.filters, this.spaces);
    history.pushState(null, "", location.pathname + withFilters(location.search, this.filters) + location.hash);
    this.drawExports();
    this.redraw();
    this.fit();
  }

  /** followQuery shows the filters of a step back or forward in the browser's history. */
  followQuery(query: URLSearchParams): boolean {
    if (this.part) return false; // the server chooses the part anew
    this.readFilters(query);
    this.redraw();
    this.fit();
    return true;
  }

  /**
   * drawExports offers the network as shown (with the filters) as files; analysts may
   * add the metrics of the whole network (GEXF, GraphML and XLSX carry them).
   */
  private drawExports(): void {
    const status = h("div", { role: "status", class: "download-status" });
    const query = filterQuery(this.filters);
    const filtered = Object.keys(query).length > 0;
    const links = h("ul", { class: "downloads" });
    const fill = () =>
      replace(
        links,
        [
          { name: "gexf", label: "GEXF (Gephi)", metrics: true },
          { name: "graphml", label: "GraphML", metrics: true },
          { name: "xlsx", label: "XLSX", metrics: true },
          { name: "json", label: "JSON", metrics: false },
        ].map((f) => h("li", {}, downloadLink({ label: f.label, path: `/exports/${f.name}`, query: { ...query, ...stateParams(), metrics: this.withMetrics && f.metrics ? "true" : undefined, ...pseudonymQuery(this.pseudonymized) }, fileName: `netzwerkatlas-netzwerk.${f.name}`, describes: `Netzwerk als ${f.label}` }, status))),
      );
    const id = uid("export-metrics");
    const box = h("input", { type: "checkbox", id, checked: this.withMetrics }) as HTMLInputElement;
    box.addEventListener("change", () => ((this.withMetrics = box.checked), fill()));
    replace(
      this.exports,
      h("p", { class: "hint" }, (filtered ? "Das gefilterte Netzwerk" : "Das ganze Netzwerk") + (this.part ? " (nicht nur der gezeigte Ausschnitt):" : ":")),
      this.canAnalyse ? h("div", { class: "check" }, box, " ", h("label", { for: id }, "mit Kennzahlen (GEXF, GraphML, XLSX)")) : null,
      pseudonymizeBox(this.pseudonymized, (on) => ((this.pseudonymized = on), fill())),
      links,
      status,
    );
    fill();
  }

  private async setColor(by: ColorBy): Promise<void> {
    this.colorBy = by;
    replace(this.notice);
    if (by === "community" && !this.membership) {
      try {
        this.membership = readCommunities(await get("/analysis/communities", stateParams())).membership;
      } catch (err) {
        replace(this.notice, errorBox(err, "Die Gemeinschaften"));
        this.membership = new Map();
      }
    }
    this.redraw();
  }

  private setSize(v: string): void {
    this.sizeBy = v;
    this.redraw();
  }

  /** loadMetrics offers the analysis metrics for sizing once the endpoint answers. */
  private async loadMetrics(): Promise<void> {
    try {
      this.metrics = await loadActorMetrics();
    } catch {
      return; // the size stays by degree; the Kennzahlen view explains a missing endpoint
    }
    const sel = this.sizeSelect.querySelector("select")!;
    for (const m of this.metrics.metrics) if (m.code !== "degree") sel.append(h("option", { value: m.code }, m.label));
  }

  private setHover(node: string | null): void {
    this.hovered = node;
    this.refocus();
  }

  /** select makes node the selected actor (null: none) and shows its partners. */
  select(node: string | null, center = false): void {
    this.selected = node && this.visible(node) ? node : null;
    this.pair = null;
    this.refocus();
    this.updateDetail();
    if (center && this.selected) {
      const d = this.sigma.getNodeDisplayData(this.selected);
      if (d) this.sigma.getCamera().animate({ x: d.x, y: d.y, ratio: 0.4 }, { duration: 400 });
    }
  }

  /** highlight shows a pair of actors (a coupling potential) and their partners. */
  highlight(ids: string[]): void {
    this.pair = new Set(ids.filter((id) => this.visible(id)));
    this.selected = null;
    this.refocus();
    replace(
      this.detail,
      h("h2", {}, "Gezeigtes Paar"),
      h("ul", {}, [...this.pair].map((id) => h("li", {}, h("a", { href: `/akteure/${encodeURIComponent(id)}`, "data-link": true }, this.ds.nodeData.get(id)!.label)))),
    );
  }

  private refocus(refresh = true): void {
    const center = this.hovered ?? this.selected;
    if (this.pair && !this.pair.size) this.pair = null;
    if (center && this.visible(center)) this.focus = new Set([center, ...this.partners(center)]);
    else if (this.pair) {
      this.focus = new Set(this.pair);
      for (const id of this.pair) for (const n of this.partners(id)) this.focus.add(n);
    } else this.focus = null;
    if (refresh) this.sigma?.refresh({ skipIndexation: true });
  }

  private nodeLook(node: string, data: NodeDisplay): Partial<NodeDisplay> & Record<string, unknown> {
    if (!this.visible(node)) return { ...data, hidden: true };
    const look = { ...data, color: this.colors.colorOf(node), size: this.sizeOf(node), importance: this.importance.get(node) ?? 0 };
    if (!this.focus) return look;
    if (!this.focus.has(node)) return { ...look, color: dimmed, label: "", zIndex: 0 };
    const key = node === this.hovered || node === this.selected || this.pair?.has(node);
    return { ...look, zIndex: 1, forceLabel: true, highlighted: !!key };
  }

  private edgeLook(edge: string, data: EdgeDisplay): Partial<EdgeDisplay> & Record<string, unknown> {
    if (!this.selection.edges.has(edge)) return { ...data, hidden: true };
    if (!this.focus) return data;
    const [s, t] = this.graph.extremities(edge);
    const center = this.hovered ?? this.selected;
    const touches = center ? s === center || t === center : this.pair?.has(s) || this.pair?.has(t);
    return touches ? { ...data, color: "#3b4a5a", zIndex: 1 } : { ...data, hidden: true };
  }

  private updatePanels(): void {
    const nodes = this.selection.nodes.size;
    const edges = this.selection.edges.size;
    const pairs = pairCount([...this.selection.edges].map((e) => this.graph.extremities(e) as [string, string]));
    this.countLine.textContent = mapCountText(nodes, this.ds.nodes.length, pairs, stateOfDataset(this.ds));
    this.container.dataset.nodes = String(nodes);
    this.container.dataset.edges = String(edges);
    const legend = this.colors.legend(this.selection.nodes);
    replace(
      this.legend,
      h(
        "ul",
        { class: "legend-list" },
        legend.entries.map((e) =>
          h(
            "li",
            { "data-key": e.key, "data-count": String(e.count) },
            swatch(e.color),
            h("span", {}, `${e.label} (${fmt(e.count)})`, e.parts?.length ? h("span", { class: "legend-parts" }, e.parts.map((p) => `${p.label} ${fmt(p.count)}`).join(" · ")) : null),
          ),
        ),
      ),
      this.colorBy === "legal_domain"
        ? h(
            "p",
            { class: "hint legend-note" },
            `Farbe: Familie des ersten Rechtskreises. Gezählt wird jeder sichtbare Akteur bei jedem seiner Rechtskreise` +
              (legend.multiple ? `; ${fmt(legend.multiple)} von ${fmt(legend.total)} haben mehrere und zählen daher mehrfach.` : "."),
          )
        : null,
      h("p", { class: "hint" }, "Linienstärke: Intensität der Kooperation (1–4). Pfeile: gerichtete Kooperationen."),
    );
    this.updateDetail();
  }

  private updateDetail(): void {
    if (this.pair) return;
    if (!this.selected) {
      replace(this.detail, h("p", { class: "hint" }, "Klicken Sie auf einen Akteur oder suchen Sie ihn, um seine Partner hervorzuheben."));
      return;
    }
    const n = this.ds.nodeData.get(this.selected)!;
    const partners = this.partners(this.selected).sort((a, b) => this.ds.nodeData.get(a)!.label.localeCompare(this.ds.nodeData.get(b)!.label, "de"));
    const kind = labeller(this.tax.actor_kinds);
    const domain = labeller(this.tax.legal_domains);
    replace(
      this.detail,
      h("h2", {}, n.label),
      h("p", {}, kind(n.kind), " · ", n.legalDomains.map(domain).join(", ")),
      h("p", {}, h("a", { href: `/akteure/${encodeURIComponent(n.id)}`, "data-link": true }, "Akteursprofil öffnen")),
      h("h3", {}, `Partner (${partners.length})`),
      h("ul", { class: "partners" }, partners.map((p) => h("li", {}, h("button", { type: "button", class: "link", onclick: () => this.select(p, true) }, this.ds.nodeData.get(p)!.label)))),
      h("button", { type: "button", onclick: () => this.select(null) }, "Auswahl aufheben"),
    );
  }
}

