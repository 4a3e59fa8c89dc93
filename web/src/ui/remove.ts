// Deleting an entity from the browser: a confirmation that says what goes with it (an
// actor's cooperations and offers, counted), the DELETE with the version last read, and
// a German sentence of what happened, or of why the server refused (a social space or
// wave still in use: the server's 409 message).

import { get, request } from "../api/client";
import { ApiError } from "../api/problem";
import { confirmDialog } from "./confirm";
import { h } from "./dom";

/** Deletable is what the confirmation and the request need to know of an entity. */
export interface Deletable {
  kind: string;
  /** path is the collection, such as "/actors". */
  path: string;
  id: string;
  version?: number;
  /** singular is the German name of the kind, label the entity's name. */
  singular: string;
  label: string;
}

/** Outcome is what a deletion did, in German: done says whether anything was deleted. */
export interface Outcome {
  done: boolean;
  message: string;
}

const plural: Record<string, [string, string, string]> = {
  // kind: [one, many, dative many]
  cooperation: ["Kooperation", "Kooperationen", "Kooperationen"],
  offer: ["Angebot", "Angebote", "Angeboten"],
  need: ["Bedarf", "Bedarfe", "Bedarfen"],
  actor: ["Akteur", "Akteure", "Akteuren"],
  social_space: ["Sozialraum", "Sozialräume", "Sozialräumen"],
  wave: ["Erhebungswelle", "Erhebungswellen", "Erhebungswellen"],
};

/** count writes "1 Kooperation", "3 Kooperationen", or in the dative "3 Kooperationen"/"2 Angeboten". */
export function count(kind: string, n: number, dative = false): string {
  const [one, many, dat] = plural[kind] ?? [kind, kind, kind];
  return `${n.toLocaleString("de-DE")} ${n === 1 ? one : dative ? dat : many}`;
}

/** joinDe joins parts as German prose: "a", "a und b", "a, b und c". */
export function joinDe(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} und ${parts[parts.length - 1]}`;
}

/** dependents counts what goes with an actor: its cooperations and offers. */
async function dependents(e: Deletable): Promise<Record<string, number>> {
  if (e.kind !== "actor") return {};
  const [c, o] = await Promise.all([
    get<{ total: number }>("/cooperations", { actor_id: e.id, limit: 1 }),
    get<{ total: number }>("/offers", { actor_id: e.id, limit: 1 }),
  ]);
  return { cooperation: c.total, offer: o.total };
}

/** confirmText is the question's body: what goes with the entity. */
export function confirmText(e: Deletable, deps: Record<string, number>): string {
  if (e.kind === "actor") {
    const parts = Object.entries(deps).filter(([, n]) => n > 0).map(([k, n]) => count(k, n));
    return parts.length
      ? `Mit dem Akteur werden auch seine ${joinDe(parts)} gelöscht${deps.cooperation ? " (aus allen Erhebungswellen)" : ""}.`
      : "Der Akteur hat keine Kooperationen und keine Angebote; nur er selbst wird gelöscht.";
  }
  if (e.kind === "social_space") return "Ein Sozialraum, in dem noch Gebiete liegen oder auf den Akteure, Angebote oder Bedarfe verweisen, wird nicht gelöscht; der Server nennt dann die Verweise.";
  if (e.kind === "wave") return "Eine Erhebungswelle, auf die noch Kooperationen verweisen, wird nicht gelöscht; der Server nennt dann die Zahl.";
  return `Nur ${e.singular === "Bedarf" ? "dieser Bedarf" : e.singular === "Angebot" ? "dieses Angebot" : "diese " + e.singular} wird gelöscht; sonst ändert sich nichts.`;
}

/**
 * deleteEntity asks, then deletes. It returns null when the person cancelled, else
 * what happened (the server's German reason when it refused).
 */
export async function deleteEntity(e: Deletable): Promise<Outcome | null> {
  let deps: Record<string, number>;
  try {
    deps = await dependents(e);
  } catch (err) {
    return { done: false, message: `„${e.label}“ wurde nicht gelöscht: ${err instanceof Error ? err.message : String(err)}` };
  }
  const yes = await confirmDialog({
    title: `${e.singular} „${e.label}“ löschen?`,
    body: h("p", {}, confirmText(e, deps)),
    confirmLabel: `${e.singular} löschen`,
    danger: true,
  });
  if (!yes) return null;
  try {
    const res = await request<{ also_deleted: Record<string, number> }>("DELETE", `${e.path}/${encodeURIComponent(e.id)}`, {
      query: { version: e.version, cascade: e.kind === "actor" ? true : undefined },
    });
    const also = Object.entries(res.also_deleted ?? {}).filter(([, n]) => n > 0).map(([k, n]) => count(k, n, true));
    return { done: true, message: `${e.singular} „${e.label}“ wurde gelöscht${also.length ? `, mit ${joinDe(also)}` : ""}.` };
  } catch (err) {
    if (err instanceof ApiError) {
      const why = err.problem.detail ?? err.problem.title;
      return { done: false, message: `${e.singular} „${e.label}“ wurde nicht gelöscht. ${why}${err.status === 409 && e.kind !== "social_space" && e.kind !== "wave" ? " Laden Sie die Seite neu, um den aktuellen Stand zu sehen." : ""}` };
    }
    return { done: false, message: `${e.singular} „${e.label}“ wurde nicht gelöscht: ${err instanceof Error ? err.message : String(err)}` };
  }
}

let flash: Outcome | null = null;

/** setFlash keeps an outcome for the next view to show (after a navigation). */
export function setFlash(o: Outcome): void {
  flash = o;
}

/** takeFlash returns the kept outcome once, as a status or alert box, or null. */
export function takeFlash(): HTMLElement | null {
  const o = flash;
  flash = null;
  return o ? outcomeBox(o) : null;
}

/** outcomeBox shows an outcome: a success status, or an alert when nothing was deleted. */
export function outcomeBox(o: Outcome): HTMLElement {
  return o.done ? h("p", { class: "success", role: "status", tabindex: -1 }, o.message) : h("p", { class: "error", role: "alert", tabindex: -1 }, o.message);
}
