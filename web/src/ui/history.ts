// The history of one entity (GET /{collection}/{id}/history): every version with who,
// when and what changed field by field, and for editors "Wiederherstellen" per
// version after a German confirmation (POST …/history/{version}/restore).

import { request } from "../api/client";
import { ApiError } from "../api/problem";
import { actionLabels, changeSentence, collections, currentVersion, readHistory, restorable, type HistoryEvent } from "../api/time";
import { invalidate } from "../state";
import { confirmInline } from "./confirm";
import { fmt, h, replace } from "./dom";
import { errorBox, loading } from "./status";

/** when writes an RFC 3339 time as German date and time. */
export function when(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" });
}

/** changeList lists an event's field changes ("Name: A → B"); a create or delete says so. */
export function changeList(e: HistoryEvent, label: (field: string) => string, value?: (field: string, code: string) => string): Node {
  if (!e.changes.length) return document.createTextNode(e.action === "delete" ? "Eintrag gelöscht" : "–");
  return h("ul", { class: "changes" }, e.changes.map((c) => h("li", {}, changeSentence(c, label, value))));
}

/** otherFields names the recorded fields that no form edits. */
const otherFields: Record<string, string> = { address: "Anschrift", external_key: "Schlüssel", location: "Lage", attributes: "Weitere Merkmale", wave_id: "Erhebungswelle", reported_by: "Angegeben von" };

/** specLabels names fields and their coded values from form specs (labels and options). */
export function specLabels(fields: { name: string; label: string; options?: { value: string; label: string }[] }[]): Pick<HistoryOptions, "fieldLabel" | "valueLabel"> {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return {
    fieldLabel: (f) => byName.get(f)?.label ?? otherFields[f] ?? f,
    valueLabel: (f, code) => byName.get(f)?.options?.find((o) => o.value === code)?.label.trim() ?? code,
  };
}

export interface HistoryOptions {
  /** kind is the entity kind of the history ("actor", "cooperation", "offer"). */
  kind: string;
  id: string;
  canEdit: boolean;
  /** fieldLabel names a field in German (default: its JSON name). */
  fieldLabel?: (field: string) => string;
  /** valueLabel names a coded value of a field (a taxonomy code, an actor ID) in German. */
  valueLabel?: (field: string, code: string) => string;
  /** restored is called after a version was restored, with the new content. */
  restored?: (entity: Record<string, unknown>) => void;
}

/** historyPanel shows the entity's history and keeps it current after a restore. */
export function historyPanel(opts: HistoryOptions): HTMLElement {
  const box = h("div", { class: "history" }, loading("Der Verlauf"));
  const status = h("div", { role: "status" });
  const coll = collections[opts.kind];
  const label = opts.fieldLabel ?? ((f: string) => f);
  const draw = async () => {
    let items: HistoryEvent[];
    try {
      items = readHistory(await request("GET", `${coll.path}/${encodeURIComponent(opts.id)}/history`), `${coll.path}/{id}/history`).items;
    } catch (err) {
      replace(box, errorBox(err, "Der Verlauf"));
      return;
    }
    if (!items.length) {
      replace(box, h("p", {}, "Für diesen Eintrag ist noch kein Verlauf aufgezeichnet."));
      return;
    }
    const confirmBox = h("div", {});
    const restore = async (e: HistoryEvent, button: HTMLElement) => {
      const ok = await confirmInline(confirmBox, `Version ${e.version} vom ${when(e.at)} wiederherstellen? Der jetzige Stand wird dabei nicht gelöscht: Er bleibt als frühere Version im Verlauf, und die wiederhergestellte wird die neue Version.`, `Ja, Version ${e.version} wiederherstellen`, button);
      if (!ok) return;
      replace(status, "Wird wiederhergestellt …");
      try {
        const entity = await request<Record<string, unknown>>("POST", `${coll.path}/${encodeURIComponent(opts.id)}/history/${e.version}/restore`);
        invalidate();
        replace(status, h("p", { class: "success" }, `Version ${e.version} wurde wiederhergestellt${typeof entity?.version === "number" ? ` (jetzt Version ${entity.version})` : ""}.`));
        opts.restored?.(entity);
        await draw();
      } catch (err) {
        replace(status, err instanceof ApiError && err.status === 409 ? h("div", { class: "error", role: "alert" }, h("strong", {}, "Nicht wiederhergestellt: "), err.problem.detail ?? err.problem.title) : errorBox(err, "Die Wiederherstellung"));
      }
    };
    replace(
      box,
      confirmBox,
      h(
        "div",
        { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Verlauf" },
        h(
          "table",
          { class: "history-table" },
          h("caption", {}, `Verlauf (${fmt(items.length)} ${items.length === 1 ? "Eintrag" : "Einträge"}, neueste zuerst)`),
          h("thead", {}, h("tr", {}, ["Version", "Zeitpunkt", "Von", "Aktion", "Änderungen", opts.canEdit ? "Wiederherstellen" : null].filter(Boolean).map((t) => h("th", { scope: "col" }, t!)))),
          h(
            "tbody",
            {},
            items.map((e) => {
              const button = opts.canEdit && restorable(items, e) ? h("button", { type: "button", "aria-label": `Version ${e.version} wiederherstellen` }, "Wiederherstellen") : null;
              button?.addEventListener("click", () => void restore(e, button));
              return h(
                "tr",
                { "data-version": e.version },
                h("th", { scope: "row" }, String(e.version)),
                h("td", {}, h("time", { datetime: e.at }, when(e.at))),
                h("td", {}, e.by || "–"),
                h("td", {}, actionLabels[e.action], e.batch_id ? h("span", { class: "explain" }, "durch einen Import") : null),
                h("td", {}, changeList(e, label, opts.valueLabel)),
                opts.canEdit ? h("td", {}, button ?? (!e.deleted && e.version === currentVersion(items) ? "aktuelle Version" : "–")) : null,
              );
            }),
          ),
        ),
      ),
    );
  };
  void draw();
  return h("div", {}, status, box);
}
