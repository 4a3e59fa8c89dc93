// Aktivität: the feed of every write (GET /activity), newest first, for editors and
// admins, filtered by kind, person, import and period (kept in the address); an
// import's entries can be reverted together from here.

import { allows } from "../api/auth";
import { get } from "../api/client";
import { actionLabels, collections, readHistory, type HistoryEvent } from "../api/time";
import { navigate } from "../router";
import { currentUser, loadSpaces, loadTaxonomy } from "../state";
import { kindSpecs } from "./entities";
import type { HistoryOptions } from "../ui/history";
import { fmt, h, labelledSelect, replace, uid } from "../ui/dom";
import { changeList, specLabels, when } from "../ui/history";
import { errorBox, loading } from "../ui/status";
import { undoImport } from "../ui/undo";

const title = "Aktivität";
const PAGE = 50;
const filterKeys = ["kind", "by", "batch_id", "entity_id", "since", "until"] as const;
type Filters = Record<(typeof filterKeys)[number], string>;

/** activityQuery turns the filters into the query of GET /activity (dates as the start and end of the day, UTC). */
export function activityQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  for (const k of filterKeys) if (f[k].trim()) q[k] = f[k].trim();
  if (q.since) q.since = `${q.since}T00:00:00Z`;
  if (q.until) q.until = `${q.until}T23:59:59Z`;
  return q;
}

export async function activityView(main: HTMLElement, _p: string[], query: URLSearchParams): Promise<void> {
  replace(main, h("h1", { tabindex: -1 }, title), h("p", { class: "lead" }, "Wer hat wann was geändert? Jede Änderung an den Daten, ob einzeln oder durch einen Import, mit den geänderten Feldern. Ein Import lässt sich hier als Ganzes zurücknehmen."));
  const me = await currentUser();
  if (!allows(me?.role, "editor")) {
    main.append(h("p", { class: "notice" }, "Die Aktivität sehen nur angemeldete Personen mit der Rolle „Bearbeiten“ oder „Verwalten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung")));
    return;
  }
  const f = Object.fromEntries(filterKeys.map((k) => [k, query.get(k) ?? ""])) as Filters;
  const text = (name: keyof Filters, label: string, type = "text") => {
    const id = uid("act-" + name);
    return h("div", { class: "field" }, h("label", { for: id }, label), h("input", { id, name, type, value: f[name] }));
  };
  const kinds = Object.entries(collections).map(([value, c]) => ({ value, label: c.label }));
  const form = h(
    "form",
    { class: "filters inline", "aria-label": "Filter" },
    labelledSelect("Art", "kind", kinds, f.kind, "Alle"),
    text("by", "Von (Person oder Token)"),
    text("batch_id", "Import (Kennung)"),
    text("since", "Seit", "date"),
    text("until", "Bis", "date"),
    h("button", { type: "submit", class: "primary" }, "Filtern"),
  ) as HTMLFormElement;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const qs = new URLSearchParams();
    for (const k of filterKeys) {
      const v = String(data.get(k) ?? f[k]).trim();
      if (v) qs.set(k, v);
    }
    navigate(`/aktivitaet${qs.toString() ? "?" + qs : ""}`);
  });
  const out = h("div", {}, loading(title));
  main.append(form, f.batch_id ? undoImport(f.batch_id) : "", out);

  // Fields and codes by their German names, per kind of entity (as the forms name them).
  const labels = new Map<string, Pick<HistoryOptions, "fieldLabel" | "valueLabel">>();
  const [tax, spaces] = await Promise.all([loadTaxonomy().catch(() => null), loadSpaces().catch(() => [])]);
  if (tax) for (const spec of kindSpecs(tax, spaces.map((sp) => ({ value: sp.id, label: sp.name })), [])) labels.set(Object.entries(collections).find(([, c]) => c.slug === spec.slug)?.[0] ?? "", specLabels(spec.fields));
  const row = (e: HistoryEvent) => eventRow(e, labels.get(e.kind) ?? specLabels([]));
  const rows: HistoryEvent[] = [];
  const body = h("tbody", {});
  const count = h("p", { role: "status" });
  const more = h("button", { type: "button" }, "Weitere laden") as HTMLButtonElement;
  let cursor = "";
  const load = async () => {
    more.disabled = true;
    let page;
    try {
      page = readHistory(await get("/activity", { ...activityQuery(f), limit: PAGE, cursor: cursor || undefined }), "/activity");
    } catch (err) {
      replace(out, errorBox(err, title));
      return;
    }
    rows.push(...page.items);
    cursor = page.next_cursor;
    body.append(...page.items.map(row));
    replace(count, rows.length ? `${fmt(rows.length)} Änderungen${cursor ? " (weitere vorhanden)" : ""}.` : "Keine Änderungen für diese Auswahl.");
    more.hidden = !cursor;
    more.disabled = false;
  };
  more.addEventListener("click", () => void load());
  replace(
    out,
    count,
    h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Änderungen" },
      h(
        "table",
        { class: "activity" },
        h("caption", {}, "Änderungen, neueste zuerst"),
        h("thead", {}, h("tr", {}, ["Zeitpunkt", "Von", "Eintrag", "Aktion", "Änderungen", "Import"].map((t) => h("th", { scope: "col" }, t)))),
        body,
      ),
    ),
    more,
  );
  await load();
}

/** entityLink leads to the page of an event's entity, with its history shown. */
function entityLink(e: HistoryEvent): Node {
  const c = collections[e.kind];
  const name = e.entity_name || e.entity_id;
  if (e.kind === "actor") return h("a", { href: `/akteure/${encodeURIComponent(e.entity_id)}?ansicht=verlauf`, "data-link": true }, name);
  if (c?.slug) return h("a", { href: `/daten/${c.slug}?bearbeiten=${encodeURIComponent(e.entity_id)}&ansicht=verlauf`, "data-link": true }, name);
  return document.createTextNode(name);
}

function eventRow(e: HistoryEvent, l: Pick<HistoryOptions, "fieldLabel" | "valueLabel">): HTMLElement {
  return h(
    "tr",
    { "data-event": e.id },
    h("th", { scope: "row" }, h("time", { datetime: e.at }, when(e.at))),
    h("td", {}, e.by || "–"),
    h("td", {}, h("span", { class: "explain" }, collections[e.kind]?.label ?? e.kind), entityLink(e)),
    h("td", {}, actionLabels[e.action], ` (Version ${e.version})`),
    h("td", {}, changeList(e, l.fieldLabel!, l.valueLabel)),
    h("td", {}, e.batch_id ? h("a", { href: `/aktivitaet?batch_id=${encodeURIComponent(e.batch_id)}`, "data-link": true, "aria-label": `Import anzeigen: alle Änderungen des Imports ${e.batch_id}` }, "Import anzeigen") : "–"),
  );
}
