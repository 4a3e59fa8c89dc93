// Angebotslücken: need against supply per social space and field of action, as a heat
// map and as a map of the social spaces drawn from their GeoJSON boundaries.

import { get } from "../api/client";
import { readGaps, type Gap } from "../api/analysis";
import type { SocialSpace, Taxonomy } from "../api/types";
import { coverageColor } from "../graph/colors";
import { bounds, centroid, projection, svgPath } from "../lib/geo";
import { labeller, loadSpaces, loadTaxonomy, options } from "../state";
import { fmt, h, labelledSelect, replace, s } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { errorBox, loading } from "../ui/status";

const title = "Angebotslücken";

export async function gapsView(main: HTMLElement): Promise<void> {
  const heat = h("section", { "aria-labelledby": "hm" }, h("h2", { id: "hm" }, "Bedarf und Angebot je Sozialraum und Handlungsfeld"), loading("Die Lücken"));
  const mapBox = h("section", { "aria-labelledby": "km" }, h("h2", { id: "km" }, "Karte der Sozialräume"), loading("Die Karte"));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Wo fehlen Angebote? Der Deckungsgrad ist das vorhandene Angebot geteilt durch den geplanten Bedarf: unter 100 % ist eine Lücke."),
    h("div", { class: "columns" }, mapBox, heat),
  );
  let tax: Taxonomy, spaces: SocialSpace[];
  try {
    [tax, spaces] = await Promise.all([loadTaxonomy(), loadSpaces()]);
  } catch (err) {
    replace(heat, errorBox(err, "Die Sozialräume"));
    replace(mapBox);
    return;
  }
  let gaps: Gap[] | null = null;
  try {
    gaps = readGaps(await get("/analysis/gaps"));
  } catch (err) {
    replace(heat, h("h2", { id: "hm" }, "Bedarf und Angebot je Sozialraum und Handlungsfeld"), errorBox(err, title));
  }
  const field = labeller(tax.fields);
  const spaceName = new Map(spaces.map((sp) => [sp.id, sp.name]));
  if (gaps) {
    const cell = new Map(gaps.map((g) => [g.space + "|" + g.field, g]));
    const spaceIds = spaces.filter((sp) => gaps!.some((g) => g.space === sp.id)).map((sp) => sp.id);
    const fieldIds = tax.fields.map((t) => t.code).filter((c) => gaps!.some((g) => g.field === c));
    replace(
      heat,
      h("h2", { id: "hm" }, "Bedarf und Angebot je Sozialraum und Handlungsfeld"),
      gaps.length
        ? heatmap({
            caption: "Deckungsgrad (Angebot ÷ Bedarf) je Sozialraum und Handlungsfeld",
            rows: spaceIds.map((id) => ({ key: id, label: spaceName.get(id) ?? id })),
            cols: fieldIds.map((c) => ({ key: c, label: field(c) })),
            value: (r, c) => cell.get(r + "|" + c)?.ratio ?? null,
            color: (v) => coverageColor(v),
            format: (v) => fmt(v * 100, 0) + " %",
            title: (r, c) => describe(cell.get(r + "|" + c), spaceName.get(r) ?? r, field(c)),
          })
        : h("p", {}, "Es sind keine Bedarfe erfasst, daher gibt es nichts zu vergleichen."),
      coverageLegend(),
    );
  }
  drawMap(mapBox, spaces, gaps, tax);
}

function describe(g: Gap | undefined, space: string, field: string): string {
  if (!g) return `${space}, ${field}: kein Bedarf erfasst`;
  return `${space}, ${field}: Angebot ${fmt(g.supply)} bei Bedarf ${fmt(g.need)}${g.explanation ? " – " + g.explanation : ""}`;
}

function coverageLegend(): HTMLElement {
  return h(
    "ul",
    { class: "legend-list inline", "aria-label": "Farblegende Deckungsgrad" },
    [0, 0.25, 0.5, 0.75, 1].map((v) => {
      const sw = h("span", { class: "swatch", "aria-hidden": "true" });
      sw.style.backgroundColor = coverageColor(v);
      return h("li", {}, sw, v === 1 ? "100 % und mehr" : `${v * 100} %`);
    }),
    h("li", {}, (() => {
      const sw = h("span", { class: "swatch", "aria-hidden": "true" });
      sw.style.backgroundColor = coverageColor(null);
      return sw;
    })(), "kein Bedarf erfasst"),
  );
}

/** drawMap draws the social spaces of the lowest level that has boundaries, coloured by the coverage of the chosen field (or the lowest of all fields). */
function drawMap(box: HTMLElement, spaces: SocialSpace[], gaps: Gap[] | null, tax: Taxonomy): void {
  const withBoundary = spaces.filter((sp) => sp.boundary);
  const levels = tax.space_levels.map((l) => l.code).filter((l) => withBoundary.some((sp) => sp.level === l));
  const heading = h("h2", { id: "km" }, "Karte der Sozialräume");
  if (!levels.length) {
    replace(box, heading, h("p", {}, "Für die Sozialräume sind keine Grenzen hinterlegt."));
    return;
  }
  let level = levels[levels.length - 1];
  let fieldCode = "";
  const svgBox = h("div", { class: "geo" });
  const table = h("div", {});
  const draw = () => {
    const shown = withBoundary.filter((sp) => sp.level === level);
    const b = bounds(shown.map((sp) => sp.boundary));
    if (!b) return;
    const W = 520, H = 520;
    const project = projection(b, W, H);
    const ratio = (id: string): number | null => {
      if (!gaps) return null;
      const mine = gaps.filter((g) => (g.space === id || isWithin(spaces, g.space, id)) && (!fieldCode || g.field === fieldCode) && g.ratio !== null);
      return mine.length ? Math.min(...mine.map((g) => g.ratio!)) : null;
    };
    replace(
      svgBox,
      s(
        "svg",
        { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Karte der Sozialräume (${shown.length}), gefärbt nach Deckungsgrad` },
        shown.map((sp) => {
          const r = ratio(sp.id);
          return s("path", { d: svgPath(sp.boundary, project), fill: coverageColor(r), stroke: "#333", "stroke-width": 1, "data-space": sp.id }, s("title", {}, `${sp.name}: ${r === null ? "kein Bedarf erfasst" : "Deckungsgrad " + fmt(r * 100, 0) + " %"}`));
        }),
        shown.map((sp) => {
          const c = centroid(sp.boundary);
          if (!c) return null;
          const [x, y] = project(c[0], c[1]);
          return s("text", { x, y, "text-anchor": "middle", class: "geo-label" }, sp.name);
        }),
      ),
    );
    replace(
      table,
      h(
        "details",
        {},
        h("summary", {}, "Werte der Karte als Liste"),
        h("ul", {}, shown.map((sp) => h("li", {}, `${sp.name}: ${ratio(sp.id) === null ? "kein Bedarf erfasst" : fmt(ratio(sp.id)! * 100, 0) + " %"}`))),
      ),
    );
  };
  replace(
    box,
    heading,
    h(
      "form",
      { class: "filters inline", onsubmit: (e: Event) => e.preventDefault() },
      labelledSelect("Handlungsfeld", "map_field", options(tax.fields), "", "Alle (niedrigster Wert)", (v) => ((fieldCode = v), draw())),
      levels.length > 1 ? labelledSelect("Ebene", "map_level", tax.space_levels.filter((l) => levels.includes(l.code)).map((l) => ({ value: l.code, label: l.label })), level, null, (v) => ((level = v), draw())) : null,
    ),
    svgBox,
    table,
  );
  draw();
}

/** isWithin reports whether space lies below ancestor in the hierarchy. */
function isWithin(spaces: SocialSpace[], space: string, ancestor: string): boolean {
  const parent = new Map(spaces.map((sp) => [sp.id, sp.parent_id ?? ""]));
  for (let p = parent.get(space); p; p = parent.get(p)) if (p === ancestor) return true;
  return false;
}
