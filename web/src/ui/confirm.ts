// A modal confirmation in German (the native <dialog>: focus is kept inside, Escape
// cancels, and focus returns to the control that opened it).

import { h, type Child } from "./dom";

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
