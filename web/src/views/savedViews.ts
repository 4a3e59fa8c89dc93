// Gespeicherte Ansichten: views kept under a name on the server (GET/POST/DELETE
// /saved-views), so that colleagues find them again. A view is its address, the path
// and the query string with its filters and state, so opening one restores it; the
// address of any view is also its share link. saveViewForm offers "Ansicht speichern"
// on the analysis views; savedViewsView lists the views to open or delete.

import { ApiError } from "../api/problem";
import { request } from "../api/client";
import type { SavedView } from "../api/types";
import { allows } from "../api/auth";
import { currentUser } from "../state";
import { confirmInline } from "../ui/confirm";
import { h, replace } from "../ui/dom";
import { errorBox, loading } from "../ui/status";

const title = "Gespeicherte Ansichten";

/** viewTitles names the views that can be saved, by path. */
const viewTitles: Record<string, string> = {
  "/karte": "Netzwerkkarte",
  "/kopplungspotenziale": "Kopplungspotenziale",
  "/kopplungsmatrix": "Kopplungsmatrix",
  "/angebotsluecken": "Angebotslücken",
  "/sozialraeume": "Sozialräume",
  "/kennzahlen": "Kennzahlen",
  "/resilienz": "Resilienz",
  "/veraenderungen": "Veränderungen",
};

/**
 * saveViewForm is the disclosure "Ansicht speichern": a name, and the current address
 * (filters and state) is saved under it. Only analysts and above may save; for
 * others it is empty.
 */
export function saveViewForm(): HTMLElement {
  const box = h("div", { class: "save-view-box" });
  void currentUser().then((me) => {
    if (!allows(me?.role, "analyst")) return;
    const input = h("input", { id: "save-view-name", name: "name", required: true, maxlength: 80, autocomplete: "off", "aria-describedby": "save-view-hint save-view-status" }) as HTMLInputElement;
    const status = h("div", { id: "save-view-status", role: "status" });
    const form = h(
      "form",
      { class: "filters inline", "aria-label": "Ansicht speichern" },
      h("div", { class: "field" }, h("label", { for: "save-view-name" }, "Name der Ansicht"), input),
      h("button", { type: "submit" }, "Speichern"),
    );
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      input.removeAttribute("aria-invalid");
      try {
        const v = await request<SavedView>("POST", "/saved-views", { body: { name: input.value, path: location.pathname, query: location.search.replace(/^\?/, "") } });
        replace(status, h("p", {}, `Gespeichert als „${v.name}“. Sie finden die Ansicht unter `, h("a", { href: "/ansichten", "data-link": true }, title), "."));
        input.value = "";
      } catch (err) {
        if (err instanceof ApiError && err.problem.errors?.some((e) => e.field === "name")) input.setAttribute("aria-invalid", "true");
        replace(status, errorBox(err, "Die Ansicht"));
        input.focus();
      }
    });
    replace(
      box,
      h(
        "details",
        { class: "save-view" },
        h("summary", {}, "Ansicht speichern"),
        h("p", { id: "save-view-hint", class: "hint" }, "Filter und Stand dieser Seite werden mitgespeichert. Alle mit der Rolle Analyse finden die Ansicht unter „" + title + "“. Die Adresse dieser Seite ist zugleich ein Link zum Teilen."),
        form,
        status,
      ),
    );
  });
  return box;
}

/** describeQuery says in a few words what a saved query holds. */
function describeQuery(query: string): string {
  const q = new URLSearchParams(query);
  const parts: string[] = [];
  if (q.get("wave")) parts.push(`Erhebungswelle ${q.get("wave")}`);
  if (q.get("date")) parts.push(`Stichtag ${q.get("date")}`);
  // The number of rows shown (limit, res_limit) is no filter.
  const filters = [...q.keys()].filter((k) => !["wave", "date", "limit", "res_limit"].includes(k)).length;
  if (filters) parts.push(filters === 1 ? "1 Filter" : `${filters} Filter`);
  return parts.join(", ") || "Stand heute, ohne Filter";
}

/** savedViewsView lists the saved views: each opens its address; its author (or an admin) may delete it. */
export async function savedViewsView(main: HTMLElement): Promise<void> {
  const body = h("div", {}, loading(title));
  const status = h("div", { role: "status" });
  replace(main, h("h1", { tabindex: -1 }, title), h("p", { class: "lead" }, "Ansichten, die Sie oder Ihre Kolleginnen und Kollegen unter einem Namen gespeichert haben, mit ihren Filtern und ihrem Stand. Speichern können Sie eine Ansicht auf jeder Auswertungsseite unter „Ansicht speichern“."), status, body);
  let views: SavedView[];
  try {
    views = (await request<{ items: SavedView[] }>("GET", "/saved-views")).items;
  } catch (err) {
    replace(body, errorBox(err, title));
    return;
  }
  if (!views.length) {
    replace(body, h("p", {}, "Es sind noch keine Ansichten gespeichert."));
    return;
  }
  const rows = views.map((v) => {
    const confirmBox = h("div", {});
    const del = h("button", { type: "button", "aria-label": `Ansicht „${v.name}“ löschen` }, "Löschen") as HTMLButtonElement;
    const row = h(
      "tr",
      {},
      h("th", { scope: "row" }, h("a", { href: v.url, "data-link": true }, v.name)),
      h("td", {}, viewTitles[v.path] ?? v.path),
      h("td", {}, describeQuery(v.query)),
      h("td", {}, v.created_by),
      h("td", {}, new Date(v.updated_at).toLocaleDateString("de-DE")),
      h("td", {}, del, confirmBox),
    );
    del.addEventListener("click", async () => {
      if (!(await confirmInline(confirmBox, `Die Ansicht „${v.name}“ für alle löschen?`, "Löschen", del))) return;
      try {
        await request("DELETE", `/saved-views/${encodeURIComponent(v.key)}`);
        row.remove();
        replace(status, h("p", {}, `Die Ansicht „${v.name}“ ist gelöscht.`));
        (main.querySelector("h1") as HTMLElement | null)?.focus();
      } catch (err) {
        replace(status, errorBox(err, "Die Ansicht"));
      }
    });
    return row;
  });
  const caption = `${views.length === 1 ? "Eine gespeicherte Ansicht" : `${views.length} gespeicherte Ansichten`}, nach Namen`;
  replace(
    body,
    h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": caption },
      h(
        "table",
        { class: "saved-views" },
        h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ["Name", "Seite", "Stand und Filter", "Gespeichert von", "Gespeichert am", "Aktion"].map((c) => h("th", { scope: "col" }, c)))),
        h("tbody", {}, rows),
      ),
    ),
  );
}
