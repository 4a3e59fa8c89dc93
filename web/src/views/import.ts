// The import wizard: choose one or more files, see the dry run's report (what would be
// created, updated or left unchanged, and every error and warning with its place in
// the file), then confirm the import, which is offered only when there are no errors.

import { allows } from "../api/auth";
import { get, request } from "../api/client";
import { countRows, errorsOf, mentionsSuggestion, readFormats, readImportReport, readRefusal, warningsOf, type ImportFormat, type ImportIssue, type ImportReport } from "../api/imports";
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
  const mapping = h("textarea", { id: "import-mapping", name: "mapping", rows: 4, spellcheck: "false", "aria-describedby": "mapping-hint mapping-error" }) as HTMLTextAreaElement;
  const mappingError = h("p", { class: "field-error", id: "mapping-error", hidden: true });
  const form = h(
    "form",
    { class: "entity-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: file.id }, "Datei (Pflichtfeld)"), h("p", { class: "hint", id: "import-hint" }, "CSV, XLSX, JSON, GraphML, GEXF oder GeoJSON; mehrere Dateien, die aufeinander verweisen (etwa Akteure und Kooperationen), zusammen. Zuerst wird nur geprüft; geschrieben wird erst nach Ihrer Bestätigung."), file),
    h("div", { class: "field" }, h("label", { for: format.id }, "Format"), h("p", { class: "hint", id: "format-hint" }, "Nur nötig, wenn das Format nicht an der Dateiendung zu erkennen ist."), format),
    h(
      "details",
      {},
      h("summary", {}, "Eigene Spaltennamen zuordnen (optional)"),
      h(
        "div",
        { class: "field" },
        h("label", { for: mapping.id }, "Zuordnung als JSON"),
        h("p", { class: "hint", id: "mapping-hint" }, 'Zum Beispiel {"columns": {"Träger-Rechtskreis": "legal_domains"}, "values": {"legal_domains": {"SGB 9": "sgb9"}}}. Leer lassen, wenn die Spalten wie in der Vorlage heißen.'),
        mapping,
        mappingError,
      ),
    ),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Probelauf starten")),
  ) as HTMLFormElement;
  void get("/imports/formats")
    .then(readFormats)
    .then((fs: ImportFormat[]) => format.append(...fs.filter((f) => f.decode).map((f) => h("option", { value: f.name }, f.label))))
    .catch(() => {}); // detection by file name still works; the server names a wrong format

  // A new choice of file starts over: the report and confirmation were for the old one.
  file.addEventListener("change", () => {
    replace(out);
    mark(0);
  });
  const mark = (i: number) => [...steps.children].forEach((li, j) => (j === i ? li.setAttribute("aria-current", "step") : li.removeAttribute("aria-current")));
  const setMappingError = (msg: string) => {
    mappingError.textContent = msg;
    mappingError.hidden = !msg;
    mapping.toggleAttribute("aria-invalid", !!msg);
    mapping.closest(".field")!.classList.toggle("invalid", !!msg);
  };
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    setMappingError("");
    if (!file.files?.length) {
      replace(out, h("p", { class: "error", role: "alert" }, "Bitte wählen Sie eine Datei."));
      file.focus();
      return;
    }
    const map = mapping.value.trim();
    if (map) {
      try {
        const parsed: unknown = JSON.parse(map);
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error();
      } catch {
        mapping.closest("details")!.open = true;
        setMappingError("Die Zuordnung ist kein gültiges JSON-Objekt.");
        mapping.focus();
        return;
      }
    }
    const chosen = [...file.files];
    const fmtName = format.value;
    mark(0);
    replace(out, h("p", { role: "status" }, "Probelauf läuft …"));
    const dry = await send(chosen, fmtName, map, true);
    if (!dry) return;
    mark(1);
    replace(out, reportView(dry, tax));
    if (!dry.refused && dry.report.errors === 0) {
      out.append(
        h("div", { class: "tools" }, h("button", {
          type: "button",
          class: "primary",
          onclick: async () => {
            replace(out, h("p", { role: "status" }, "Import läuft …"));
            const done = await send(chosen, fmtName, map, false);
            if (!done) return;
            if (!done.refused) {
              mark(2);
              invalidate();
            }
            replace(out, reportView(done, tax));
            if (!done.refused && done.batchId) out.append(undoImport(done.batchId));
            if (!done.refused) out.append(h("p", {}, h("a", { href: "/daten/akteure", "data-link": true }, "Zu den Akteuren"), " · ", h("a", { href: "/karte", "data-link": true }, "Zur Netzwerkkarte")));
            (out.querySelector("h2") as HTMLElement | null)?.focus();
          },
        }, "Import bestätigen")),
      );
    }
    (out.querySelector("h2") as HTMLElement | null)?.focus();
  });

  async function send(files: File[], fmtName: string, map: string, dryRun: boolean): Promise<Outcome | null> {
    const body = new FormData();
    for (const f of files) body.append("file", f, f.name);
    if (fmtName) body.append("format", fmtName);
    if (map) body.append("mapping", map);
    try {
      const raw = await request("POST", "/imports", { body, query: { dry_run: dryRun } });
      return { report: readImportReport(raw), refused: null, batchId: batchIdOf(raw) };
    } catch (err) {
      const refusal = err instanceof ApiError && err.status === 422 ? safely(() => readRefusal(err.problem)) : null;
      if (refusal) return { report: refusal.report, refused: refusal.detail };
      if (err instanceof ApiError && err.problem.errors?.some((e) => e.field === "mapping" || e.field.startsWith("mapping."))) {
        // A mapping the server cannot use: say so at the field.
        replace(out);
        mapping.closest("details")!.open = true;
        setMappingError(err.problem.detail ?? err.problem.errors.map((e) => e.message).join(" "));
        mapping.focus();
        return null;
      }
      if (err instanceof ApiError && err.status === 404) replace(out, unavailable("Der Import"));
      else replace(out, errorBox(err, "Der Import"));
      return null;
    }
  }
  main.append(h("section", { "aria-labelledby": "imp-h" }, h("h2", { id: "imp-h" }, "Datei prüfen und importieren"), steps, form, out));
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
    { class: "table-wrap" },
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
            h("td", {}, i.message, i.suggestion && !mentionsSuggestion(i) ? h("span", { class: "suggestion" }, " " + suggestion(i.suggestion, tax)) : null),
          ),
        ),
      ),
    ),
  );
}
