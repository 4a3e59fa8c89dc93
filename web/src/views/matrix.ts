// Kopplungsmatrix: a heat map legal domain × legal domain (or actor kind × actor kind)
// of the ties between the groups against what chance would give, for the whole network
// or one social space, with the weakly coupled pairs marked and explained.

import { cellLookup, readCouplingReport, type CouplingCell, type CouplingMatrix, type CouplingReport } from "../api/analysis";
import { ratioColor } from "../graph/colors";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { keepParam, viewParam } from "../ui/viewParams";
import { analysisPage } from "./analysisPage";

type Measure = "ratio" | "density_ratio";

const measureLabels: Record<Measure, string> = {
  ratio: "Beobachtet ÷ erwartet",
  density_ratio: "Dichte ÷ Dichte des Gesamtnetzes",
};

export function matrixView(main: HTMLElement): Promise<void> {
  return analysisPage(
    main,
    "Kopplungsmatrix",
    "Wie stark sind die Rechtskreise miteinander verbunden? Jede Zelle vergleicht die Kooperationen zwischen Akteuren zweier Rechtskreise mit dem, was bei zufälliger Verteilung zu erwarten wäre: 1 heißt so viel wie erwartet, rote Zellen deutlich weniger (Versäulung), blaue mehr.",
    "/analysis/coupling-matrix",
    (body, data) => {
      const report = readCouplingReport(data);
      const views = subsets(report);
      let view = viewParam("subset", views.map((v) => v.key), views[0].key);
      let measure = viewParam("measure", Object.keys(measureLabels) as Measure[], "ratio");
      const out = h("div", {});
      const draw = () => drawMatrix(out, report, views.find((v) => v.key === view)!, measure);
      body.append(
        h(
          "form",
          { class: "filters inline", "aria-label": "Auswahl", onsubmit: (e: Event) => e.preventDefault() },
          labelledSelect("Ausschnitt", "subset", views.map((v) => ({ value: v.key, label: v.label })), view, null, (v) => (keepParam("subset", v, views[0].key), (view = v), draw())),
          labelledSelect("Wert", "measure", (Object.keys(measureLabels) as Measure[]).map((m) => ({ value: m, label: measureLabels[m] })), measure, null, (v) => (keepParam("measure", v, "ratio"), (measure = v as Measure), draw())),
        ),
        out,
      );
      draw();
    },
    { slug: "kopplungsmatrix", what: "Kopplungsmatrix" },
  );
}

interface Subset {
  key: string;
  label: string;
  groups: string;
  matrix: CouplingMatrix;
}

/** subsets lists the matrices of the answer: legal domains in the whole network and per social space, and actor kinds. */
function subsets(r: CouplingReport): Subset[] {
  return [
    { key: "legal_domains", label: "Rechtskreise im Gesamtnetz", groups: "Rechtskreis", matrix: r.legal_domains },
    ...r.social_spaces.map((sp) => ({ key: "space:" + sp.social_space, label: `Rechtskreise in ${sp.name} (${sp.actors} Akteure)`, groups: "Rechtskreis", matrix: sp.legal_domains })),
    { key: "actor_kinds", label: "Akteursarten im Gesamtnetz", groups: "Akteursart", matrix: r.actor_kinds },
  ];
}

function drawMatrix(out: HTMLElement, report: CouplingReport, sub: Subset, measure: Measure): void {
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
