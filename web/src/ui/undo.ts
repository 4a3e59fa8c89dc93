// Undo notices: after an edit ("Rückgängig" restores the previous version; after a
// create it deletes the new entry) and after an import (the whole batch is reverted
// by its batch_id). A conflict with later edits is shown as the server words it.

import { request } from "../api/client";
import { ApiError } from "../api/problem";
import { readHistory, revertSentence, undoTarget } from "../api/time";
import { invalidate } from "../state";
import { confirmInline } from "./confirm";
import { h, replace } from "./dom";
import { errorBox } from "./status";

export interface EditUndo {
  /** path is the entity's collection ("/actors"). */
  path: string;
  id: string;
  /** version is the version the edit wrote; created says the edit made the entity. */
  version: number;
  created: boolean;
  /** done is called after the undo with a German sentence of what happened. */
  done: (message: string) => void;
}

function conflict(err: unknown, what: string): HTMLElement {
  if (err instanceof ApiError && (err.status === 409 || err.status === 404))
    return h("div", { class: "error", role: "alert" }, h("strong", {}, `${what} nicht möglich: `), err.problem.detail ?? err.problem.title);
  return errorBox(err, what);
}

/** undoEdit returns the notice "Gespeichert." with a "Rückgängig" button. */
export function undoEdit(u: EditUndo, saved = "Gespeichert."): HTMLElement {
  const status = h("div", { role: "status" });
  const button = h("button", { type: "button", class: "undo-button" }, "Rückgängig") as HTMLButtonElement;
  button.addEventListener("click", async () => {
    button.disabled = true;
    replace(status, "Wird rückgängig gemacht …");
    const at = `${u.path}/${encodeURIComponent(u.id)}`;
    try {
      if (u.created) {
        await request("DELETE", at);
        invalidate();
        u.done("Das Anlegen wurde rückgängig gemacht; der Eintrag ist gelöscht.");
        return;
      }
      const history = readHistory(await request("GET", `${at}/history`), `${u.path}/{id}/history`).items;
      const target = undoTarget(history, u.version);
      if (target === null) {
        replace(status, h("p", { class: "error", role: "alert" }, "Es gibt keine frühere Version, zu der zurückgekehrt werden könnte."));
        return;
      }
      await request("POST", `${at}/history/${target}/restore`);
      invalidate();
      u.done(`Die Änderung wurde rückgängig gemacht (Stand von Version ${target} wiederhergestellt).`);
    } catch (err) {
      button.disabled = false;
      replace(status, conflict(err, "Rückgängig machen"));
    }
  });
  return h("div", { class: "success undo", role: "status" }, h("p", {}, saved, " ", button), status);
}

/**
 * undoImport returns the notice after an import with "Import rückgängig machen",
 * which asks first and then reverts the batch (all or nothing).
 */
export function undoImport(batchId: string, after?: (message: string) => void): HTMLElement {
  const status = h("div", { role: "status" });
  const ask = h("div", {});
  const button = h("button", { type: "button", class: "undo-button" }, "Import rückgängig machen") as HTMLButtonElement;
  button.addEventListener("click", async () => {
    if (!(await confirmInline(ask, "Den ganzen Import zurücknehmen? Alle Einträge, die er angelegt oder geändert hat, werden auf den Stand davor gesetzt. Spätere Änderungen an diesen Einträgen verhindern das; dann wird nichts verändert.", "Ja, Import rückgängig machen", button))) return;
    button.disabled = true;
    replace(status, "Wird rückgängig gemacht …");
    try {
      const res = await request("POST", `/batches/${encodeURIComponent(batchId)}/revert`);
      invalidate();
      const msg = revertSentence(res);
      replace(status, h("p", { class: "success" }, msg));
      button.hidden = true;
      after?.(msg);
    } catch (err) {
      button.disabled = false;
      replace(status, conflict(err, "Rückgängig machen"));
    }
  });
  return h("div", { class: "undo", "data-batch": batchId }, h("p", {}, "Sie können diesen Import als Ganzes zurücknehmen. ", button), ask, status);
}
