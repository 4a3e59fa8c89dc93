// The coordinator's side of the partner survey: a survey as the API sends it, and its
// settings as the form edits them (dates as days, the threshold in per cent, the tie
// questions as a list of the ones asked).

import { questionLabels, type Questions } from "./survey";
import type { Ok } from "./types";

/** Survey is a survey of a wave (GET /surveys/{id}). */
export type Survey = Ok<"/surveys/{id}">;

/** Mailing is one sending of invitations or reminders, as logged. */
export type Mailing = Ok<"/surveys/{id}/mailings">[number];

/** Dashboard is the coordinator's view of a survey's answers. */
export type Dashboard = Ok<"/surveys/{id}/dashboard">;

/** mailingKinds name the kinds of mailing in German. */
export const mailingKinds: Record<string, string> = { invitation: "Einladung", reminder: "Erinnerung" };

const questionKeys = Object.keys(questionLabels) as (keyof Questions)[];

/** day turns a date-time into the day it falls on here (for a date input). */
function day(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** toForm returns a survey's values as the settings form shows them (defaults for a new one). */
export function toForm(s: Survey | null): Record<string, unknown> {
  if (!s) return { roster: { mode: "all" }, questions: [...questionKeys], threshold: 65, master_data: true };
  return {
    ...s,
    opens_at: day(s.opens_at),
    closes_at: day(s.closes_at),
    questions: questionKeys.filter((k) => s.questions[k]),
    threshold: Math.round(s.threshold * 1000) / 10,
  };
}

/**
 * fromForm turns the form's values into the body of POST or PUT /surveys: the first
 * day from midnight, the last day to its end (local time), the threshold as a share.
 */
export function fromForm(v: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...v };
  if (typeof v.opens_at === "string") out.opens_at = new Date(`${v.opens_at}T00:00:00`).toISOString();
  if (typeof v.closes_at === "string") out.closes_at = new Date(`${v.closes_at}T23:59:59`).toISOString();
  const asked = new Set(Array.isArray(v.questions) ? (v.questions as string[]) : []);
  out.questions = Object.fromEntries(questionKeys.map((k) => [k, asked.has(k)]));
  out.master_data = v.master_data === true;
  if (typeof v.threshold === "number") out.threshold = v.threshold / 100;
  return out;
}

/** surveyState says in German whether a survey is yet to open, open or closed. */
export function surveyState(s: Pick<Survey, "opens_at" | "closes_at">, now = new Date()): string {
  if (s.opens_at && new Date(s.opens_at) > now) return "geplant";
  if (s.closes_at && new Date(s.closes_at) < now) return "beendet";
  return "läuft";
}
