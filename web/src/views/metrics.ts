// Kennzahlen: sortable tables of the actor metrics and the figures of the whole
// network, exportable as CSV and XLSX (made by the server, with the token).

import { get } from "../api/client";
import { isFlag, networkFigures, readActorMetrics, readNetwork, type ActorMetricRow } from "../api/analysis";
import { loadDataset, loadDefinitions, stateParams } from "../state";
import { fmt, h } from "../ui/dom";
import { downloadLink } from "../ui/download";
import { errorBox } from "../ui/status";
import { sortableTable, type Column } from "../ui/table";
import { analysisPage } from "./analysisPage";

export function metricsView(main: HTMLElement): Promise<void> {
  return analysisPage(
    main,
    "Kennzahlen",
    "Kennzahlen jedes Akteurs und des ganzen Netzwerks. Spaltenköpfe sortieren; die Erklärung einer Kennzahl erscheint beim Überfahren des Spaltenkopfs und unter der Tabelle.",
    "/analysis/actors",
    async (body, data) => {
      const defs = await loadDefinitions();
      const m = readActorMetrics(data, defs);
      const ds = await loadDataset().catch(() => null);
      const name = (r: ActorMetricRow) => ds?.nodeData.get(r.actorId)?.label || r.actorId;
      const cols: Column<ActorMetricRow>[] = [
        { key: "name", label: "Akteur", value: name, cell: (r) => h("a", { href: `/akteure/${encodeURIComponent(r.actorId)}`, "data-link": true }, name(r)) },
        ...m.metrics.map((d) => ({ key: d.code, label: d.label, title: d.explanation, numeric: true, value: (r: ActorMetricRow) => r.values[d.code] ?? null, cell: (r: ActorMetricRow) => (isFlag(d.code) ? (r.values[d.code] ? "ja" : "nein") : fmt(r.values[d.code])) })),
      ];
      const status = h("div", { role: "status", class: "download-status" });
      const network = h("section", { "aria-labelledby": "nw" }, h("h2", { id: "nw" }, "Das ganze Netzwerk"));
      if (m.approximate || m.notes.length)
        body.append(h("div", { class: "notice" }, m.approximate ? h("p", {}, "Die Vermittlungsposition ist bei diesem großen Netzwerk geschätzt.") : null, m.notes.map((n) => h("p", {}, n))));
      body.append(
        h(
          "div",
          { class: "tools downloads" },
          downloadLink({ label: "Als CSV herunterladen", path: "/analysis/actors", query: { format: "csv", ...stateParams() }, fileName: "kennzahlen.csv", describes: "Kennzahlen als CSV" }, status),
          downloadLink({ label: "Als XLSX herunterladen", path: "/analysis/actors", query: { format: "xlsx", ...stateParams() }, fileName: "kennzahlen.xlsx", describes: "Kennzahlen als XLSX" }, status),
        ),
        status,
        network,
        h("section", { "aria-labelledby": "ak" }, h("h2", { id: "ak" }, "Akteure"), sortableTable(m.rows, cols, { caption: "Kennzahlen der Akteure", sortKey: m.metrics[0]?.code ?? "name", descending: true, limit: 500 })),
        h("section", { "aria-labelledby": "def" }, h("h2", { id: "def" }, "Was die Kennzahlen bedeuten"), h("dl", { class: "facts" }, m.metrics.map((d) => [h("dt", {}, d.label), h("dd", {}, d.explanation || "–", d.reference ? h("span", { class: "explain" }, "Definition: ", d.reference) : null)]))),
      );
      try {
        const figures = networkFigures(readNetwork(await get("/analysis/network", stateParams())), defs);
        network.append(h("dl", { class: "facts" }, figures.map((f) => [h("dt", {}, f.label), h("dd", {}, f.value === null ? "nicht bestimmt" : fmt(f.value), f.explanation ? h("span", { class: "explain" }, f.explanation) : null)])));
      } catch (err) {
        network.append(errorBox(err, "Die Netzwerkkennzahlen"));
      }
    },
  );
}
