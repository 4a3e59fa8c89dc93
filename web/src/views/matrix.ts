// Kopplungsmatrix: a heat map legal domain × legal domain (or actor kind × actor kind)
// of the ties between the groups against what chance would give, for the whole network
// or one social space, with the weakly coupled pairs marked and explained. The server
// sends a social space's matrix only when asked (?social_space=), so the space is
// chosen by searching its name or by stepping down the hierarchy of spaces, which
// stays usable with thousands of them.

import { get } from "../api/client";
import { cellLookup, readCouplingReport, type CouplingCell, type CouplingMatrix, type CouplingReport } from "../api/analysis";
import type { SocialSpace } from "../api/types";
import { ratioColor } from "../graph/colors";
import { loadSpaces, stateParams } from "../state";
import { fmt, h, labelledSelect, replace, uid } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { errorBox, loading } from "../ui/status";
import { analysisPage } from "./analysisPage";

const title = "Kopplungsmatrix";

type Measure = "ratio" | "density_ratio";

const measureLabels: Record<Measure, string> = {
  ratio: "Beobachtet ÷ erwartet",
  density_ratio: "Dichte ÷ Dichte des Gesamtnetzes",
};

type Subset = "legal_domains" | "actor_kinds" | "space";

const subsetLabels: Record<Subset, string> = {
  legal_domains: "Rechtskreise im Gesamtnetz",
  actor_kinds: "Akteursarten im Gesamtnetz",
  space: "Rechtskreise in einem Sozialraum",
};

/** maxHits bounds the spaces a search lists. */
const maxHits = 12;

export function matrixView(main: HTMLElement, _p: string[] = [], query = new URLSearchParams()): Promise<void> {
  return analysisPage(
    main,
    title,
    "Wie stark sind die Rechtskreise miteinander verbunden? Jede Zelle vergleicht die Kooperationen zwischen Akteuren zweier Rechtskreise mit dem, was bei zufälliger Verteilung zu erwarten wäre: 1 heißt so viel wie erwartet, rote Zellen deutlich weniger (Versäulung), blaue mehr.",
    "/analysis/coupling-matrix",
    async (body, data) => {
      const report = readCouplingReport(data);
      const spaces = await loadSpaces();
      let space = spaces.some((s) => s.id === query.get("social_space")) ? query.get("social_space")! : "";
      let subset: Subset = space ? "space" : "legal_domains";
      let measure: Measure = "ratio";
      const out = h("div", {});
      const path = location.pathname;
      let request = 0;
      const draw = async () => {
        const mine = ++request;
        picker.box.hidden = subset !== "space";
        const qs = new URLSearchParams(stateParams());
        if (subset === "space" && space) qs.set("social_space", space);
        if (location.pathname === path) history.replaceState(history.state, "", path + (qs.toString() ? "?" + qs : ""));
        if (subset !== "space") {
          const sub = subset === "legal_domains" ? { label: subsetLabels.legal_domains, groups: "Rechtskreis", matrix: report.legal_domains } : { label: subsetLabels.actor_kinds, groups: "Akteursart", matrix: report.actor_kinds };
          drawMatrix(out, report, sub, measure);
          return;
        }
        picker.show(space);
        if (!space) {
          replace(out, h("p", {}, "Wählen Sie einen Sozialraum: Suchen Sie ihn mit seinem Namen oder wählen Sie ihn schrittweise von oben nach unten."));
          return;
        }
        replace(out, loading("Die Matrix des Sozialraums"));
        let r: CouplingReport;
        try {
          r = readCouplingReport(await get("/analysis/coupling-matrix", { ...stateParams(), social_space: space }));
        } catch (err) {
          if (mine === request) replace(out, errorBox(err, "Die Matrix des Sozialraums"));
          return;
        }
        if (mine !== request || !r.social_space) return;
        const sp = r.social_space;
        drawMatrix(out, r, { label: `Rechtskreise in ${sp.name} (${fmt(sp.actors)} Akteure)`, groups: "Rechtskreis", matrix: sp.legal_domains }, measure);
      };
      const picker = spacePicker(spaces, (id) => ((space = id), void draw()));
      body.append(
        h(
          "form",
          { class: "filters inline", "aria-label": "Auswahl", onsubmit: (e: Event) => e.preventDefault() },
          labelledSelect("Ausschnitt", "subset", (Object.keys(subsetLabels) as Subset[]).map((k) => ({ value: k, label: subsetLabels[k] })), subset, null, (v) => ((subset = v as Subset), void draw())),
          labelledSelect("Wert", "measure", (Object.keys(measureLabels) as Measure[]).map((m) => ({ value: m, label: measureLabels[m] })), measure, null, (v) => ((measure = v as Measure), void draw())),
        ),
        picker.box,
        out,
      );
      await draw();
    },
  );
}

/**
 * spacePicker lets the user choose one of many social spaces: by a search over the
 * names (at most maxHits hits, names that start with the text first) or by stepping
 * through the hierarchy (the chosen space's path upwards, and a list of the spaces
 * directly within it). choose is called with the chosen space's ID.
 */
function spacePicker(spaces: SocialSpace[], choose: (id: string) => void): { box: HTMLElement; show: (id: string) => void } {
  const byId = new Map(spaces.map((s) => [s.id, s]));
  const children = new Map<string, SocialSpace[]>();
  for (const s of spaces) {
    const parent = s.parent_id && byId.has(s.parent_id) ? s.parent_id : "";
    children.set(parent, [...(children.get(parent) ?? []), s]);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, "de"));
  const parentName = (s: SocialSpace) => (s.parent_id ? byId.get(s.parent_id)?.name : undefined);
  const label = (s: SocialSpace) => (parentName(s) ? `${s.name} (in ${parentName(s)})` : s.name);

  const searchId = uid("space-search");
  const results = h("ul", { class: "results", id: searchId + "-results", "aria-label": "Gefundene Sozialräume" });
  const hits = h("p", { class: "hint", role: "status" });
  const search = h("input", { id: searchId, type: "search", autocomplete: "off", "aria-controls": results.id, placeholder: "Name eingeben" }) as HTMLInputElement;
  search.addEventListener("input", () => {
    const text = search.value.trim().toLocaleLowerCase("de");
    if (!text) {
      replace(results);
      replace(hits);
      return;
    }
    const found = spaces.filter((s) => s.name.toLocaleLowerCase("de").includes(text));
    found.sort((a, b) => Number(!a.name.toLocaleLowerCase("de").startsWith(text)) - Number(!b.name.toLocaleLowerCase("de").startsWith(text)) || a.name.localeCompare(b.name, "de"));
    replace(
      results,
      found.slice(0, maxHits).map((s) => h("li", {}, h("button", { type: "button", class: "link", onclick: () => choose(s.id) }, label(s)))),
    );
    replace(hits, found.length === 0 ? "Kein Sozialraum gefunden." : found.length > maxHits ? `${fmt(found.length)} Treffer, die ersten ${maxHits} sind gezeigt – genauer suchen grenzt ein.` : `${found.length} Treffer.`);
  });

  const path = h("nav", { "aria-label": "Gewählter Sozialraum und die Gebiete darüber", class: "space-path" });
  const within = h("div", {});
  const show = (id: string) => {
    const chain: SocialSpace[] = [];
    for (let s = byId.get(id); s && !chain.includes(s); s = s.parent_id ? byId.get(s.parent_id) : undefined) chain.unshift(s);
    replace(
      path,
      chain.length
        ? h(
            "ol",
            { class: "breadcrumb" },
            chain.map((s) => h("li", {}, s.id === id ? h("span", { "aria-current": "location" }, s.name) : h("button", { type: "button", class: "link", onclick: () => choose(s.id) }, s.name))),
          )
        : null,
    );
    const below = children.get(id) ?? [];
    replace(
      within,
      below.length
        ? labelledSelect(id ? `Darin liegende Sozialräume (${fmt(below.length)})` : "Oberste Ebene", "within", below.map((s) => ({ value: s.id, label: s.name })), "", "Bitte wählen", (v) => v && choose(v))
        : null,
    );
  };
  const box = h(
    "section",
    { class: "space-picker", "aria-labelledby": searchId + "-heading" },
    h("h2", { id: searchId + "-heading" }, "Sozialraum wählen"),
    h("div", { class: "field" }, h("label", { for: searchId }, "Sozialraum suchen"), search),
    hits,
    results,
    path,
    within,
  );
  return { box, show };
}

interface Shown {
  label: string;
  groups: string;
  matrix: CouplingMatrix;
}

function drawMatrix(out: HTMLElement, report: CouplingReport, sub: Shown, measure: Measure): void {
  const m = sub.matrix;
  const cell = cellLookup(m);
  const label = new Map(m.groups.map((g) => [g.code, g.label]));
  const groups = m.groups.filter((g) => g.actors > 0).map((g) => ({ key: g.code, label: `${g.label} (${g.actors})` }));
  const weak = m.cells.filter((c) => c.weak).length;
  const t = report.thresholds;
  replace(
    out,
    m.groups.length
      ? heatmap({
          caption: `Kopplungsmatrix ${sub.groups} × ${sub.groups}, ${sub.label}: ${measureLabels[measure]}`,
          rows: groups,
          cols: groups,
          value: (a, b) => cell(a, b)?.[measure] ?? null,
          color: ratioColor,
          format: (v) => fmt(v, 2),
          title: (a, b) => describe(cell(a, b), label.get(a) ?? a, label.get(b) ?? b),
          flag: (a, b) => (cell(a, b)?.weak ? "schwach gekoppelt" : null),
        })
      : h("p", {}, "In diesem Ausschnitt gibt es keine Akteure."),
    h(
      "p",
      { class: "hint" },
      `Zahlen in Klammern: Akteure der Gruppe. Dichte des Netzes: ${fmt(m.density, 3)}. „–“: kein Wert (keine möglichen Paare oder nichts zu erwarten). `,
      `„!“ und Rahmen: schwach gekoppelt – höchstens ${fmt(t.max_ratio * 100, 0)} % der erwarteten Kooperationen, wo mindestens ${fmt(t.min_expected)} zu erwarten wären (${weak} Paare).`,
    ),
    m.notes.length
      ? h("section", { "aria-labelledby": "weak-notes" }, h("h2", { id: "weak-notes" }, "Schwach gekoppelte Paare"), h("ul", { class: "notes" }, m.notes.map((n) => h("li", {}, n))))
      : h("p", {}, "In diesem Ausschnitt ist kein Paar auffällig schwach gekoppelt."),
  );
}

function describe(c: CouplingCell | null, a: string, b: string): string {
  if (!c) return `${a} – ${b}: keine möglichen Paare`;
  return `${a} – ${b}: ${fmt(c.ties)} Kooperationen bei ${fmt(c.pairs)} möglichen Paaren, erwartet ${fmt(c.expected, 1)} (Verhältnis ${fmt(c.ratio, 2)}); Dichte ${fmt(c.density, 3)}, das ${fmt(c.density_ratio, 2)}-Fache des Gesamtnetzes${c.weak ? "; schwach gekoppelt" : ""}`;
}
