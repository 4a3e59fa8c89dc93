// Verwaltung → Protokoll (role admin): the audit log (GET /audit), newest first: who
// exported, printed a report, signed in or changed rights, when, and with which
// filters; filtered by action and period, in pages, and as a CSV download. The log
// cannot be changed here or anywhere else; the server deletes entries after its
// retention period.

import { get, type Query } from "../api/client";
import type { Ok } from "../api/types";
import { roleLabels } from "../api/auth";
import { loadDataset } from "../state";
import { fmt, h, labelledSelect, replace, uid } from "../ui/dom";
import { downloadLink } from "../ui/download";
import { errorBox, loading } from "../ui/status";

type Page = Ok<"/audit">;
type Entry = Page["items"][number];

const PAGE = 50;

/** detailLabels names the details an entry shows, in this order. */
const detailLabels: [string, string][] = [
  ["target", "Ziel"],
  ["format", "Format"],
  ["filters", "Filter"],
  ["file", "Datei"],
  ["role", "Rolle"],
  ["actor_id", "Nur für Akteur"],
  ["expires_at", "Gültig bis"],
  ["token", "Token-ID"],
  ["entities", "Einträge"],
  ["deleted_before", "gelöscht vor"],
];

const times = new Set(["expires_at", "deleted_before"]);
const dateTime = (iso: string) => new Date(iso).toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" });

/** dayStart returns the start of the local day YYYY-MM-DD, shifted by days, as an RFC 3339 time. */
function dayStart(date: string, days = 0): string {
  const d = new Date(`${date}T00:00:00`);
  d.setDate(d.getDate() + days);
  return d.toISOString();
}

/** auditQuery turns the form's choices into the query of GET /audit: "bis" includes its day. */
export function auditQuery(action: string, since: string, until: string): Query {
  return { action: action || undefined, since: since ? dayStart(since) : undefined, until: until ? dayStart(until, 1) : undefined };
}

export async function auditPanel(box: HTMLElement): Promise<void> {
  const out = h("div", {}, loading("Das Protokoll"));
  box.append(out);
  let first: Page;
  try {
    first = await get<Page>("/audit", { limit: PAGE });
  } catch (err) {
    replace(out, errorBox(err, "Das Protokoll"));
    return;
  }
  const labels = new Map(first.actions.map((a) => [a.action, a.label]));
  const ds = await loadDataset().catch(() => null);
  const value = (k: string, v: string) =>
    k === "role" ? (roleLabels[v as keyof typeof roleLabels] ?? v) : k === "actor_id" ? (ds?.nodeData.get(v)?.label ?? v) : times.has(k) ? dateTime(v) : v;
  const sinceId = uid("audit-since");
  const untilId = uid("audit-until");
  const actionField = labelledSelect("Aktion", "action", first.actions.map((a) => ({ value: a.action, label: a.label })), "", "Alle");
  const since = h("input", { id: sinceId, name: "since", type: "date" }) as HTMLInputElement;
  const until = h("input", { id: untilId, name: "until", type: "date" }) as HTMLInputElement;
  const form = h(
    "form",
    { class: "filters inline", "aria-label": "Protokoll filtern" },
    actionField,
    h("div", { class: "field" }, h("label", { for: sinceId }, "Von (Tag)"), since),
    h("div", { class: "field" }, h("label", { for: untilId }, "Bis (Tag, einschließlich)"), until),
    h("button", { type: "submit", class: "primary" }, "Filtern"),
  ) as HTMLFormElement;
  const count = h("p", { role: "status" });
  const body = h("tbody", {});
  const more = h("button", { type: "button" }, "Weitere laden") as HTMLButtonElement;
  const downloadStatus = h("p", { role: "status", class: "hint" });
  const download = h("p", {});
  let query: Query = {};
  let cursor = "";
  let shown = 0;

  const show = (page: Page, append: boolean) => {
    if (!append) {
      replace(body);
      shown = 0;
    }
    body.append(...page.items.map((e) => entryRow(e, labels, value)));
    shown += page.items.length;
    cursor = page.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
    replace(count, shown ? `${fmt(shown)} ${shown === 1 ? "Eintrag" : "Einträge"}${cursor ? " (weitere vorhanden)" : ""}.` : "Keine Einträge für diese Auswahl.");
    replace(download, downloadLink({ label: "Auswahl als CSV herunterladen", path: "/audit/export", query, fileName: "protokoll.csv", describes: "Das Protokoll als CSV" }, downloadStatus));
  };
  const load = async (append: boolean) => {
    more.disabled = true;
    try {
      show(await get<Page>("/audit", { ...query, limit: PAGE, cursor: append ? cursor : undefined }), append);
    } catch (err) {
      replace(count, errorBox(err, "Das Protokoll"));
    }
  };
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const action = (form.elements.namedItem("action") as HTMLSelectElement).value;
    query = auditQuery(action, since.value, until.value);
    void load(false);
  });
  more.addEventListener("click", () => void load(true));

  replace(
    out,
    h(
      "p",
      { class: "lead" },
      `Wer hat wann Daten exportiert, einen Bericht erstellt, sich angemeldet oder Rechte geändert? Einträge lassen sich nicht ändern oder löschen; nach ${fmt(first.retention_days)} Tagen löscht der Server sie selbst.`,
    ),
    form,
    count,
    h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Protokoll (Tabelle)" },
      h("table", { class: "cards audit" }, h("caption", {}, "Protokoll, neueste Einträge zuerst"), h("thead", {}, h("tr", {}, ["Zeitpunkt", "Wer", "Aktion", "Angaben"].map((t) => h("th", { scope: "col" }, t)))), body),
    ),
    more,
    download,
    downloadStatus,
  );
  show(first, false);
}

function entryRow(e: Entry, labels: Map<string, string>, value: (key: string, v: string) => string): HTMLElement {
  const details = detailLabels.filter(([k]) => e.details[k]).map(([k, label]) => h("li", {}, `${label}: ${value(k, e.details[k])}`));
  const known = new Set(detailLabels.map(([k]) => k));
  for (const [k, v] of Object.entries(e.details)) if (!known.has(k)) details.push(h("li", {}, `${k}: ${v}`));
  return h(
    "tr",
    { "data-key": e.key },
    h("th", { scope: "row", "data-label": "Zeitpunkt" }, h("time", { datetime: e.at }, new Date(e.at).toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "medium" }))),
    h("td", { "data-label": "Wer" }, e.who || "–", e.role ? h("small", {}, ` (${roleLabels[e.role] ?? e.role})`) : null),
    h("td", { "data-label": "Aktion" }, labels.get(e.action) ?? e.action),
    h("td", { "data-label": "Angaben" }, details.length ? h("ul", { class: "details" }, details) : "–"),
  );
}
