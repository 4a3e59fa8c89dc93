// The import wizard: choose one or more files, see the dry run's report (what would be
// created, updated or left unchanged, and every error and warning with its place in
// the file), correct the column mapping with drop-downs of German field names, then
// confirm the import, which is offered only when there are no errors. A changed file,
// format or mapping withdraws the confirmation; the server refuses a confirmation
// whose files differ from the dry run's (dry_run_token, 409).

import { allows } from "../api/auth";
import { get, request } from "../api/client";
import {
  countRows,
  errorsOf,
  mentionsSuggestion,
  readFields,
  readFormats,
  readImportReport,
  readRefusal,
  savedMappings,
  saveMapping,
  staleType,
  warningsOf,
  type ImportFormat,
  type ImportIssue,
  type ImportReport,
  type SheetColumns,
  type SheetFields,
} from "../api/imports";
import { ApiError } from "../api/problem";
import type { Taxonomy } from "../api/types";
import { currentUser, invalidate, loadTaxonomy } from "../state";
import { fmt, h, replace, uid } from "../ui/dom";
import { downloadLink } from "../ui/download";
import { errorBox, unavailable } from "../ui/status";
import { batchIdOf } from "../api/time";
import { undoImport } from "../ui/undo";

/** kindLabels names the kinds of entity in German (plural). */
export const kindLabels: Record<string, string> = {
  social_space: "Sozialräume",
  wave: "Erhebungswellen",
  actor: "Akteure",
  offer: "Angebote",
  need: "Bedarfe",
  cooperation: "Kooperationen",
};

interface Outcome {
  report: ImportReport;
  /** refused holds the server's German detail when the file was refused (422). */
  refused: string | null;
  /** batchId names the written batch, to revert it ("" for a dry run). */
  batchId?: string;
}

export async function importView(main: HTMLElement): Promise<void> {
  const me = await currentUser();
  main.append(
    h("h1", { tabindex: -1 }, "Daten importieren"),
    h("p", {}, h("a", { href: "/daten", "data-link": true }, "Zurück zu den Daten")),
  );
  const templateStatus = h("div", { role: "status", class: "download-status" });
  main.append(
    h(
      "section",
      { "aria-labelledby": "tpl-h", class: "template" },
      h("h2", { id: "tpl-h" }, "Vorlage"),
      h("p", {}, "Die Vorlage enthält ein Blatt je Datenart (Akteure, Angebote, Kooperationen, Sozialräume …) mit den erwarteten Spalten und ein Hilfeblatt mit den erlaubten Codes. Eigene Tabellen mit anderen Spaltennamen lassen sich ebenfalls einlesen."),
      h("p", {}, downloadLink({ label: "Vorlage herunterladen (XLSX)", path: "/imports/template", fileName: "netzwerkatlas-vorlage.xlsx", describes: "Importvorlage als XLSX" }, templateStatus)),
      templateStatus,
    ),
  );
  if (!allows(me?.role, "editor")) {
    main.append(h("p", { class: "notice" }, "Importieren dürfen nur angemeldete Personen mit der Rolle „Bearbeiten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung")));
    return;
  }
  const tax = await loadTaxonomy().catch(() => null);
  const steps = h("ol", { class: "steps", "aria-label": "Schritte" }, h("li", { "aria-current": "step" }, "Datei wählen"), h("li", {}, "Probelauf prüfen"), h("li", {}, "Import bestätigen"));
  const out = h("div", { class: "import-result" });
  const file = h("input", { id: "import-file", type: "file", name: "file", multiple: true, required: true, accept: ".csv,.tsv,.txt,.xlsx,.xlsm,.json,.graphml,.xml,.gexf,.geojson", "aria-describedby": "import-hint" }) as HTMLInputElement;
  const format = h("select", { id: "import-format", name: "format", "aria-describedby": "format-hint" }, h("option", { value: "" }, "Automatisch erkennen")) as HTMLSelectElement;
  const saved = savedMappings();
  const savedSelect = h(
    "select",
    { id: "import-saved", "aria-describedby": "saved-hint" },
    h("option", { value: "" }, "Keine (Spalten wie erkannt)"),
    Object.keys(saved).sort().map((n) => h("option", { value: n }, n)),
  ) as HTMLSelectElement;
  /** columns is the chosen mapping: column header as written → field ("-": not read). */
  let columns: Record<string, string> = {};
  let fields: SheetFields[] = [];
  const mappingPanel = h("div", { class: "mapping-panel" });
  const form = h(
    "form",
    { class: "entity-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: file.id }, "Datei (Pflichtfeld)"), h("p", { class: "hint", id: "import-hint" }, "CSV, XLSX, JSON, GraphML, GEXF oder GeoJSON; mehrere Dateien, die aufeinander verweisen (etwa Akteure und Kooperationen), zusammen. Zuerst wird nur geprüft; geschrieben wird erst nach Ihrer Bestätigung."), file),
    h("div", { class: "field" }, h("label", { for: format.id }, "Format"), h("p", { class: "hint", id: "format-hint" }, "Nur nötig, wenn das Format nicht an der Dateiendung zu erkennen ist."), format),
    h("div", { class: "field" }, h("label", { for: savedSelect.id }, "Gespeicherte Spaltenzuordnung"), h("p", { class: "hint", id: "saved-hint" }, "Eine Zuordnung, die Sie bei einem früheren Import in diesem Browser gespeichert haben."), savedSelect),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Probelauf starten")),
  ) as HTMLFormElement;
  void get("/imports/formats")
    .then(readFormats)
    .then((fs: ImportFormat[]) => format.append(...fs.filter((f) => f.decode).map((f) => h("option", { value: f.name }, f.label))))
    .catch(() => {}); // detection by file name still works; the server names a wrong format
  void get("/imports/fields")
    .then(readFields)
    .then((fs) => (fields = fs))
    .catch(() => {}); // without the list, the panel offers the fields as detected only

  // A new choice of file, format or mapping starts over: the report and the
  // confirmation were for the old one.
  const startOver = () => {
    replace(out);
    mark(0);
  };
  file.addEventListener("change", () => {
    replace(mappingPanel);
    startOver();
  });
  format.addEventListener("change", startOver);
  savedSelect.addEventListener("change", () => {
    columns = { ...(savedMappings()[savedSelect.value] ?? {}) };
    startOver();
  });
  const mark = (i: number) => [...steps.children].forEach((li, j) => (j === i ? li.setAttribute("aria-current", "step") : li.removeAttribute("aria-current")));
  const mappingJSON = () => (Object.keys(columns).length ? JSON.stringify({ columns }) : "");
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!file.files?.length) {
      replace(out, h("p", { class: "error", role: "alert" }, "Bitte wählen Sie eine Datei."));
      file.focus();
      return;
    }
    const chosen = [...file.files];
    const fmtName = format.value;
    const map = mappingJSON();
    mark(0);
    replace(out, h("p", { role: "status" }, "Probelauf läuft …"));
    const dry = await send(chosen, fmtName, map, true);
    if (!dry) return;
    mark(1);
    replace(out, reportView(dry, tax));
    replace(mappingPanel, mappingView(dry.report.columns));
    if (!dry.refused && dry.report.errors === 0) {
      const confirm = h("button", {
        type: "button",
        class: "primary",
        onclick: async () => {
          replace(out, h("p", { role: "status" }, "Import läuft …"));
          const done = await send(chosen, fmtName, map, false, dry.report.dry_run_token);
          if (!done) return;
          if (!done.refused) {
            mark(2);
            invalidate();
          }
          replace(out, reportView(done, tax));
          if (!done.refused && done.batchId) out.append(undoImport(done.batchId));
          if (!done.refused) out.append(h("p", {}, h("a", { href: "/daten/akteure", "data-link": true }, "Zu den Akteuren"), " · ", h("a", { href: "/datenqualitaet", "data-link": true }, "Zur Datenqualität"), " · ", h("a", { href: "/karte", "data-link": true }, "Zur Netzwerkkarte")));
          (out.querySelector("h2") as HTMLElement | null)?.focus();
        },
      }, "Import bestätigen");
      out.append(h("div", { class: "tools" }, confirm));
    }
    (out.querySelector("h2") as HTMLElement | null)?.focus();
  });

  /** mappingView offers, per sheet read, a drop-down of German field names for each column. */
  function mappingView(sheets: SheetColumns[]): HTMLElement | null {
    const lead = new Set(["id", "label", "source", "target", "directed"]);
    const boxes = sheets
      .map((sc) => {
        const kindFields = fields.find((f) => f.kind === sc.kind)?.fields ?? [];
        const graphSheet = sc.sheet === "Knoten" || sc.sheet === "Kanten";
        const rows = sc.columns
          .filter((c) => !(graphSheet && lead.has(c.header)))
          .map((c) => {
            const id = uid("map");
            const current = columns[c.header] ?? c.field;
            const select = h(
              "select",
              { id, "data-column": c.header },
              current === "" ? h("option", { value: "" }, sc.kind === "actor" ? "Keinem Feld (als Zusatzangabe behalten)" : "Keinem Feld (wird nicht gelesen)") : null,
              h("option", { value: "-" }, "Nicht einlesen"),
              (kindFields.length ? kindFields : [{ field: c.field, header: c.field }]).filter((f) => f.field).map((f) => h("option", { value: f.field }, f.header)),
            ) as HTMLSelectElement;
            select.value = current;
            select.addEventListener("change", () => {
              columns[c.header] = select.value;
              startOver();
              replace(out, h("p", { role: "status" }, "Die Zuordnung wurde geändert; bitte den Probelauf erneut starten."));
            });
            return h("div", { class: "field mapping-row" }, h("label", { for: id }, "Spalte „", c.header, "“"), select);
          });
        if (!rows.length) return null;
        return h("fieldset", { class: "mapping-sheet" }, h("legend", {}, `${kindLabels[sc.kind] ?? sc.kind}: „${sc.sheet}“`), rows);
      })
      .filter((x) => x !== null);
    if (!boxes.length) return null;
    const name = h("input", { id: uid("mapname"), type: "text", maxlength: 80, autocomplete: "off" }) as HTMLInputElement;
    const savedStatus = h("p", { role: "status", class: "hint" });
    return h(
      "details",
      { class: "mapping", open: true },
      h("summary", {}, "Spaltenzuordnung"),
      h("p", { class: "hint" }, "So wurden die Spalten gelesen. Wählen Sie für eine Spalte ein anderes Feld, und starten Sie den Probelauf erneut."),
      boxes,
      h(
        "div",
        { class: "field" },
        h("label", { for: name.id }, "Name der Zuordnung"),
        name,
        h("div", { class: "tools" }, h("button", {
          type: "button",
          onclick: () => {
            const n = name.value.trim();
            if (!n) {
              savedStatus.textContent = "Bitte einen Namen für die Zuordnung eingeben.";
              name.focus();
              return;
            }
            saveMapping(n, columns);
            if (![...savedSelect.options].some((o) => o.value === n)) savedSelect.append(h("option", { value: n }, n));
            savedSelect.value = n;
            savedStatus.textContent = `Die Zuordnung „${n}“ ist gespeichert und steht beim nächsten Import zur Wahl.`;
          },
        }, "Zuordnung speichern")),
        savedStatus,
      ),
    );
  }

  async function send(files: File[], fmtName: string, map: string, dryRun: boolean, token = ""): Promise<Outcome | null> {
    const body = new FormData();
    for (const f of files) body.append("file", f, f.name);
    if (fmtName) body.append("format", fmtName);
    if (map) body.append("mapping", map);
    if (token) body.append("dry_run_token", token);
    try {
      const raw = await request("POST", "/imports", { body, query: { dry_run: dryRun } });
      return { report: readImportReport(raw), refused: null, batchId: batchIdOf(raw) };
    } catch (err) {
      const refusal = err instanceof ApiError && err.status === 422 ? safely(() => readRefusal(err.problem)) : null;
      if (refusal) return { report: refusal.report, refused: refusal.detail };
      if (err instanceof ApiError && err.status === 409 && err.problem.type === staleType) {
        mark(0);
        replace(out, h("p", { class: "error", role: "alert" }, err.problem.detail ?? "Die Datei hat sich seit dem Probelauf geändert.", " Der Import wurde nicht ausgeführt."));
        return null;
      }
      if (err instanceof ApiError && err.status === 404) replace(out, unavailable("Der Import"));
      else replace(out, errorBox(err, "Der Import"));
      return null;
    }
  }
  main.append(h("section", { "aria-labelledby": "imp-h" }, h("h2", { id: "imp-h" }, "Datei prüfen und importieren"), steps, form, mappingPanel, out));
}

function safely<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

function reportView({ report: r, refused }: Outcome, tax: Taxonomy | null): HTMLElement {
  const errors = errorsOf(r);
  const warnings = warningsOf(r);
  const failed = !!refused || r.errors > 0;
  const heading = r.dry_run ? (failed ? "Probelauf mit Fehlern" : "Probelauf ohne Fehler") : failed ? "Import abgelehnt" : "Import abgeschlossen";
  const warned = r.warnings ? ` und ${fmt(r.warnings)} ${r.warnings === 1 ? "Hinweis" : "Hinweise"}` : "";
  const summary = refused
    ? `${refused} Bitte korrigieren Sie die Datei und versuchen Sie es erneut.`
    : failed
      ? `Die Datei enthält ${fmt(r.errors)} Fehler${warned}. Es wurde nichts geschrieben; bitte korrigieren Sie die Datei und versuchen Sie es erneut.`
      : r.dry_run
        ? `Die Datei kann importiert werden${r.warnings ? `; beachten Sie ${r.warnings === 1 ? "den Hinweis" : `die ${fmt(r.warnings)} Hinweise`}` : ""}. Noch wurde nichts geschrieben.`
        : `Die Daten wurden gespeichert (Stand ${fmt(r.revision)}).`;
  const decodedRows = Object.entries(r.decoded).filter(([, n]) => n > 0);
  return h(
    "section",
    { class: failed ? "report failed" : "report ok", "aria-labelledby": "report-h" },
    h("h2", { id: "report-h", tabindex: -1 }, heading),
    h("p", { role: "status" }, summary),
    r.counts
      ? countTable(r)
      : decodedRows.length
        ? h("p", {}, "Gelesen: ", decodedRows.map(([k, n]) => `${fmt(n)} ${kindLabels[k] ?? k}`).join(", "), ".")
        : null,
    issueTable(`Fehler (${fmt(r.errors)})`, errors, r.errors, tax),
    issueTable(`Hinweise (${fmt(r.warnings)})`, warnings, r.warnings, tax),
  );
}

function countTable(r: ImportReport): HTMLElement {
  const rows = countRows(r);
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": r.dry_run ? "Was der Import tun würde" : "Was der Import getan hat" },
    h(
      "table",
      { class: "counts" },
      h("caption", {}, r.dry_run ? "Was der Import tun würde" : "Was der Import getan hat"),
      h("thead", {}, h("tr", {}, ["Art", "Gelesen", "Neu", "Geändert", "Unverändert"].map((t, i) => h("th", { scope: "col", class: i ? "num" : "" }, t)))),
      h(
        "tbody",
        {},
        rows.map((c) =>
          h(
            "tr",
            { "data-kind": c.kind },
            h("th", { scope: "row" }, kindLabels[c.kind] ?? c.kind),
            h("td", { class: "num" }, fmt(r.decoded[c.kind] ?? c.created + c.updated + c.unchanged)),
            h("td", { class: "num" }, fmt(c.created)),
            h("td", { class: "num" }, fmt(c.updated)),
            h("td", { class: "num" }, fmt(c.unchanged)),
          ),
        ),
      ),
    ),
  );
}

/** suggestion phrases a suggested taxonomy code as a question, with its German label if known. */
export function suggestion(code: string, tax: Taxonomy | null): string {
  for (const list of tax ? [tax.legal_domains, tax.fields, tax.target_groups, tax.actor_kinds, tax.cooperation_kinds, tax.space_levels, tax.indicators] : []) {
    const t = list?.find((x) => x.code === code);
    if (t && t.label !== code) return `Meinten Sie „${code}“ (${t.label})?`;
  }
  return `Meinten Sie „${code}“?`;
}

function issueTable(caption: string, issues: ImportIssue[], total: number, tax: Taxonomy | null): HTMLElement | null {
  if (!issues.length) return null;
  const id = uid("issues");
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-labelledby": id },
    h(
      "table",
      { class: "issues" },
      h("caption", { id }, caption, total > issues.length ? ` – die ersten ${fmt(issues.length)}` : ""),
      h("thead", {}, h("tr", {}, ["Blatt", "Zeile", "Spalte", "Feld", "Wert", "Meldung"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        issues.map((i) =>
          h(
            "tr",
            {},
            h("td", {}, i.sheet || "–"),
            h("td", { class: "num" }, i.row !== null ? String(i.row) : i.element || "–"),
            h("td", {}, i.column || "–"),
            h("td", {}, i.field ? h("code", {}, i.field) : "–"),
            h("td", {}, i.value || "–"),
            h("td", {}, i.message, i.suggestion && i.severity === "error" && !mentionsSuggestion(i) ? h("span", { class: "suggestion" }, " " + suggestion(i.suggestion, tax)) : null),
          ),
        ),
      ),
    ),
  );
}
