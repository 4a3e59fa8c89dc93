// The import wizard: choose a file, see the dry run's report, then confirm the import.

import { allows } from "../api/auth";
import { request } from "../api/client";
import { readReport, reportFromProblem, type ImportIssue, type ImportReport } from "../api/imports";
import { ApiError } from "../api/problem";
import { currentUser, invalidate } from "../state";
import { fmt, h, replace } from "../ui/dom";
import { errorBox, unavailable } from "../ui/status";

const kindLabels: Record<string, string> = {
  actor: "Akteure",
  cooperation: "Kooperationen",
  offer: "Angebote",
  social_space: "Sozialräume",
  need: "Bedarfe",
  wave: "Erhebungswellen",
};

export async function importView(main: HTMLElement): Promise<void> {
  const me = await currentUser();
  main.append(
    h("h1", { tabindex: -1 }, "Daten importieren"),
    h("p", {}, h("a", { href: "/daten", "data-link": true }, "Zurück zu den Daten")),
  );
  if (!allows(me?.role, "editor")) {
    main.append(h("p", { class: "notice" }, "Importieren dürfen nur angemeldete Personen mit der Rolle „Bearbeiten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung")));
    return;
  }
  const steps = h("ol", { class: "steps", "aria-label": "Schritte" }, h("li", { "aria-current": "step" }, "Datei wählen"), h("li", {}, "Probelauf prüfen"), h("li", {}, "Import bestätigen"));
  const out = h("div", {});
  const file = h("input", { id: "import-file", type: "file", name: "file", required: true, accept: ".csv,.xlsx,.json,.graphml,.gexf,.geojson", "aria-describedby": "import-hint" }) as HTMLInputElement;
  const form = h(
    "form",
    { class: "entity-form" },
    h("div", { class: "field" }, h("label", { for: file.id }, "Datei"), h("p", { class: "hint", id: "import-hint" }, "CSV, XLSX, JSON, GraphML, GEXF oder GeoJSON. Zuerst wird nur geprüft; geschrieben wird erst nach Ihrer Bestätigung."), file),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Probelauf starten")),
  ) as HTMLFormElement;
  const mark = (i: number) => [...steps.children].forEach((li, j) => (j === i ? li.setAttribute("aria-current", "step") : li.removeAttribute("aria-current")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!file.files?.length) {
      replace(out, h("p", { class: "error", role: "alert" }, "Bitte wählen Sie eine Datei."));
      return;
    }
    const chosen = file.files[0];
    replace(out, h("p", { role: "status" }, "Probelauf läuft …"));
    const dry = await send(chosen, true);
    if (!dry) return;
    mark(1);
    replace(out, reportView(dry));
    if (dry.ok) {
      out.append(
        h("button", {
          type: "button",
          class: "primary",
          onclick: async () => {
            replace(out, h("p", { role: "status" }, "Import läuft …"));
            const done = await send(chosen, false);
            if (!done) return;
            mark(2);
            invalidate();
            replace(out, reportView(done));
          },
        }, "Import bestätigen"),
      );
    }
    (out.querySelector("h2") as HTMLElement | null)?.focus();
  });

  async function send(f: File, dryRun: boolean): Promise<ImportReport | null> {
    const body = new FormData();
    body.append("file", f, f.name);
    try {
      return readReport(await request("POST", "/imports", { body, query: { dry_run: dryRun || undefined } }), dryRun);
    } catch (err) {
      if (err instanceof ApiError && err.status === 404) replace(out, unavailable("Der Import"));
      else if (err instanceof ApiError && err.status === 422) return reportFromProblem(err.problem, dryRun);
      else replace(out, errorBox(err, "Der Import"));
      return null;
    }
  }
  main.append(steps, form, out);
}

function reportView(r: ImportReport): HTMLElement {
  const heading = r.dryRun ? (r.ok ? "Probelauf ohne Fehler" : "Probelauf mit Fehlern") : "Import abgeschlossen";
  return h(
    "section",
    { class: r.ok ? "report ok" : "report failed", "aria-labelledby": "report-h" },
    h("h2", { id: "report-h", tabindex: -1 }, heading),
    h("p", { role: "status" }, r.ok ? (r.dryRun ? "Die Datei kann importiert werden. Noch wurde nichts geschrieben." : "Die Daten wurden gespeichert.") : `Die Datei enthält ${fmt(r.issues.length)} Fehler. Es wurde nichts geschrieben; bitte korrigieren Sie die Datei und versuchen Sie es erneut.`),
    r.counts.length
      ? h(
          "table",
          {},
          h("caption", {}, r.dryRun ? "Was der Import tun würde" : "Was der Import getan hat"),
          h("thead", {}, h("tr", {}, ["Art", "Neu", "Geändert", "Unverändert"].map((t) => h("th", { scope: "col" }, t)))),
          h("tbody", {}, r.counts.map((c) => h("tr", {}, h("th", { scope: "row" }, kindLabels[c.kind] ?? c.kind), h("td", { class: "num" }, fmt(c.created)), h("td", { class: "num" }, fmt(c.updated)), h("td", { class: "num" }, fmt(c.unchanged))))),
        )
      : null,
    issueTable("Fehler", r.issues),
    issueTable("Hinweise", r.warnings),
  );
}

function issueTable(caption: string, issues: ImportIssue[]): HTMLElement | null {
  if (!issues.length) return null;
  return h(
    "div",
    { class: "table-wrap", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      { class: "issues" },
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ["Zeile", "Spalte", "Feld", "Meldung"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", {}, issues.map((i) => h("tr", {}, h("td", {}, i.row || "–"), h("td", {}, i.column || "–"), h("td", {}, i.field || "–"), h("td", {}, i.message)))),
    ),
  );
}
