// Confirmations in German: an inline question with "yes" and "cancel" buttons that
// takes the focus (confirmInline), and a modal one on the native <dialog> (confirmDialog:
// focus is kept inside, Escape cancels, focus returns to the control that opened it).

import { h, replace, type Child } from "./dom";

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
    const panel = h("div", { class: "confirm-inline", role: "group", "aria-label": "Bestätigung" }, h("p", {}, question), h("div", { class: "tools" }, yesButton, h("button", { type: "button", onclick: () => done(false) }, "Abbrechen")));
    panel.addEventListener("keydown", (ev) => {
      if ((ev as KeyboardEvent).key === "Escape") done(false);
    });
    replace(box, panel);
    yesButton.focus();
  });
}

export interface ConfirmOptions {
  title: string;
  /** body says what will happen, including what goes with it. */
  body: Child;
  confirmLabel: string;
  cancelLabel?: string;
  /** danger marks an action that removes data. */
  danger?: boolean;
}

/** confirmDialog asks the question and resolves to true only when confirmed. */
export function confirmDialog(opts: ConfirmOptions): Promise<boolean> {
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const cancel = h("button", { type: "button", value: "cancel" }, opts.cancelLabel ?? "Abbrechen");
    const ok = h("button", { type: "button", class: opts.danger ? "danger" : "primary", value: "ok" }, opts.confirmLabel);
    const dialog = h(
      "dialog",
      { class: "confirm", "aria-labelledby": "confirm-title", "aria-describedby": "confirm-body" },
      h("h2", { id: "confirm-title" }, opts.title),
      h("div", { id: "confirm-body" }, opts.body),
      h("div", { class: "tools" }, ok, cancel),
    ) as HTMLDialogElement;
    const finish = (yes: boolean) => {
      dialog.close();
      dialog.remove();
      opener?.focus?.();
      resolve(yes);
    };
    ok.addEventListener("click", () => finish(true));
    cancel.addEventListener("click", () => finish(false));
    dialog.addEventListener("cancel", (e) => (e.preventDefault(), finish(false)));
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
