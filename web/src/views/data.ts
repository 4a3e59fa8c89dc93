// Daten: lists of every kind of entry (actors, cooperations, offers, needs, social
// spaces, waves), forms to create and edit them, and deleting with a confirmation.
// Only editors see the edit controls; the server decides in any case.

import { allows } from "../api/auth";
import { get, request } from "../api/client";
import { ApiError } from "../api/problem";
import type { Page } from "../api/types";
import { navigate } from "../router";
import { actorOptions, currentUser, getAll, invalidate, loadDataset, loadSpaces, loadTaxonomy, spaceOptions } from "../state";
import { fmt, h, replace } from "../ui/dom";
import { entityForm } from "../ui/form";
import { historyPanel, specLabels } from "../ui/history";
import { undoEdit } from "../ui/undo";
import { downloadLink } from "../ui/download";
import { pseudonymizeBox, pseudonymQuery } from "../ui/pseudonymize";
import { deleteEntity, outcomeBox, setFlash, takeFlash } from "../ui/remove";
import { errorBox, loading } from "../ui/status";
import { kindSpecs, type KindSpec, type Names } from "./entities";

const PAGE = 50;

/** dataSlugs are the tabs of the Daten view, for the route. */
export const dataSlugs = ["akteure", "kooperationen", "angebote", "bedarfe", "sozialraeume", "massnahmen", "erhebungswellen"];

export async function dataView(main: HTMLElement, [slug = "akteure"]: string[], query: URLSearchParams): Promise<void> {
  main.append(h("h1", { tabindex: -1 }, "Daten"), loading("Die Daten"));
  let specs: KindSpec[], canEdit: boolean, names: Names;
  try {
    const [tax, spaces, ds, me, waves] = await Promise.all([loadTaxonomy(), loadSpaces(), loadDataset(), currentUser(), getAll("/waves")]);
    const spaceName = new Map(spaces.map((sp) => [sp.id, sp.name]));
    specs = kindSpecs(
      tax,
      spaceOptions(spaces).map((o) => ({ ...o, label: o.label.trim() })),
      actorOptions(ds),
      waves.map((w) => ({ value: w.id, label: `${w.name} (${w.date})` })),
    );
    canEdit = allows(me?.role, "editor");
    names = { actor: (id) => ds.nodeData.get(id)?.label ?? id, space: (id) => spaceName.get(id) ?? id };
  } catch (err) {
    replace(main, h("h1", { tabindex: -1 }, "Daten"), errorBox(err));
    return;
  }
  const spec = specs.find((s) => s.slug === slug) ?? specs[0];
  const tabs = h(
    "nav",
    { "aria-label": "Datenarten", class: "tabs" },
    h(
      "ul",
      {},
      specs.map((s) => h("li", {}, h("a", { href: `/daten/${s.slug}`, "data-link": true, "aria-current": s === spec ? "page" : null }, s.title))),
      h("li", {}, h("a", { href: "/daten/import", "data-link": true }, "Import")),
    ),
  );
  const content = h("div", {});
  replace(main, h("h1", { tabindex: -1 }, `Daten: ${spec.title}`), tabs, content);
  if (!canEdit)
    content.append(h("p", { class: "notice" }, "Sie können die Daten lesen. Zum Anlegen und Bearbeiten melden Sie sich mit einem Token der Rolle „Bearbeiten“ an: ", h("a", { href: "/anmeldung", "data-link": true }, "Anmeldung"), "."));

  const editId = query.get("bearbeiten");
  if (canEdit && (editId || query.has("neu"))) await showForm(content, spec, editId, names, query);
  else await showList(content, spec, canEdit, names, query.get("q") ?? "");
}

/** exportFormats are the formats of GET /exports/{format}, in the order offered. */
export const exportFormats = [
  { name: "csv", label: "CSV", what: "nur diese Datenart" },
  { name: "xlsx", label: "XLSX", what: "alle Datenarten, ein Blatt je Art" },
  { name: "gexf", label: "GEXF", what: "Netzwerk für Gephi" },
  { name: "graphml", label: "GraphML", what: "Netzwerk für yEd, networkx" },
  { name: "json", label: "JSON", what: "vollständige Sicherung" },
  { name: "geojson", label: "GeoJSON", what: "Sozialräume mit Grenzen" },
];

/**
 * exportQuery returns the query of an export: CSV holds the tab's kind, filtered by the
 * list's search; the other formats hold the whole network, filtered by the search only
 * on the actors' tab (the search of another tab is not about actors).
 */
export function exportQuery(format: string, kind: string, q: string): Record<string, string> {
  if (format === "csv") return q ? { q, kind } : { kind };
  return q && kind === "actor" ? { q } : {};
}

/** pseudonymExports is the choice of the export box to pseudonymise, kept while the list redraws. */
let pseudonymExports = false;

/** exportBox offers the exports of the data, honouring the list's search. */
function exportBox(spec: KindSpec, q: string): HTMLElement {
  const status = h("div", { role: "status", class: "download-status" });
  const kind = spec.kind;
  const links = h("ul", { class: "downloads" });
  const fill = () =>
    replace(
      links,
      exportFormats.map((f) =>
        h(
          "li",
          {},
          downloadLink({ label: `${f.label} herunterladen`, path: `/exports/${f.name}`, query: { ...exportQuery(f.name, kind, q), ...pseudonymQuery(pseudonymExports) }, fileName: `netzwerkatlas-${f.name === "csv" ? spec.slug : "daten"}.${f.name}`, describes: f.name === "csv" ? `${spec.title} als CSV` : `Daten als ${f.label}` }, status),
          ` – ${f.what}`,
        ),
      ),
    );
  fill();
  return h(
    "section",
    { class: "exports", "aria-labelledby": "exp-h" },
    h("h2", { id: "exp-h" }, "Exportieren"),
    h("p", { class: "hint" }, q ? `Mit der aktuellen Suche „${q}“${kind === "actor" ? "" : " (nur im CSV-Export)"}.` : "Alle Einträge; eine Suche schränkt die Exporte ein."),
    pseudonymizeBox(pseudonymExports, (on) => ((pseudonymExports = on), fill())),
    links,
    status,
  );
}

async function showList(box: HTMLElement, spec: KindSpec, canEdit: boolean, names: Names, q: string): Promise<void> {
  let offset = 0;
  const table = h("div", {});
  const exports = h("div", {});
  const outcome = h("div", {});
  const flash = takeFlash();
  if (flash) outcome.append(flash);
  const draw = async () => {
    replace(exports, exportBox(spec, spec.searchable ? q.trim() : ""));
    replace(table, loading(spec.title));
    let page: Page & { items: Record<string, unknown>[] };
    try {
      page = await get(spec.path, { q: spec.searchable ? q : undefined, limit: PAGE, offset });
    } catch (err) {
      replace(table, errorBox(err));
      return;
    }
    if (!page.items.length && offset > 0) {
      offset = Math.max(0, offset - PAGE); // the last entry of the last page was deleted
      return draw();
    }
    const remove = async (it: Record<string, unknown>, label: string) => {
      const o = await deleteEntity({ kind: spec.kind, path: spec.path, id: String(it.id), version: Number(it.version), singular: spec.singular, label });
      if (!o) return;
      replace(outcome, outcomeBox(o));
      if (o.done) {
        invalidate();
        await draw();
      }
      (outcome.firstElementChild as HTMLElement | null)?.focus?.();
    };
    replace(
      table,
      h("p", { role: "status" }, page.total ? `${fmt(offset + 1)}–${fmt(offset + page.items.length)} von ${fmt(page.total)}` : "Keine Einträge."),
      page.items.length
        ? h(
            "div",
            { class: "table-wrap", role: "region", tabindex: 0, "aria-label": `${spec.title} (Tabelle)` },
            h(
              "table",
              { class: "cards" },
              h("caption", {}, spec.title),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, spec.singular), h("th", { scope: "col" }, "Version"), canEdit ? h("th", { scope: "col" }, "Aktion") : null)),
              h(
                "tbody",
                {},
                page.items.map((it) => {
                  const label = spec.label(it, names);
                  const id = String(it.id);
                  return h(
                    "tr",
                    {},
                    h("th", { scope: "row" }, spec.slug === "akteure" ? h("a", { href: `/akteure/${encodeURIComponent(id)}`, "data-link": true }, label) : label),
                    h("td", { "data-label": "Version" }, String(it.version)),
                    canEdit
                      ? h(
                          "td",
                          { class: "actions" },
                          h("a", { href: `/daten/${spec.slug}?bearbeiten=${encodeURIComponent(id)}`, "data-link": true, "aria-label": `${label} bearbeiten` }, "Bearbeiten"),
                          h("button", { type: "button", class: "link danger", "aria-label": `${label} löschen`, onclick: () => void remove(it, label) }, "Löschen"),
                        )
                      : null,
                  );
                }),
              ),
            ),
          )
        : null,
      h(
        "div",
        { class: "tools" },
        h("button", { type: "button", disabled: offset === 0, onclick: () => ((offset = Math.max(0, offset - PAGE)), void draw()) }, "Vorherige Seite"),
        h("button", { type: "button", disabled: offset + PAGE >= page.total, onclick: () => ((offset += PAGE), void draw()) }, "Nächste Seite"),
      ),
    );
  };
  const searchId = "data-q";
  box.append(
    h(
      "div",
      { class: "tools" },
      spec.searchable
        ? h(
            "form",
            { role: "search", class: "inline", onsubmit: (e: Event) => (e.preventDefault(), (offset = 0), void draw()) },
            h("label", { for: searchId }, "Suchen"),
            h("input", { id: searchId, type: "search", value: q, oninput: (e: Event) => (q = (e.target as HTMLInputElement).value) }),
            h("button", { type: "submit" }, "Suchen"),
          )
        : null,
      canEdit ? h("a", { class: "button primary", href: `/daten/${spec.slug}?neu`, "data-link": true }, `${spec.singular} anlegen`) : null,
    ),
    outcome,
    exports,
    table,
  );
  await draw();
}

async function showForm(box: HTMLElement, spec: KindSpec, id: string | null, names: Names, query: URLSearchParams): Promise<void> {
  const editUrl = (more = "") => `/daten/${spec.slug}?bearbeiten=${encodeURIComponent(id ?? "")}${more}`;
  if (id) {
    const history = query.get("ansicht") === "verlauf";
    box.append(
      h(
        "nav",
        { "aria-label": "Ansichten des Eintrags", class: "tabs subtabs" },
        h(
          "ul",
          {},
          h("li", {}, h("a", { href: editUrl(), "data-link": true, "aria-current": history ? null : "page" }, "Bearbeiten")),
          h("li", {}, h("a", { href: editUrl("&ansicht=verlauf"), "data-link": true, "aria-current": history ? "page" : null }, "Verlauf")),
        ),
      ),
    );
    if (history) {
      box.append(
        h("h2", {}, `Verlauf: ${spec.singular}`),
        h("p", {}, h("a", { href: `/daten/${spec.slug}`, "data-link": true }, "Zurück zur Liste")),
        historyPanel({ kind: spec.kind, id, canEdit: true, ...specLabels(spec.fields) }),
      );
      return;
    }
  }
  let item: Record<string, unknown> = { ...structuredClone(spec.blank), ...(spec.prefill?.(query) ?? {}) };
  if (id) {
    try {
      item = await get(`${spec.path}/${encodeURIComponent(id)}`);
    } catch (err) {
      box.append(errorBox(err), h("p", {}, h("a", { href: `/daten/${spec.slug}`, "data-link": true }, "Zurück zur Liste")));
      return;
    }
  }
  const status = h("div", { role: "status" });
  const outcome = h("div", {});
  const form = entityForm(spec.fields, item, id ? "Änderungen speichern" : `${spec.singular} anlegen`, async (f) => {
    f.clearErrors();
    replace(status, "Wird gespeichert …");
    const body = f.read(item);
    try {
      const saved = await request<Record<string, unknown>>(id ? "PUT" : "POST", id ? `${spec.path}/${encodeURIComponent(id)}` : spec.path, { body });
      invalidate();
      replace(status);
      navigate(`/daten/${spec.slug}?bearbeiten=${encodeURIComponent(String(saved.id))}&gespeichert=${id ? Number(saved.version) : "neu"}`);
    } catch (err) {
      replace(status);
      if (err instanceof ApiError) {
        const p = err.problem;
        f.showProblem(p.status === 409 ? { ...p, detail: `${p.detail ?? ""} Laden Sie die Seite neu, um den aktuellen Stand zu sehen.`.trim() } : p);
      } else box.prepend(errorBox(err));
    }
  });
  if (id) {
    const label = spec.label(item, names);
    form.element.querySelector(".tools")!.append(
      h(
        "button",
        {
          type: "button",
          class: "danger",
          onclick: async () => {
            const o = await deleteEntity({ kind: spec.kind, path: spec.path, id, version: Number(item.version), singular: spec.singular, label });
            if (!o) return;
            if (o.done) {
              invalidate();
              setFlash(o);
              navigate(`/daten/${spec.slug}`);
            } else {
              replace(outcome, outcomeBox(o));
              (outcome.firstElementChild as HTMLElement).focus?.();
            }
          },
        },
        `${spec.singular} löschen`,
      ),
    );
  }
  const saved = query.get("gespeichert");
  const undone = takeFlash();
  const done = (message: string) => {
    setFlash({ done: true, message });
    navigate(saved === "neu" ? `/daten/${spec.slug}` : editUrl());
  };
  box.append(
    h("h2", {}, id ? `${spec.singular} bearbeiten` : `${spec.singular} anlegen`),
    id && saved ? undoEdit({ path: spec.path, id, version: saved === "neu" ? 1 : Number(saved), created: saved === "neu", done }) : "",
    undone ?? "",
    h("p", {}, h("a", { href: `/daten/${spec.slug}`, "data-link": true }, "Zurück zur Liste")),
    status,
    outcome,
    form.element,
  );
}
