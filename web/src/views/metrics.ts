// Kennzahlen: sortable tables of the actor metrics and the figures of the whole
// network, exportable as CSV (in the browser) and XLSX (from the server).

import { authHeaders, get, url } from "../api/client";
import { readActorMetrics, readNetworkFigures, type ActorMetricRow, type ActorMetrics } from "../api/analysis";
import { download, toCSV } from "../lib/csv";
import { loadDataset, loadDefinitions } from "../state";
import { fmt, h, replace } from "../ui/dom";
import { errorBox } from "../ui/status";
import { sortableTable, type Column } from "../ui/table";
import { analysisPage } from "./analysisPage";

/** totals labels the counts of the network figures that need no explanation. */
const totals = { actors: "Akteure", ties: "Kooperationen (Beziehungen)", largest_component: "Akteure im größten Teilnetz" };

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
      const name = (r: ActorMetricRow) => r.name || ds?.nodeData.get(r.actorId)?.label || r.actorId;
      const cols: Column<ActorMetricRow>[] = [
        { key: "name", label: "Akteur", value: name, cell: (r) => h("a", { href: `/akteure/${encodeURIComponent(r.actorId)}`, "data-link": true }, name(r)) },
        ...m.metrics.map((d) => ({ key: d.code, label: d.label, title: d.description, numeric: true, value: (r: ActorMetricRow) => r.values[d.code] ?? null, cell: (r: ActorMetricRow) => fmt(r.values[d.code]) })),
      ];
      const status = h("div", { role: "status" });
      const network = h("section", { "aria-labelledby": "nw" }, h("h2", { id: "nw" }, "Das ganze Netzwerk"));
      body.append(
        h(
          "div",
          { class: "tools" },
          h("button", { type: "button", onclick: () => exportCSV(m, name) }, "Als CSV herunterladen"),
          h("button", { type: "button", onclick: () => void exportXLSX(status) }, "Als XLSX herunterladen"),
        ),
        status,
        network,
        h("section", { "aria-labelledby": "ak" }, h("h2", { id: "ak" }, "Akteure"), sortableTable(m.rows, cols, { caption: "Kennzahlen der Akteure", sortKey: m.metrics[0]?.code ?? "name", descending: true, limit: 500 })),
        h("section", { "aria-labelledby": "def" }, h("h2", { id: "def" }, "Was die Kennzahlen bedeuten"), h("dl", { class: "facts" }, m.metrics.map((d) => [h("dt", {}, d.label), h("dd", {}, d.description || "–")]))),
      );
      try {
        const figures = readNetworkFigures(await get("/analysis/network"), defs, totals);
        network.append(h("dl", { class: "facts" }, figures.map((f) => [h("dt", {}, f.label), h("dd", {}, typeof f.value === "number" ? fmt(f.value) : f.value, f.description ? h("span", { class: "explain" }, f.description) : null)])));
      } catch (err) {
        network.append(errorBox(err, "Die Netzwerkkennzahlen"));
      }
    },
  );
}

function exportCSV(m: ActorMetrics, name: (r: ActorMetricRow) => string): void {
  const header = ["ID", "Akteur", ...m.metrics.map((d) => d.label)];
  const rows = m.rows.map((r) => [r.actorId, name(r), ...m.metrics.map((d) => r.values[d.code] ?? null)]);
  download("kennzahlen.csv", toCSV(header, rows), "text/csv;charset=utf-8");
}

/** exportXLSX asks the server for the metrics as a spreadsheet. */
async function exportXLSX(status: HTMLElement): Promise<void> {
  replace(status, "XLSX-Datei wird erzeugt …");
  try {
    const res = await fetch(url("/analysis/actors", { format: "xlsx" }), { headers: { Accept: XLSX, ...authHeaders() } });
    if (!res.ok || !(res.headers.get("Content-Type") ?? "").includes("spreadsheetml")) {
      replace(status, h("p", { class: "notice" }, "Der XLSX-Export ist auf diesem Server noch nicht verfügbar. Bitte nutzen Sie den CSV-Export."));
      return;
    }
    download("kennzahlen.xlsx", await res.blob(), XLSX);
    replace(status, "XLSX-Datei heruntergeladen.");
  } catch {
    replace(status, h("p", { class: "error" }, "Der Server ist nicht erreichbar."));
  }
}
