// The respondent's endpoints on the wire: GET /respond read into what the pages edit
// (Invitation), and the body of PUT /respond/answers and POST /respond/submit.

import type { components } from "./schema";
import { bool, field, num, object, records, str, strings, type Wire } from "./shape";
import type { Direction, Named, Proposal, Questions, Scale, Tie } from "./survey";

type Schemas = components["schemas"];
type View = Schemas["RespondentView"];

/** MasterForm is the own organisation's master data as the form edits it (the address flat). */
export interface MasterForm {
  name: string;
  street: string;
  postal_code: string;
  city: string;
  website: string;
  email: string;
  phone: string;
  offers: string;
}

/** Invitation is one respondent's survey with the answers being edited. */
export interface Invitation {
  survey: {
    title: string;
    consent_text: string;
    contact: { name?: string; email?: string; phone?: string };
    closes_at: string;
    questions: Questions;
    /** kinds are the kinds of cooperation offered (code and German label); none: the question is left out. */
    kinds: { code: string; label: string }[];
    master_data: boolean;
  };
  organisation: Named;
  /** roster is the whole roster when it is short (≤ 50), else empty: search instead. */
  roster: Named[];
  rosterSize: number;
  /** state is planned, open, submitted or closed. */
  state: string;
  submittedAt?: string;
  version: number;
  consent: boolean;
  ties: Tie[];
  /** names holds the names of the roster and of the partners answered about, by ID. */
  names: Map<string, string>;
  proposals: Proposal[];
  master: MasterForm;
  /** masterBefore is the master data as stored, to send only a change and show it. */
  masterBefore: MasterForm;
  /** ownOffers are the organisation's offers as stored (fields and target groups as German labels). */
  ownOffers: { name: string; fields: string[]; target_groups: string[] }[];
}

const where = "GET /respond";

function named(o: Wire<Schemas["RosterEntry"]>, at: string): Named {
  return { id: str(o, "id", at), name: str(o, "name", at), ...(typeof o.city === "string" && o.city ? { city: o.city } : {}) };
}

const scale = (v: unknown): Scale | undefined => (v === 1 || v === 2 || v === 3 || v === 4 ? v : undefined);
const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

function readTie(o: Wire<Schemas["TieAnswer"]>, at: string): Tie {
  const d = o.direction;
  return {
    partner: str(o, "partner", at),
    kinds: o.kinds === undefined ? [] : strings(o, "kinds", at),
    intensity: scale(o.intensity),
    trust: scale(o.trust),
    value: scale(o.value),
    direction: d === "out" || d === "in" || d === "both" ? (d as Direction) : undefined,
    since: text(o.since),
    note: text(o.note),
  };
}

function readMaster(o: Wire<Schemas["MasterData"]> | null): MasterForm {
  const a = (o?.address && typeof o.address === "object" ? o.address : {}) as Record<string, unknown>;
  const s = (v: unknown) => (typeof v === "string" ? v : "");
  return { name: s(o?.name), street: s(a.street), postal_code: s(a.postal_code), city: s(a.city), website: s(o?.website), email: s(o?.email), phone: s(o?.phone), offers: s(o?.offers) };
}

/** readInvitation reads the answer of GET /respond. */
export function readInvitation(v: unknown): Invitation {
  const o = object<View>(v, where);
  const q = field(o, "questions", where);
  const answers = field(o, "answers", where);
  const roster = records(o, "roster", where).map((n, i) => named(n, `${where}.roster[${i}]`));
  const partners = records(o, "partners", where).map((n, i) => named(n, `${where}.partners[${i}]`));
  const names = new Map([...roster, ...partners].map((n) => [n.id, n.name]));
  const contact = field(o, "contact", where);
  const before = readMaster(field(o, "own_data", where));
  const saved = answers.master_data ? readMaster(field(answers, "master_data", `${where}.answers`)) : { ...before };
  // The cooperation kinds come with the view once the server sends them (the respondent cannot read the taxonomy).
  const kinds = Array.isArray((o as Record<string, unknown>).kinds)
    ? ((o as Record<string, unknown>).kinds as unknown[]).flatMap((k) => {
        const t = k as Record<string, unknown>;
        return typeof t?.code === "string" ? [{ code: t.code, label: typeof t.label === "string" ? t.label : t.code }] : [];
      })
    : [];
  const at = `${where}.questions`;
  return {
    survey: {
      title: str(o, "title", where),
      consent_text: str(o, "consent_text", where),
      contact: { name: text(contact.name), email: text(contact.email), phone: text(contact.phone) },
      closes_at: str(o, "closes_at", where),
      questions: { kinds: bool(q, "kinds", at) && kinds.length > 0, trust: bool(q, "trust", at), value: bool(q, "value", at), direction: bool(q, "direction", at), since: bool(q, "since", at), note: bool(q, "note", at) },
      kinds,
      master_data: bool(o, "asks_master_data", where),
    },
    organisation: named(field(o, "organisation", where), `${where}.organisation`),
    roster,
    rosterSize: num(o, "roster_size", where),
    state: str(o, "state", where),
    submittedAt: text(o.submitted_at),
    version: num(o, "version", where),
    consent: bool(answers, "consent", `${where}.answers`),
    ties: records(answers, "ties", `${where}.answers`).map((t, i) => readTie(t, `${where}.answers.ties[${i}]`)),
    names,
    proposals: answers.proposals === undefined ? [] : records(answers, "proposals", `${where}.answers`).map((p) => ({ name: typeof p.name === "string" ? p.name : "", kind: text(p.kind), city: text(p.city), note: text(p.note) })),
    master: saved,
    masterBefore: before,
    ownOffers: records(o, "own_offers", where).map((x, i) => ({
      name: str(x, "name", `${where}.own_offers[${i}]`),
      fields: strings(x, "fields", `${where}.own_offers[${i}]`),
      target_groups: strings(x, "target_groups", `${where}.own_offers[${i}]`),
    })),
  };
}

/** proposalPartner is the partner of a tie to the i-th proposed organisation, as the server names it. */
export function proposalPartner(i: number): string {
  return `new:${i}`;
}

/** partnerName names a tie's partner: a roster entry, or a proposed organisation by the name typed so far. */
export function partnerName(inv: Pick<Invitation, "names" | "proposals">, partner: string): string {
  const m = /^new:(\d+)$/.exec(partner);
  if (!m) return inv.names.get(partner) ?? partner;
  const i = Number(m[1]);
  return inv.proposals[i]?.name.trim() || `Vorgeschlagene Organisation ${i + 1}`;
}

/** addProposal proposes a missing organisation, with a tie to it whose questions are asked like a partner's. */
export function addProposal(inv: Pick<Invitation, "ties" | "proposals">): void {
  inv.proposals.push({ name: "" });
  inv.ties.push({ partner: proposalPartner(inv.proposals.length - 1), kinds: [] });
}

/** removeProposal removes the i-th proposal and its tie, and renumbers the ties to the later ones. */
export function removeProposal(inv: Pick<Invitation, "ties" | "proposals">, i: number): void {
  inv.proposals.splice(i, 1);
  inv.ties = inv.ties.filter((t) => t.partner !== proposalPartner(i));
  for (const t of inv.ties) {
    const m = /^new:(\d+)$/.exec(t.partner);
    if (m && Number(m[1]) > i) t.partner = proposalPartner(Number(m[1]) - 1);
  }
}

/** masterChanged reports whether the respondent changed its master data. */
export function masterChanged(inv: Pick<Invitation, "master" | "masterBefore">): boolean {
  return (Object.keys(inv.master) as (keyof MasterForm)[]).some((k) => inv.master[k].trim() !== inv.masterBefore[k].trim());
}

/** compact drops the fields of o that are undefined or empty text. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== "")) as T;
}

/**
 * writeAnswers is the body of PUT /respond/answers and POST /respond/submit: the
 * answers with the version read; the master data only when it was changed (none
 * means confirmed as it is). An intensity not answered yet goes as 0, which a draft
 * keeps and a submission refuses.
 */
export function writeAnswers(inv: Invitation): Schemas["SaveRequest"] {
  const m = inv.master;
  const address = compact({ street: m.street.trim(), postal_code: m.postal_code.trim(), city: m.city.trim() });
  return {
    version: inv.version,
    answers: {
      consent: inv.consent,
      ties: inv.ties.map((t) => compact({ ...t, intensity: t.intensity ?? 0, since: t.since?.trim(), note: t.note?.trim() })),
      proposals: inv.proposals.map((p) => compact({ ...p, name: p.name.trim() })),
      ...(inv.survey.master_data && masterChanged(inv)
        ? { master_data: compact({ name: m.name.trim(), address: Object.keys(address).length ? address : undefined, website: m.website.trim(), email: m.email.trim(), phone: m.phone.trim(), offers: m.offers.trim() }) }
        : {}),
    },
  };
}
