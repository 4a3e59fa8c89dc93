// Kopplungsmatrix: a heat map legal domain × legal domain of the ties between them.

import { readMatrix } from "../api/analysis";
import { labeller, loadTaxonomy } from "../state";
import { fmt, h } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { analysisPage } from "./analysisPage";

export function matrixView(main: HTMLElement): Promise<void> {
  return analysisPage(
    main,
    "Kopplungsmatrix",
    "Wie stark sind die Rechtskreise miteinander verbunden? Jede Zelle zeigt die Kooperationen zwischen Akteuren zweier Rechtskreise; helle Zellen abseits der Diagonale deuten auf Versäulung.",
    "/analysis/coupling-matrix",
    async (body, data) => {
      const tax = await loadTaxonomy();
      const m = readMatrix(data);
      const label = labeller(tax.legal_domains);
      const order = (codes: string[]) => tax.legal_domains.map((t) => t.code).filter((c) => codes.includes(c)).concat(codes.filter((c) => !tax.legal_domains.some((t) => t.code === c)));
      body.append(
        heatmap({
          caption: `Kopplungsmatrix Rechtskreis × Rechtskreis${m.label ? ` (${m.label})` : ""}`,
          rows: order(m.rows).map((c) => ({ key: c, label: label(c) })),
          cols: order(m.cols).map((c) => ({ key: c, label: label(c) })),
          value: m.value,
          title: (r, c, v) => `${label(r)} – ${label(c)}: ${fmt(v)}`,
        }),
        h("p", { class: "hint" }, "Je dunkler die Zelle, desto mehr Verbindungen. „–“: keine Angabe."),
      );
    },
  );
}
