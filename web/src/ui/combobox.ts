// A search field with a list of suggestions, after the ARIA 1.2 combobox pattern
// (editable combobox with list autocomplete): typing filters the list, ↓/↑ move
// through it (aria-activedescendant, the focus stays in the field), Enter or a click
// chooses, Escape closes the list. The chosen value is kept apart from the typed text.

import { h, replace, uid } from "./dom";

export interface ComboOption {
  value: string;
  label: string;
}

export interface Combobox {
  /** element holds the label, the field, the list and the error line. */
  element: HTMLElement;
  input: HTMLInputElement;
  /** value is the chosen option's value; "" while the text names no option. */
  value(): string;
  /** clear empties the field. */
  clear(): void;
  /** error shows a message under the field (marking it invalid), or hides it for null. */
  error(message: string | null): void;
}

/**
 * combobox builds a labelled search field over options; search returns the options
 * that match the typed text (at most limit are shown).
 */
export function combobox(label: string, name: string, search: (text: string) => ComboOption[], limit = 10): Combobox {
  const id = uid(name);
  const list = h("ul", { id: id + "-list", role: "listbox", class: "combo-list", "aria-label": "Vorschläge: " + label, hidden: true });
  const errorLine = h("p", { class: "field-error", id: id + "-err", hidden: true });
  const input = h("input", {
    id,
    name,
    type: "text",
    role: "combobox",
    autocomplete: "off",
    spellcheck: "false",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": list.id,
    "aria-describedby": id + "-hint " + errorLine.id,
  }) as HTMLInputElement;
  const hint = h("small", { id: id + "-hint", class: "hint" }, "Namen tippen, mit Pfeil nach unten einen Vorschlag wählen, mit Eingabe übernehmen.");
  let shown: ComboOption[] = [];
  let active = -1;
  let chosen: ComboOption | null = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll("[role=option]").forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i < 0) input.removeAttribute("aria-activedescendant");
    else {
      input.setAttribute("aria-activedescendant", `${id}-opt-${i}`);
      list.children[i]?.scrollIntoView?.({ block: "nearest" });
    }
  };
  const choose = (o: ComboOption) => {
    chosen = o;
    input.value = o.label;
    close();
    field.error(null);
  };
  const open = () => {
    shown = search(input.value).slice(0, limit);
    replace(
      list,
      shown.map((o, i) => h("li", { id: `${id}-opt-${i}`, role: "option", "aria-selected": "false", onmousedown: (e: Event) => e.preventDefault(), onclick: () => choose(o) }, o.label)),
      input.value.trim() && !shown.length ? h("li", { class: "none", role: "option", "aria-disabled": "true", "aria-selected": "false" }, "Kein Akteur gefunden.") : null,
    );
    const any = input.value.trim() !== "";
    list.hidden = !any;
    input.setAttribute("aria-expanded", String(any));
    highlight(-1);
  };
  input.addEventListener("input", () => {
    chosen = null;
    open();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (ev) => {
    const n = shown.length;
    switch (ev.key) {
      case "ArrowDown":
        ev.preventDefault();
        if (list.hidden) open();
        if (n) highlight((active + 1) % n);
        break;
      case "ArrowUp":
        ev.preventDefault();
        if (n) highlight(active <= 0 ? n - 1 : active - 1);
        break;
      case "Enter":
        if (!list.hidden && active >= 0) {
          ev.preventDefault();
          choose(shown[active]);
        }
        break;
      case "Escape":
        if (!list.hidden) {
          ev.preventDefault();
          close();
        }
        break;
    }
  });

  const box = h("div", { class: "field combo" }, h("label", { for: id }, label), input, hint, list, errorLine);
  const field: Combobox = {
    element: box,
    input,
    value() {
      if (chosen && chosen.label === input.value) return chosen.value;
      const text = input.value.trim().toLocaleLowerCase("de");
      return (text && search(input.value).find((o) => o.label.toLocaleLowerCase("de") === text)?.value) || "";
    },
    clear() {
      chosen = null;
      input.value = "";
      close();
    },
    error(message) {
      errorLine.hidden = message === null;
      replace(errorLine, message ?? "");
      box.classList.toggle("invalid", message !== null);
      if (message === null) input.removeAttribute("aria-invalid");
      else input.setAttribute("aria-invalid", "true");
    },
  };
  return field;
}
