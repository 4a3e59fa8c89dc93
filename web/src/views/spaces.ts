// Sozialräume: how well the actors serving each social space are connected among
// themselves (GET /analysis/social-spaces), as a sortable table and as a map of the
// social spaces coloured by the chosen figure.

import { get } from "../api/client";
import { readSpaceMetrics, spaceFigures, type MetricDef, type SpaceFigure, type SpaceMetrics, type SpaceReport } from "../api/analysis";
import type { SocialSpace, Taxonomy } from "../api/types";
import { blues, ratioColor, scale } from "../graph/colors";
import { stateOf } from "../api/time";
import { labeller, loadDefinitions, loadSpaces, loadTaxonomy, stateParams } from "../state";
import { stateLine, stateSelect } from "../ui/stateSelect";
import { fmt, h, labelledSelect, replace, swatch } from "../ui/dom";
import { levelSelect, mapLevels, spaceMap } from "../ui/spacemap";
import { errorBox, loading } from "../ui/status";
import { tableDownloads } from "../ui/download";
import { saveViewForm } from "./savedViews";
import { keepParam, viewParam } from "../ui/viewParams";
import { sortableTable, type Column } from "../ui/table";

const title = "Sozialräume";

interface FigureText {
  label: string;
  explanation: string;
  /** def is the code of the definition whose explanation is used, if any. */
  def?: string;
  digits?: number;
}

/** figureTexts labels and explains the figures of analysis.SpaceMetrics in German. */
export const figureTexts: Record<SpaceFigure, FigureText> = {
  actors: { label: "Akteure", explanation: "Akteure, die den Sozialraum versorgen, einschließlich landkreisweit tätiger.", digits: 0 },
  local_actors: { label: "davon vor Ort", explanation: "Akteure, deren eigene Sozialräume in diesem Gebiet liegen (ohne landkreisweit tätige).", digits: 0 },
  ties: { label: "Kooperationen", explanation: "Kooperationen zwischen den Akteuren, die den Sozialraum versorgen.", digits: 0 },
  density: { label: "Dichte", explanation: "", def: "density" },
  components: { label: "Getrennte Teilnetze", explanation: "", def: "components", digits: 0 },
  largest_component: { label: "Größtes Teilnetz", explanation: "Akteure im größten zusammenhängenden Teilnetz des Sozialraums.", digits: 0 },
  mean_degree: { label: "Kooperationen je Akteur", explanation: "Mittlere Zahl der Partner eines Akteurs innerhalb des Sozialraums.", digits: 2 },
  degree_centralization: { label: "Zentralisierung", explanation: "", def: "degree_centralization" },
  clustering: { label: "Geschlossenheit", explanation: "Mittlerer Clustering-Koeffizient: wie oft die Partner eines Akteurs auch untereinander kooperieren (0 bis 1)." },
  ei_index: { label: "Offenheit zwischen Rechtskreisen (E-I)", explanation: "", def: "ei_index" },
  local_density: { label: "Dichte vor Ort", explanation: "Dichte der Kooperationen unter den Akteuren vor Ort (ohne landkreisweit tätige)." },
  local_ratio: { label: "Vernetzung vor Ort", explanation: "", def: "gaps.local_ratio", digits: 2 },
};

/** explanation returns the figure's explanation: the server's definition where there is one. */
function explanation(f: SpaceFigure, defs: MetricDef[]): string {
  const t = figureTexts[f];
  return (t.def && defs.find((d) => d.code === t.def)?.explanation) || t.explanation;
}

/** figureColor colours values of a figure: the local ratio around 1 (as the density of the county), others from light to dark. */
export function figureColor(f: SpaceFigure, values: number[]): (v: number | null) => string {
  if (f === "local_ratio") return (v) => (v === null ? "#e0e0e0" : ratioColor(v));
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  return (v) => (v === null ? "#e0e0e0" : scale(blues, hi > lo ? (v - lo) / (hi - lo) : 0.5));
}

export async function spacesView(main: HTMLElement): Promise<void> {
  const mapBox = h("section", { "aria-labelledby": "sm" }, h("h2", { id: "sm" }, "Karte"), loading("Die Karte"));
  const tableBox = h("section", { "aria-labelledby": "st" }, h("h2", { id: "st" }, "Kennzahlen je Sozialraum"), loading("Die Kennzahlen"));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Wie gut sind die Akteure, die einen Sozialraum versorgen, untereinander vernetzt? Die Kennzahlen beziehen sich auf das Teilnetz dieser Akteure. „Vernetzung vor Ort“ unter 1 heißt: Die Akteure vor Ort kooperieren seltener miteinander als im Landkreis üblich."),
    stateSelect(),
    saveViewForm(),
    mapBox,
    tableBox,
  );
  let report: SpaceReport, spaces: SocialSpace[], tax: Taxonomy, defs: MetricDef[];
  try {
    [report, spaces, tax, defs] = await Promise.all([get("/analysis/social-spaces", stateParams()).then((d) => {
        const line = stateLine(stateOf(d, "/analysis/social-spaces"));
        if (line) mapBox.before(line);
        return readSpaceMetrics(d);
      }), loadSpaces(), loadTaxonomy(), loadDefinitions()]);
  } catch (err) {
    replace(tableBox, errorBox(err, title));
    replace(mapBox);
    return;
  }
  const level = labeller(tax.space_levels);
  const byId = new Map(report.social_spaces.map((m) => [m.social_space, m]));
  const value = (m: SpaceMetrics | undefined, f: SpaceFigure): number | null => (m ? m[f] : null);
  const show = (f: SpaceFigure, v: number | null) => (v === null ? "–" : fmt(v, figureTexts[f].digits ?? 3));

  const cols: Column<SpaceMetrics>[] = [
    { key: "name", label: "Sozialraum", value: (m) => m.name, cell: (m) => h("a", { href: `/sozialraeume/${encodeURIComponent(m.social_space)}`, "data-link": true, title: `Sozialraumprofil ${m.name}` }, m.name) },
    { key: "level", label: "Ebene", value: (m) => level(m.level) },
    ...spaceFigures.map((f) => ({ key: f, label: figureTexts[f].label, title: explanation(f, defs), numeric: true, value: (m: SpaceMetrics) => m[f], cell: (m: SpaceMetrics) => show(f, m[f]) })),
  ];
  replace(
    tableBox,
    h("h2", { id: "st" }, "Kennzahlen je Sozialraum"),
    tableDownloads("/analysis/social-spaces", stateParams(), "sozialraeume", "Kennzahlen je Sozialraum"),
    report.social_spaces.length
      ? sortableTable(report.social_spaces, cols, { caption: "Vernetzung je Sozialraum", sortKey: "local_ratio" })
      : h("p", {}, "Es sind keine Sozialräume erfasst."),
    h("p", { class: "hint" }, `Dichte des ganzen Netzwerks zum Vergleich: ${fmt(report.density)}.`),
    h("details", {}, h("summary", {}, "Was die Kennzahlen bedeuten"), h("dl", { class: "facts" }, spaceFigures.map((f) => [h("dt", {}, figureTexts[f].label), h("dd", {}, explanation(f, defs) || "–")]))),
  );

  const withBoundary = spaces.filter((sp) => sp.boundary && byId.has(sp.id));
  const levels = mapLevels(withBoundary, tax.space_levels);
  if (!levels.length) {
    replace(mapBox, h("h2", { id: "sm" }, "Karte"), h("p", {}, "Für die Sozialräume sind keine Grenzen hinterlegt."));
    return;
  }
  let figure = viewParam("space_figure", spaceFigures, "local_ratio");
  const defaultLevel = levels[levels.length - 1].code;
  let shownLevel = viewParam("space_level", levels.map((l) => l.code), defaultLevel);
  const svgBox = h("div", { class: "geo" });
  const legend = h("div", {});
  const list = h("div", {});
  const draw = () => {
    const f = figure;
    const shown = withBoundary.filter((sp) => sp.level === shownLevel);
    const values = shown.map((sp) => value(byId.get(sp.id), f)).filter((v): v is number => v !== null);
    const color = figureColor(f, values);
    const say = (sp: SocialSpace) => `${sp.name}: ${figureTexts[f].label} ${show(f, value(byId.get(sp.id), f))}`;
    const m = spaceMap({ spaces: shown, label: `Karte der Sozialräume (${shown.length}), gefärbt nach ${figureTexts[f].label}`, fill: (sp) => color(value(byId.get(sp.id), f)), say });
    if (!m) return;
    replace(svgBox, m.svg);
    replace(list, m.list);
    replace(legend, figureLegend(f, values, color, show));
  };
  replace(
    mapBox,
    h("h2", { id: "sm" }, "Karte"),
    h(
      "form",
      { class: "filters inline", "aria-label": "Auswahl der Karte", onsubmit: (e: Event) => e.preventDefault() },
      labelledSelect("Kennzahl", "space_figure", spaceFigures.map((f) => ({ value: f, label: figureTexts[f].label })), figure, null, (v) => (keepParam("space_figure", v, "local_ratio"), (figure = v as SpaceFigure), draw())),
      levelSelect("space_level", levels, shownLevel, (v) => (keepParam("space_level", v, defaultLevel), (shownLevel = v), draw())),
    ),
    svgBox,
    legend,
    list,
  );
  draw();
}

function figureLegend(f: SpaceFigure, values: number[], color: (v: number | null) => string, show: (f: SpaceFigure, v: number | null) => string): HTMLElement {
  const stops =
    f === "local_ratio"
      ? [0.25, 0.5, 1, 2, 4]
      : values.length
        ? [...new Set([Math.min(...values), (Math.min(...values) + Math.max(...values)) / 2, Math.max(...values)])]
        : [];
  return h(
    "ul",
    { class: "legend-list inline", "aria-label": `Farblegende ${figureTexts[f].label}` },
    stops.map((v) => h("li", {}, swatch(color(v)), f === "local_ratio" && v === 1 ? "1 (wie im Landkreis)" : show(f, v))),
    h("li", {}, swatch(color(null)), "nicht bestimmt"),
  );
}
