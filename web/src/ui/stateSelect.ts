// The state selector that every analysis view and the map share: a survey wave or a
// reference date (Stichtag), kept in the address as ?wave= or ?date=, and the line
// that says which state a view shows ("498 Kooperationen, Stand Erhebung Herbst 2026").

import { coopCount, isDate, selectionOf, stateSentence, selectionKey, withSelection, type Selection, type State, type States } from "../api/time";
import { navigate } from "../router";
import { loadStates, selection } from "../state";
import { h, replace } from "./dom";

/** stateSelectId is the ID of the shared selector's list, focused again after a change. */
export const stateSelectId = "state-select";

/**
 * stateOptions lists the states to choose from: today (with the default state's
 * count when known), each wave, and a reference date.
 */
export function stateOptions(list: States | null, sel: Selection, today = true): { value: string; label: string }[] {
  const out = today ? [{ value: "", label: list ? `Heute: ${stateSentence(list.default)}` : "Heute" }] : [];
  for (const st of list?.states ?? []) out.push({ value: "wave:" + st.wave_id, label: `${st.wave_name || st.label} (${coopCount(st.cooperations)}${st.closed ? ", abgeschlossen" : ""})` });
  const cur = selectionKey(sel);
  if ("wave" in sel && !out.some((o) => o.value === cur)) out.push({ value: cur, label: `Erhebungswelle ${sel.wave}` });
  out.push({ value: "date", label: "Stichtag wählen …" });
  return out;
}

/** StateChooser is a labelled choice of a state: a list of waves and a date field for a Stichtag. */
export interface StateChooser {
  element: HTMLElement;
  /** read returns the chosen state, or null after showing why the date is not one. */
  read(): Selection | null;
}

/** stateChooser builds a chooser with the given ID; states fills it when they arrive. */
export function stateChooser(id: string, label: string, sel: Selection, states: Promise<States>): StateChooser {
  const current = "date" in sel ? "date" : selectionKey(sel);
  const list = h("select", { id, name: id }) as HTMLSelectElement;
  const dateId = id + "-date";
  const date = h("input", { id: dateId, type: "date", name: dateId, value: "date" in sel ? sel.date : "", "aria-describedby": dateId + "-err" }) as HTMLInputElement;
  const dateError = h("p", { class: "field-error", id: dateId + "-err", hidden: true });
  const dateBox = h("div", { class: "field", hidden: current !== "date" }, h("label", { for: dateId }, `Stichtag (${label})`), date, dateError);
  const fill = (s: States | null) => replace(list, stateOptions(s, sel).map((o) => h("option", { value: o.value, selected: o.value === current }, o.label)));
  fill(null);
  states.then(fill, () => fill(null));
  list.addEventListener("change", () => {
    dateBox.hidden = list.value !== "date";
  });
  return {
    element: h("div", { class: "state-choice" }, h("div", { class: "field" }, h("label", { for: id }, label), list), dateBox),
    read() {
      if (list.value !== "date") return selectionOf(list.value);
      if (isDate(date.value)) {
        dateError.hidden = true;
        date.removeAttribute("aria-invalid");
        return { date: date.value };
      }
      dateError.hidden = false;
      replace(dateError, "Bitte einen Stichtag als Datum angeben, etwa 30.06.2025.");
      date.setAttribute("aria-invalid", "true");
      date.focus();
      return null;
    },
  };
}

/**
 * stateSelect is the shared selector. Choosing a state shows the current view again
 * for it (a new history entry, so Back returns to the previous state); the other
 * parameters of the address stay.
 */
export function stateSelect(): HTMLElement {
  const chooser = stateChooser(stateSelectId, "Stand des Netzwerks", selection(), loadStates());
  const form = h("form", { class: "state-select", "aria-label": "Stand wählen" }, chooser.element, h("button", { type: "submit" }, "Stand anzeigen"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const next = chooser.read();
    if (next) navigate(withSelection(location.pathname + location.search, next), stateSelectId);
  });
  return form;
}

/** stateLine says which state the view shows; when the answer names none, nothing. */
export function stateLine(st: State | null, prefix = ""): HTMLElement | null {
  if (!st) return null;
  return h("p", { class: "state-line" }, prefix, h("strong", {}, stateSentence(st)), st.actors ? ` · ${st.actors.toLocaleString("de-DE")} Akteure` : "");
}
