// The choice "Geschützte Akteure pseudonymisieren" where exports and reports are
// made: it adds pseudonymize=true to their requests, and the server then names each
// protected actor (by default the self-help groups) by a stable pseudonym, without
// its contact data and free text, and leaves out group figures under k.

import { h, uid } from "./dom";

/** pseudonymQuery returns the query parameter for the choice: pseudonymize=true, or none. */
export function pseudonymQuery(on: boolean): { pseudonymize?: string } {
  return on ? { pseudonymize: "true" } : {};
}

/**
 * pseudonymizeBox returns the checkbox with its label and a hint, checked if on;
 * change gets its new state.
 */
export function pseudonymizeBox(on: boolean, change: (on: boolean) => void): HTMLElement {
  const id = uid("pseudonymize");
  const box = h("input", { type: "checkbox", id, name: "pseudonymize", checked: on, "aria-describedby": id + "-hint" }) as HTMLInputElement;
  box.addEventListener("change", () => change(box.checked));
  return h(
    "div",
    { class: "field checkbox" },
    h("label", { for: id }, box, " Geschützte Akteure pseudonymisieren"),
    h("small", { id: id + "-hint" }, "Selbsthilfegruppen und andere geschützte Akteure erscheinen mit Pseudonym, ohne Kontaktdaten und Freitext; kleine Gruppen werden nicht ausgewiesen."),
  );
}
