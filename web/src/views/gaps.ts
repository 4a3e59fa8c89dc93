// Angebotslücken: the supply per social space and field of action against the planners'
// needs, as a heat map, the social spaces on a map coloured by how well their needs are
// covered, and the gaps the server found, each explained.

import { get } from "../api/client";
import { gapKinds, lowestCoverage, measures, needsIn, readGaps, type Gap, type GapKind, type GapReport, type SupplyCell } from "../api/analysis";
import type { SocialSpace, Taxonomy } from "../api/types";
import { coverageColor } from "../graph/colors";
import { stateOf, type State } from "../api/time";
import { labeller, loadSpaces, loadTaxonomy, options, stateParams } from "../state";
import { stateLine, stateSelect } from "../ui/stateSelect";
import { fmt, h, labelledSelect, replace, swatch } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { levelSelect, mapLevels, spaceMap } from "../ui/spacemap";
import { sortableTable } from "../ui/table";
import { measureHref } from "./entities";
import { errorBox, loading } from "../ui/status";
import { tableDownloads } from "../ui/download";
import { saveViewForm } from "./savedViews";
import { keepParam, viewParam } from "../ui/viewParams";

const title = "Angebotslücken";

type Value = "coverage" | "offers" | "offers_per_1000" | "places_per_1000";

const values: Record<Value, string> = {
  coverage: "Deckungsgrad des Bedarfs",
  offers: "Anzahl Angebote",
  offers_per_1000: "Angebote je 1.000 Einwohner",
  places_per_1000: "Plätze je 1.000 Einwohner",
};

const pct = (v: number | null) => (v === null ? "–" : fmt(v * 100, 0) + " %");

export async function gapsView(main: HTMLElement): Promise<void> {
  const mapBox = h("section", { "aria-labelledby": "km" }, h("h2", { id: "km" }, "Karte der Sozialräume"), loading("Die Karte"));
  const spaceBox = h("section", { "aria-labelledby": "sr" }, h("h2", { id: "sr" }, "Bedarfe je Sozialraum"), loading("Die Bedarfe"));
  const heat = h("section", { "aria-labelledby": "hm" }, h("h2", { id: "hm" }, "Angebot je Sozialraum und Handlungsfeld"), loading("Die Übersicht"));
  const list = h("section", { "aria-labelledby": "gl" }, h("h2", { id: "gl" }, "Gefundene Lücken"), loading("Die Lücken"));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Wo fehlen Angebote? Der Deckungsgrad ist das vorhandene Angebot geteilt durch den Zielwert der Planung: unter 100 % ist eine Lücke. Landkreisweite Angebote zählen in jedem Sozialraum."),
    stateSelect(),
    saveViewForm(),
    h("div", { class: "columns" }, mapBox, spaceBox),
    heat,
    list,
  );
  let tax: Taxonomy, spaces: SocialSpace[];
  try {
    [tax, spaces] = await Promise.all([loadTaxonomy(), loadSpaces()]);
  } catch (err) {
    replace(mapBox, errorBox(err, "Die Sozialräume"));
    [spaceBox, heat, list].forEach((el) => replace(el));
    return;
  }
  let report: GapReport | null = null;
  let state: State | null = null;
  try {
    const data = await get("/analysis/gaps", stateParams());
    state = stateOf(data, "/analysis/gaps");
    const line = stateLine(state);
    if (line) mapBox.before(line);
    mapBox.before(tableDownloads("/analysis/gaps", stateParams(), "angebotsluecken", "Angebotslücken"));
    report = readGaps(data);
  } catch (err) {
    replace(heat, errorBox(err, title));
    [spaceBox, list].forEach((el) => replace(el));
  }
  const field = labeller(tax.fields);
  const group = labeller(tax.target_groups);
  const spaceName = new Map(spaces.map((sp) => [sp.id, sp.name]));
  const name = (id: string) => spaceName.get(id) ?? id;
  if (report) {
    drawHeat(heat, report, spaces, tax, name, field, group);
    drawSpaces(spaceBox, report);
    drawGaps(list, report.gaps, name, field, group, state);
  }
  drawMap(mapBox, spaces, report, tax);
}

/** drawHeat draws the social space × field heat map of the cells in the chosen value. */
function drawHeat(box: HTMLElement, r: GapReport, spaces: SocialSpace[], tax: Taxonomy, name: (id: string) => string, field: (c: string) => string, group: (c: string) => string): void {
  const rows = spaces.filter((sp) => r.cells.some((c) => c.social_space === sp.id)).map((sp) => ({ key: sp.id, label: sp.name }));
  const cols = tax.fields.filter((t) => r.cells.some((c) => c.field === t.code)).map((t) => ({ key: t.code, label: t.label }));
  // The cells for all target groups; the ones for a single group carry that group's need.
  const all = new Map(r.cells.filter((c) => !c.target_group).map((c) => [c.social_space + "|" + c.field, c]));
  let value = viewParam("heat_value", Object.keys(values) as Value[], "coverage");
  const out = h("div", {});
  const draw = () => {
    const v = value;
    const cov = v === "coverage";
    replace(
      out,
      heatmap({
        caption: `${values[v]} je Sozialraum und Handlungsfeld`,
        rows,
        cols,
        value: (sp, f) => (v === "coverage" ? lowestCoverage(needsIn(r.cells, sp, f)) : (all.get(sp + "|" + f)?.[v] ?? null)),
        color: cov ? (x) => coverageColor(x) : undefined,
        format: cov ? (x) => pct(x) : (x) => fmt(x, v === "offers" ? 0 : 2),
        title: (sp, f) => describeCell(name(sp), field(f), all.get(sp + "|" + f), needsIn(r.cells, sp, f), group),
      }),
      cov ? coverageLegend() : null,
      h("p", { class: "hint" }, cov ? "Je Zelle der niedrigste Deckungsgrad der erfassten Bedarfe (bei mehreren Zielgruppen); „–“: kein Bedarf erfasst." : "Angebote, die den Sozialraum versorgen, für alle Zielgruppen; „–“: keine Angabe (kein Angebot im Handlungsfeld oder keine Einwohnerzahl hinterlegt)."),
    );
  };
  replace(
    box,
    h("h2", { id: "hm" }, "Angebot je Sozialraum und Handlungsfeld"),
    h("form", { class: "filters inline", "aria-label": "Auswahl der Übersicht", onsubmit: (e: Event) => e.preventDefault() }, labelledSelect("Wert", "heat_value", (Object.keys(values) as Value[]).map((v) => ({ value: v, label: values[v] })), value, null, (v) => (keepParam("heat_value", v, "coverage"), (value = v as Value), draw()))),
    out,
  );
  draw();
}

function describeCell(space: string, field: string, all: SupplyCell | undefined, needs: SupplyCell[], group: (code: string) => string): string {
  const parts = [`${space}, ${field}: ${all ? `${fmt(all.offers)} Angebote mit ${fmt(all.capacity)} Plätzen` : "keine Angaben"}`];
  for (const c of needs) {
    const n = c.need!;
    parts.push(`Bedarf${c.target_group ? " für " + group(c.target_group) : ""}: ${measures[n.measure] ?? n.measure} ${fmt(n.value, 2)} bei Ziel ${fmt(n.target, 2)} (${pct(n.coverage)})`);
  }
  if (!needs.length) parts.push("kein Bedarf erfasst");
  return parts.join("; ");
}

/** drawSpaces lists the social spaces with needs, lowest coverage first. */
function drawSpaces(box: HTMLElement, r: GapReport): void {
  replace(
    box,
    h("h2", { id: "sr" }, "Bedarfe je Sozialraum"),
    r.social_spaces.length
      ? sortableTable(r.social_spaces, [
          { key: "name", label: "Sozialraum", value: (sp) => sp.name },
          { key: "needs", label: "Bedarfe", value: (sp) => sp.needs, numeric: true },
          { key: "unmet", label: "davon nicht gedeckt", value: (sp) => sp.needs_unmet, numeric: true },
          { key: "coverage", label: "Deckungsgrad", value: (sp) => sp.coverage, cell: (sp) => pct(sp.coverage), numeric: true, title: "Mittlerer Deckungsgrad der Bedarfe, jeder höchstens 100 %" },
        ], { caption: "Bedarfe und Deckungsgrad je Sozialraum", sortKey: "coverage" })
      : h("p", {}, "Es sind keine Bedarfe erfasst, daher gibt es nichts zu vergleichen."),
  );
}

/** drawGaps lists the gaps, most severe first, filterable by kind. */
function drawGaps(box: HTMLElement, gaps: Gap[], name: (id: string) => string, field: (c: string) => string, group: (c: string) => string, state: State | null): void {
  const kinds = (Object.keys(gapKinds) as GapKind[]).filter((k) => gaps.some((g) => g.kind === k));
  let kind: string = viewParam("gap_kind", kinds, "" as GapKind);
  const out = h("div", {});
  const draw = () => {
    const rows = gaps.filter((g) => !kind || g.kind === kind);
    replace(
      out,
      rows.length
        ? sortableTable(rows, [
            { key: "space", label: "Sozialraum", value: (g) => name(g.social_space) },
            { key: "kind", label: "Art", value: (g) => gapKinds[g.kind] ?? g.kind },
            { key: "field", label: "Handlungsfeld", value: (g) => (g.field ? field(g.field) : null) },
            { key: "group", label: "Zielgruppe", value: (g) => (g.target_group ? group(g.target_group) : null) },
            { key: "severity", label: "Schwere", value: (g) => g.severity, cell: (g) => pct(g.severity), numeric: true, title: "Fehlender Anteil am Ziel; 100 % bei fehlendem Angebot" },
            { key: "explanation", label: "Erklärung", value: (g) => g.explanation },
            {
              key: "measure",
              label: "Maßnahme",
              value: () => null,
              // A measure follows a gap in a field of action; a poorly connected space names none.
              cell: (g) =>
                g.field
                  ? h("a", { href: measureHref({ herkunft: "gap", sozialraum: g.social_space, feld: g.field, zielgruppe: g.target_group, titel: `Lücke schließen: ${field(g.field)} in ${name(g.social_space)}` }, state), "data-link": true, "aria-label": `Maßnahme anlegen: ${field(g.field)} in ${name(g.social_space)}` }, "Maßnahme anlegen")
                  : "–",
            },
          ], { caption: "Gefundene Lücken", sortKey: "severity", descending: true })
        : h("p", { role: "status" }, gaps.length ? "Keine Lücken dieser Art." : "Es wurden keine Lücken gefunden."),
    );
  };
  replace(
    box,
    h("h2", { id: "gl" }, "Gefundene Lücken"),
    h("form", { class: "filters inline", "aria-label": "Filter der Lücken", onsubmit: (e: Event) => e.preventDefault() }, labelledSelect("Art der Lücke", "gap_kind", kinds.map((k) => ({ value: k, label: `${gapKinds[k]} (${gaps.filter((g) => g.kind === k).length})` })), kind, "Alle", (v) => (keepParam("gap_kind", v), (kind = v), draw()))),
    out,
  );
  draw();
}

function coverageLegend(): HTMLElement {
  return h(
    "ul",
    { class: "legend-list inline", "aria-label": "Farblegende Deckungsgrad" },
    [0, 0.25, 0.5, 0.75, 1].map((v) => h("li", {}, swatch(coverageColor(v)), v === 1 ? "100 % und mehr" : `${v * 100} %`)),
    h("li", {}, swatch(coverageColor(null)), "kein Bedarf erfasst"),
  );
}

/**
 * drawMap draws the social spaces of the chosen level that have boundaries, coloured
 * by the mean coverage of the needs in and below them (each capped at 100 %, as the
 * server's figure per social space), for all fields or the chosen one.
 */
function drawMap(box: HTMLElement, spaces: SocialSpace[], report: GapReport | null, tax: Taxonomy): void {
  const withBoundary = spaces.filter((sp) => sp.boundary);
  const levels = mapLevels(withBoundary, tax.space_levels);
  const heading = h("h2", { id: "km" }, "Karte der Sozialräume");
  if (!levels.length) {
    replace(box, heading, h("p", {}, "Für die Sozialräume sind keine Grenzen hinterlegt."));
    return;
  }
  const parent = new Map(spaces.map((sp) => [sp.id, sp.parent_id ?? ""]));
  const within = (space: string, ancestor: string) => {
    for (let p: string | undefined = space; p; p = parent.get(p)) if (p === ancestor) return true;
    return false;
  };
  const serverCoverage = new Map((report?.social_spaces ?? []).map((sp) => [sp.social_space, sp.coverage]));
  const defaultLevel = levels[levels.length - 1].code;
  let level = viewParam("map_level", levels.map((l) => l.code), defaultLevel);
  let fieldCode: string = viewParam("map_field", tax.fields.map((t) => t.code), "");
  const coverage = (id: string): number | null => {
    if (!report) return null;
    if (!fieldCode && serverCoverage.has(id)) return serverCoverage.get(id)!;
    const v = report.cells.filter((c) => c.need?.coverage != null && within(c.social_space, id) && (!fieldCode || c.field === fieldCode)).map((c) => Math.min(1, c.need!.coverage!));
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  const svgBox = h("div", { class: "geo" });
  const table = h("div", {});
  const draw = () => {
    const say = (sp: SocialSpace) => {
      const r = coverage(sp.id);
      return `${sp.name}: ${r === null ? "kein Bedarf erfasst" : "Deckungsgrad " + pct(r)}`;
    };
    const shown = withBoundary.filter((sp) => sp.level === level);
    const m = spaceMap({ spaces: shown, label: `Karte der Sozialräume (${shown.length}), gefärbt nach Deckungsgrad`, fill: (sp) => coverageColor(coverage(sp.id)), say });
    if (!m) return;
    replace(svgBox, m.svg);
    replace(table, m.list);
  };
  replace(
    box,
    heading,
    h(
      "form",
      { class: "filters inline", "aria-label": "Auswahl der Karte", onsubmit: (e: Event) => e.preventDefault() },
      labelledSelect("Handlungsfeld", "map_field", options(tax.fields), fieldCode, "Alle", (v) => (keepParam("map_field", v), (fieldCode = v), draw())),
      levelSelect("map_level", levels, level, (v) => (keepParam("map_level", v, defaultLevel), (level = v), draw())),
    ),
    svgBox,
    table,
    h("p", { class: "hint" }, "Mittlerer Deckungsgrad der Bedarfe im Gebiet, jeder Bedarf höchstens 100 %."),
  );
  draw();
}
