// Bericht: the report for the steering group (GET /reports/steering) from T1 to T2
// (waves or dates, kept in the address as ?from= and ?to=, as in Veränderungen) and
// optionally one social space (?social_space=), with protected actors pseudonymised
// if chosen (?pseudonymize=true), previewed inline and downloadable as
// PDF, Word and HTML. Sozialraumprofil: one social space at the chosen state (GET
// /reports/social-space/{id}), reached from the Sozialräume view, pseudonymised if
// chosen as well.

import { paramOf, selectionFromParam } from "../api/time";
import { navigate } from "../router";
import { loadSpaces, loadStates, spaceOptions, stateParams } from "../state";
import { h, labelledSelect, replace } from "../ui/dom";
import { pseudonymizeBox, pseudonymQuery } from "../ui/pseudonymize";
import { reportPreview } from "../ui/reportPreview";
import { stateChooser, stateSelect } from "../ui/stateSelect";

export async function reportView(main: HTMLElement, _p: string[], query: URLSearchParams): Promise<void> {
  const out = h("div", {});
  replace(
    main,
    h("h1", { tabindex: -1 }, "Bericht für die Steuerungsgruppe"),
    h("p", { class: "lead" }, "Was hat sich zwischen zwei Erhebungen verändert, wo fehlen Angebote, welche Kooperationen lohnen sich? Der Bericht fasst es für die Steuerungsgruppe zusammen, mit Kurzfassung, Tabellen, Diagrammen und Methodenanhang; als barrierefreies PDF, als Word-Dokument zum Bearbeiten oder als HTML zum Weitergeben."),
    out,
  );
  let from = selectionFromParam(query.get("from"));
  let to = selectionFromParam(query.get("to"));
  const space = query.get("social_space") ?? "";
  let pseudonymized = query.get("pseudonymize") === "true";
  const states = loadStates();
  if (!paramOf(from) || !paramOf(to)) {
    // Default: the two newest waves (or the only wave against today).
    const waves = (await states.catch(() => null))?.states ?? [];
    if (!paramOf(to)) to = waves[0] ? { wave: waves[0].wave_id } : {};
    if (!paramOf(from)) from = waves[1] ? { wave: waves[1].wave_id } : {};
  }
  const t1 = stateChooser("report-from", "Von (T1)", from, states);
  const t2 = stateChooser("report-to", "Bis (T2)", to, states);
  const spaces = await loadSpaces().catch(() => []);
  const spaceField = labelledSelect("Sozialraum", "social_space", spaceOptions(spaces), space, "Ganzer Landkreis");
  const pseudonyms = pseudonymizeBox(pseudonymized, (on) => (pseudonymized = on));
  const form = h("form", { class: "filters inline state-select", "aria-label": "Zeitpunkte und Sozialraum" }, t1.element, t2.element, spaceField, pseudonyms, h("button", { type: "submit", class: "primary" }, "Bericht erstellen"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = t1.read();
    const b = t2.read();
    if (!a || !b) return;
    const qs = new URLSearchParams();
    if (paramOf(a)) qs.set("from", paramOf(a));
    if (paramOf(b)) qs.set("to", paramOf(b));
    const sp = (spaceField.querySelector("select") as HTMLSelectElement).value;
    if (sp) qs.set("social_space", sp);
    if (pseudonymized) qs.set("pseudonymize", "true");
    navigate(`/bericht?${qs}`, "report-from");
  });
  out.before(form);
  if (!paramOf(from)) {
    replace(out, h("p", { class: "notice" }, "Für den Bericht braucht es zwei Zeitpunkte. Wählen Sie für T1 eine Erhebungswelle oder einen Stichtag."));
    return;
  }
  const q: Record<string, string> = { from: paramOf(from) };
  if (paramOf(to)) q.to = paramOf(to);
  if (space) q.social_space = space;
  Object.assign(q, pseudonymQuery(pseudonymized));
  await reportPreview(out, "/reports/steering", q, "bericht", "Der Bericht");
}

/** profilePseudonymized is the profile's choice to pseudonymise, kept while the view redraws (another state, another space). */
let profilePseudonymized = false;

export async function profileView(main: HTMLElement, params: string[]): Promise<void> {
  const id = params[0];
  const name = (await loadSpaces().catch(() => [])).find((s) => s.id === id)?.name ?? id;
  const out = h("div", {});
  const show = () => reportPreview(out, `/reports/social-space/${encodeURIComponent(id)}`, { ...stateParams(), ...pseudonymQuery(profilePseudonymized) }, `sozialraumprofil-${id}`, "Das Sozialraumprofil");
  replace(
    main,
    h("h1", { tabindex: -1 }, `Sozialraumprofil ${name}`),
    h("p", { class: "lead" }, "Der Sozialraum auf einen Blick: Indikatoren, Angebote, Bedarfe und Lücken, das Netzwerk vor Ort, zentrale und kritische Akteure und Kopplungspotenziale."),
    h("p", {}, h("a", { href: "/sozialraeume", "data-link": true }, "Zurück zu allen Sozialräumen")),
    stateSelect(),
    pseudonymizeBox(profilePseudonymized, (on) => ((profilePseudonymized = on), void show())),
    out,
  );
  await show();
}
