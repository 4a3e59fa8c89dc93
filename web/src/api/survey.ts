// The partner survey as the respondent's pages use it: the personal link's secret (kept
// in this tab only and sent as "Authorization: Survey <secret>", never in an address),
// the answers being edited, and their checks before they are sent. Nothing here draws.

import { request, type Query } from "./client";
import { ApiError } from "./problem";
import type { components } from "./schema";

type Schemas = components["schemas"];

const KEY = "netzwerkatlas.survey";

/**
 * takeSecret reads the link's secret from the address (#<secret>) into this tab's
 * sessionStorage and removes it from the address bar, so that it is not shown, copied
 * or sent on; without one in the address, the secret stored before (a reload) is used.
 */
export function takeSecret(loc: Pick<Location, "hash" | "pathname" | "search"> = location, hist: Pick<History, "replaceState"> = history, store: Pick<Storage, "getItem" | "setItem"> = sessionStorage): string | null {
  const fromHash = decodeURIComponent(loc.hash.replace(/^#/, "")).trim();
  if (fromHash) {
    try {
      store.setItem(KEY, fromHash);
    } catch {
      /* private mode: kept in memory only */
    }
    hist.replaceState(null, "", loc.pathname + loc.search);
    return fromHash;
  }
  try {
    return store.getItem(KEY);
  } catch {
    return null;
  }
}

/** respond calls a respondent's endpoint (below /respond) with the link's secret instead of a token. */
export function respond<T>(secret: string, method: string, path: string, opts: { body?: unknown; query?: Query } = {}): Promise<T> {
  return request<T>(method, "/respond" + path, { ...opts, token: null, headers: { Authorization: "Survey " + secret } });
}

/** invalidLink reports whether err is the answer to a link that is invalid, expired, revoked or guessed. */
export function invalidLink(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 401 || err.status === 404);
}

/** Scale is a rating from 1 (low) to 4 (high). */
export type Scale = 1 | 2 | 3 | 4;

/** Direction says who refers to whom: "out" we refer to them, "in" they to us, "both". */
export type Direction = "out" | "in" | "both";

/**
 * Tie is the respondent's answer about one partner (the wire's TieAnswer while it is
 * being edited: intensity is still missing until it is answered).
 */
export interface Tie {
  partner: string;
  kinds: string[];
  intensity?: Scale;
  trust?: Scale;
  value?: Scale;
  direction?: Direction;
  /** since is the year the cooperation began, such as "2019". */
  since?: string;
  note?: string;
}

/** Proposal is an organisation that is missing from the roster ("Organisation fehlt"). */
export type Proposal = Schemas["NewOrganisation"];

/** Questions says which of the optional tie questions a survey asks (intensity is always asked). */
export type Questions = Schemas["Questions"];

/** questionLabels are the German names of the optional tie questions (also the coordinator's toggles). */
export const questionLabels: Record<keyof Questions, string> = {
  kinds: "Art der Zusammenarbeit",
  trust: "Vertrauen (1–4)",
  value: "Nutzen (1–4)",
  direction: "Richtung der Verweisungen",
  since: "Seit wann",
  note: "Freitext",
};

/** ratingLabels name the rated questions in German. */
export const ratingLabels: Record<"intensity" | "trust" | "value", string> = { intensity: "Intensität", trust: "Vertrauen", value: "Nutzen" };

/** scaleLabels name the four steps of each rating, from 1 to 4. */
export const scaleLabels: Record<"intensity" | "trust" | "value", [string, string, string, string]> = {
  intensity: ["gelegentlich", "regelmäßig", "häufig", "sehr eng"],
  trust: ["gering", "eher gering", "eher hoch", "hoch"],
  value: ["gering", "eher gering", "eher hoch", "hoch"],
};

/** directionLabels are the answers to "who refers to whom". */
export const directionLabels: Record<Direction, string> = {
  out: "Wir verweisen an sie",
  in: "Sie verweisen an uns",
  both: "Beide",
};

/** maxNote is the longest free text about a tie, in characters. */
export const maxNote = 1000;

/**
 * checkTie returns the German messages of what is wrong with a tie's answers, by
 * field, as the server would say it: the intensity is always asked; the other ratings
 * may stay open; since is a year up to this one.
 */
export function checkTie(t: Tie, thisYear = new Date().getFullYear()): Map<keyof Tie, string> {
  const out = new Map<keyof Tie, string>();
  if (t.intensity === undefined) out.set("intensity", "Bitte die Intensität von 1 bis 4 angeben.");
  if (t.since !== undefined && t.since !== "" && !(/^\d{4}$/.test(t.since) && Number(t.since) >= 1900 && Number(t.since) <= thisYear))
    out.set("since", `Bitte ein Jahr zwischen 1900 und ${thisYear} angeben, zum Beispiel ${thisYear - 3}.`);
  if ((t.note ?? "").length > maxNote) out.set("note", `Der Freitext darf höchstens ${maxNote.toLocaleString("de-DE")} Zeichen lang sein.`);
  return out;
}

/** tieField names the wire path of a tie's field, as the server's error messages do ("answers.ties[2].trust"). */
export function tieField(index: number, field: keyof Tie): string {
  return `ties[${index}].${field}`;
}

/**
 * parseTieField reads an error path such as "ties[2].trust", "answers.ties[2].kinds[0]"
 * or "ties[2]" into the tie's index and field; null for any other path.
 */
export function parseTieField(path: string): { index: number; field: keyof Tie | "" } | null {
  const m = /^(?:answers\.)?ties\[(\d+)\](?:\.(\w+))?/.exec(path);
  return m ? { index: Number(m[1]), field: (m[2] ?? "") as keyof Tie | "" } : null;
}

/** Named is a roster entry: an organisation the respondent may tick (with its town, for namesakes). */
export type Named = Schemas["RosterEntry"];

/**
 * matchRoster filters a short roster (the checklist) by a typed text: case and accents
 * do not matter, every word must begin a word of the name or occur in it, and names
 * that begin with the first word come first; at most limit entries.
 */
export function matchRoster(list: Named[], q: string, limit = 20): Named[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const scored: { n: Named; rank: number }[] = [];
  for (const n of list) {
    const name = fold(n.name);
    const parts = name.split(/[\s\-/().,]+/);
    if (!words.every((w) => parts.some((p) => p.startsWith(w)) || name.includes(w))) continue;
    scored.push({ n, rank: name.startsWith(words[0]) ? 0 : 1 });
  }
  scored.sort((a, b) => a.rank - b.rank || a.n.name.localeCompare(b.n.name, "de"));
  return scored.slice(0, limit).map((s) => s.n);
}

/** fold lower-cases a text and removes its accents and umlaut dots ("Ärzte" → "arzte"). */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");
}

/** dateLabel formats a date-time for a German reader ("31. März 2027"). */
export function dateLabel(iso: string | undefined | null): string {
  if (!iso) return "–";
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString("de-DE", { day: "numeric", month: "long", year: "numeric" });
}
