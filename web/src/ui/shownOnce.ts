// A secret or personal link shown this once, in a read-only field with a copy
// button: new API tokens, password links and the directory providers' links.

import { h, replace, uid } from "./dom";

/** ShownOnce describes what shownOnce shows. */
export interface ShownOnce {
  /** title heads the box (focusable, for moving the focus to it). */
  title: string;
  /** explain says what it is for and until when, after the bold "… wird nur jetzt angezeigt." */
  explain: string;
  /** label names the field. */
  label: string;
  value: string;
  /** what names the value in the sentences: "Der Link" or "Das Geheimnis". */
  what: "Der Link" | "Das Geheimnis";
}

/** shownOnce returns the box that shows a secret or link this once, with a copy button. */
export function shownOnce(s: ShownOnce, ...more: (Node | string | null)[]): HTMLElement {
  const id = uid("once");
  const input = h("input", { id, type: "text", readonly: true, value: s.value, class: "secret", spellcheck: "false", autocomplete: "off" }) as HTMLInputElement;
  const said = h("span", { role: "status", class: "copied" });
  const copy = h(
    "button",
    {
      type: "button",
      onclick: async () => {
        try {
          await navigator.clipboard.writeText(s.value);
          replace(said, "In die Zwischenablage kopiert.");
        } catch {
          input.select();
          replace(said, `Kopieren ist hier nicht erlaubt; ${s.what[0].toLowerCase() + s.what.slice(1)} ist markiert, bitte mit Strg+C kopieren.`);
        }
      },
    },
    "Kopieren",
  );
  return h(
    "section",
    { class: "success secret-box", "aria-labelledby": id + "-h" },
    h("h3", { id: id + "-h", tabindex: -1 }, s.title),
    h("p", {}, h("strong", {}, `${s.what} wird nur jetzt angezeigt.`), " " + s.explain),
    h("label", { for: id }, s.label),
    h("div", { class: "tools" }, input, copy, said),
    ...more,
  );
}
