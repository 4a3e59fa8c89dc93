// An inline confirmation in German: a question with "yes" and "cancel" buttons that
// takes the focus, instead of the browser's modal dialog.

import { h, replace } from "./dom";

/**
 * confirmInline shows the question in box and focuses its "yes" button; it resolves
 * true on yes and false on cancel (or Escape), emptying box, and focusing back.
 */
export function confirmInline(box: HTMLElement, question: string, yes: string, back?: HTMLElement | null): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      replace(box);
      if (!ok) back?.focus();
      resolve(ok);
    };
    const yesButton = h("button", { type: "button", class: "primary", onclick: () => done(true) }, yes);
    const panel = h("div", { class: "confirm", role: "group", "aria-label": "Bestätigung" }, h("p", {}, question), h("div", { class: "tools" }, yesButton, h("button", { type: "button", onclick: () => done(false) }, "Abbrechen")));
    panel.addEventListener("keydown", (ev) => {
      if ((ev as KeyboardEvent).key === "Escape") done(false);
    });
    replace(box, panel);
    yesButton.focus();
  });
}
