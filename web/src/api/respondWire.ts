// The respondent's endpoints on the wire: GET /respond read into what the pages edit
// (Invitation), and the answers written back for PUT /respond/answers.

import { object, ShapeError, type Raw } from "./shape";
import type { Named, Proposal, Questions, Tie } from "./survey";

/** MasterData is the own organisation's data the respondent confirms or corrects. */
export interface MasterData {
  name?: string;
  street?: string;
  postcode?: string;
  city?: string;
  website?: string;
  email?: string;
  phone?: string;
  offers?: string[];
}

/** Invitation is one respondent's survey with the answers being edited. */
export interface Invitation {
  survey: {
    title: string;
    consent_text: string;
    contact: { name?: string; email?: string; phone?: string };
    closes_at?: string;
    questions: Questions;
    kinds: { code: string; label: string }[];
    master_data: boolean;
  };
  organisation: Named;
  /** roster is the whole roster when it is short (≤ 50), else empty: search instead. */
  roster: Named[];
  rosterSize: number;
  state: "open" | "submitted" | "closed";
  submittedAt?: string;
  version: number;
  consent: boolean;
  ties: Tie[];
  /** names holds the names of the partners answered about. */
  names: Map<string, string>;
  proposals: Proposal[];
  master: MasterData;
  /** masterBefore is the master data as stored, to show what the respondent changed. */
  masterBefore: MasterData;
}

const where = "GET /respond";

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function named(v: unknown, at: string): Named {
  const o = object<Raw>(v, at);
  if (typeof o.id !== "string" || typeof o.name !== "string") throw new ShapeError(at, "„id“ und „name“ müssen Text sein");
  return { id: o.id, name: o.name, place: str(o.place) };
}

const scale = (v: unknown) => (v === 1 || v === 2 || v === 3 || v === 4 ? v : undefined);

function readTie(v: unknown, at: string): Tie {
  const o = object<Raw>(v, at);
  if (typeof o.partner_id !== "string") throw new ShapeError(at, "„partner_id“ muss Text sein");
  const d = o.direction;
  return {
    partner_id: o.partner_id,
    kinds: list(o.kinds).filter((k): k is string => typeof k === "string"),
    intensity: scale(o.intensity),
    trust: scale(o.trust),
    value: scale(o.value),
    direction: d === "out" || d === "in" || d === "both" ? d : undefined,
    since: typeof o.since === "number" ? o.since : undefined,
    note: str(o.note),
  };
}

function readMaster(v: unknown): MasterData {
  const o = (v && typeof v === "object" ? v : {}) as Raw;
  const out: MasterData = {};
  for (const k of ["name", "street", "postcode", "city", "website", "email", "phone"] as const) if (typeof o[k] === "string") out[k] = o[k] as string;
  const offers = list(o.offers).filter((x): x is string => typeof x === "string");
  if (offers.length) out.offers = offers;
  return out;
}

/** readInvitation reads the answer of GET /respond. */
export function readInvitation(v: unknown): Invitation {
  const o = object<Raw>(v, where);
  const sv = object<Raw>(o.survey, `${where}.survey`);
  const q = (sv.questions ?? {}) as Raw;
  const answers = (o.answers && typeof o.answers === "object" ? o.answers : {}) as Raw;
  const ties = list(answers.ties).map((t, i) => readTie(t, `${where}.answers.ties[${i}]`));
  const roster = list(o.roster).map((n, i) => named(n, `${where}.roster[${i}]`));
  const names = new Map<string, string>();
  for (const n of [...roster, ...list(o.partners).map((n, i) => named(n, `${where}.partners[${i}]`))]) names.set(n.id, n.name);
  const state = o.state === "submitted" || o.state === "closed" ? o.state : "open";
  const before = readMaster(o.master_data);
  const contact = (sv.contact ?? {}) as Raw;
  return {
    survey: {
      title: str(sv.title) ?? "Netzwerkerhebung",
      consent_text: str(sv.consent_text) ?? "",
      contact: { name: str(contact.name), email: str(contact.email), phone: str(contact.phone) },
      closes_at: str(sv.closes_at),
      questions: {
        kinds: q.kinds !== false,
        intensity: q.intensity !== false,
        trust: q.trust !== false,
        value: q.value !== false,
        direction: q.direction !== false,
        since: q.since !== false,
        note: q.note !== false,
      },
      kinds: list(sv.kinds).flatMap((k) => {
        const t = k as Raw;
        return typeof t?.code === "string" ? [{ code: t.code, label: str(t.label) ?? t.code }] : [];
      }),
      master_data: sv.master_data === true,
    },
    organisation: named(o.organisation, `${where}.organisation`),
    roster,
    rosterSize: typeof o.roster_size === "number" ? o.roster_size : roster.length,
    state,
    submittedAt: str(o.submitted_at),
    version: typeof o.version === "number" ? o.version : 0,
    consent: answers.consent === true,
    ties,
    names,
    proposals: list(answers.proposals).map((p) => {
      const r = (p ?? {}) as Raw;
      return { name: str(r.name) ?? "", city: str(r.city), note: str(r.note) };
    }),
    master: { ...before, ...readMaster(answers.master_data) },
    masterBefore: before,
  };
}

/** writeAnswers is the body of PUT /respond/answers: only what was answered, with the version read. */
export function writeAnswers(inv: Invitation): Record<string, unknown> {
  const changed: MasterData = {};
  for (const [k, v] of Object.entries(inv.master) as [keyof MasterData, MasterData[keyof MasterData]][]) {
    if (JSON.stringify(v) !== JSON.stringify(inv.masterBefore[k])) (changed as Record<string, unknown>)[k] = v;
  }
  return {
    version: inv.version,
    consent: inv.consent,
    ties: inv.ties.map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined && v !== ""))),
    proposals: inv.proposals.map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined && v !== ""))),
    ...(inv.survey.master_data && Object.keys(changed).length ? { master_data: changed } : {}),
  };
}
