// Loading, error and "not yet available" states, announced to screen readers.

import { ApiError } from "../api/problem";
import { isMissing, storeNotice } from "../api/client";
import { h } from "./dom";

export function loading(what = "Daten"): HTMLElement {
  return h("p", { class: "status", role: "status" }, `${what} werden geladen …`);
}

export function unavailable(what: string): HTMLElement {
  return h(
    "div",
    { class: "notice", role: "status" },
    h("strong", {}, `${what}: noch nicht verfügbar.`),
    " Der Server bietet diese Auswertung noch nicht an. Sobald sie bereitsteht, erscheint sie hier ohne weiteres Zutun.",
  );
}

/** errorBox shows an API error in German, or the "not yet available" state for a missing endpoint. */
export function errorBox(err: unknown, what = "Die Daten"): HTMLElement {
  if (isMissing(err)) return unavailable(what);
  if (err instanceof ApiError) {
    const p = err.problem;
    const notice = storeNotice(p, false);
    return h(
      "div",
      { class: "error", role: "alert" },
      h("strong", {}, p.title),
      notice ? h("p", { class: "store-notice" }, notice) : null,
      p.detail ? h("p", {}, p.detail) : null,
      p.errors?.length ? h("ul", {}, p.errors.map((e) => h("li", {}, `${e.field}: ${e.message}`))) : null,
      p.status === 401 || p.status === 403 ? h("p", {}, h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung")) : null,
    );
  }
  return h("div", { class: "error", role: "alert" }, `${what} konnten nicht geladen werden: ${err instanceof Error ? err.message : String(err)}`);
}
