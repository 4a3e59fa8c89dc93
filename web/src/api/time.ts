// The network over time (issue 12, notes API-TIME): which state an analysis describes,
// the waves to choose from, the changes between two states, and the history of every
// write. The readers follow the contract; lists Go sends as null are empty.

import * as S from "./shape";
import { ShapeError } from "./shape";

// Local accessors: the contract's schemas for these answers are not in schema.d.ts yet
// (they come with the backend's OpenAPI document), so the fields are read by name.
type Raw = Record<string, unknown>;
const obj = (v: unknown, where: string): Raw => S.object<unknown>(v, where) as Raw;
function str(o: Raw, k: string, where: string): string {
  if (typeof o[k] === "string") return o[k] as string;
  throw new ShapeError(where, `„${k}“ muss Text sein`);
}
function num(o: Raw, k: string, where: string): number {
  const v = o[k];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ShapeError(where, `„${k}“ muss eine Zahl sein`);
}
const strOpt = (o: Raw, k: string, where: string): string => (o[k] === undefined || o[k] === null ? "" : str(o, k, where));
const numOpt = (o: Raw, k: string, where: string): number | null => (o[k] === undefined || o[k] === null ? null : num(o, k, where));
const strList = (o: Raw, k: string, where: string): string[] => {
  const v = o[k];
  if (v === undefined || v === null) return [];
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw new ShapeError(where, `„${k}“ muss eine Liste von Texten sein`);
};
const list = (o: Raw, k: string, where: string): unknown[] => (o[k] === undefined || o[k] === null ? [] : S.array(o[k], `${where}.${k}`));
const records = (o: Raw, k: string, where: string): Raw[] => list(o, k, where).map((x, i) => obj(x, `${where}.${k}[${i}]`));
const sub = (o: Raw, k: string, where: string): Raw => (o[k] === undefined || o[k] === null ? {} : obj(o[k], `${where}.${k}`));

// ---- the state of the network: ?wave= or ?date= ----

/** Selection is the state the user chose: a wave (ID or external key), a date, or neither ("today"). */
export type Selection = { wave: string } | { date: string } | Record<string, never>;

/** selectionFrom reads the state from an address's query; a wave wins over a date (the API refuses both). */
export function selectionFrom(query: URLSearchParams): Selection {
  const wave = query.get("wave")?.trim();
  if (wave) return { wave };
  const date = query.get("date")?.trim();
  if (date) return { date };
  return {};
}

/** stateQuery is the selection as query parameters of an API request. */
export function stateQuery(sel: Selection): Record<string, string> {
  if ("wave" in sel) return { wave: sel.wave };
  if ("date" in sel) return { date: sel.date };
  return {};
}

/** selectionKey names the selection for caches and is its value in a selector: "wave:<id>", "date:<YYYY-MM-DD>", "" (today). */
export function selectionKey(sel: Selection): string {
  return "wave" in sel ? "wave:" + sel.wave : "date" in sel ? "date:" + sel.date : "";
}

/**
 * withSelection returns href with the selection in its query (replacing any state
 * there); other parameters and the fragment are kept. With no selection the state
 * parameters are removed.
 */
export function withSelection(href: string, sel: Selection): string {
  const hash = href.indexOf("#");
  const frag = hash >= 0 ? href.slice(hash) : "";
  const rest = hash >= 0 ? href.slice(0, hash) : href;
  const q = rest.indexOf("?");
  const path = q >= 0 ? rest.slice(0, q) : rest;
  const params = new URLSearchParams(q >= 0 ? rest.slice(q + 1) : "");
  params.delete("wave");
  params.delete("date");
  for (const [k, v] of Object.entries(stateQuery(sel))) params.set(k, v);
  const qs = params.toString();
  return path + (qs ? "?" + qs : "") + frag;
}

/** isDate reports whether s is a real calendar date written YYYY-MM-DD. */
export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** State is the state an answer describes: its wave (or none), date, German label and counts. */
export interface State {
  wave_id: string;
  wave_name: string;
  date: string;
  label: string;
  actors: number;
  cooperations: number;
  /** closed is whether the wave is closed (only in the list of states). */
  closed: boolean;
}

/** readState reads a State object. */
export function readState(v: unknown, where: string): State {
  const o = obj(v, where);
  return {
    wave_id: strOpt(o, "wave_id", where),
    wave_name: strOpt(o, "wave_name", where),
    date: str(o, "date", where),
    label: str(o, "label", where),
    actors: num(o, "actors", where),
    cooperations: num(o, "cooperations", where),
    closed: o.closed === true,
  };
}

/** stateOf reads the "state" member of an analysis or network answer; null when the answer has none. */
export function stateOf(data: unknown, where = "state"): State | null {
  if (!data || typeof data !== "object" || !("state" in data) || (data as { state: unknown }).state == null) return null;
  return readState((data as { state: unknown }).state, where + ".state");
}

/** coopCount is the German count of cooperations: "1 Kooperation", "498 Kooperationen". */
export function coopCount(n: number): string {
  return `${n.toLocaleString("de-DE")} ${n === 1 ? "Kooperation" : "Kooperationen"}`;
}

/** stateSentence says which state a view shows: "498 Kooperationen, Stand Erhebung Herbst 2026". */
export function stateSentence(st: State): string {
  return `${coopCount(st.cooperations)}, ${st.label}`;
}

/** States is the answer of GET /analysis/states: the waves, newest first, and the default state. */
export interface States {
  states: State[];
  default: State;
}

/** readStates reads GET /analysis/states. */
export function readStates(data: unknown): States {
  const where = "/analysis/states";
  const o = obj(data, where);
  return {
    states: list(o, "states", where).map((x, i) => readState(x, `${where}, states[${i}]`)),
    default: readState(o.default, where + ".default"),
  };
}

/** selectionOf reads a selector value back ("" is today). */
export function selectionOf(value: string): Selection {
  if (value.startsWith("wave:") && value.length > 5) return { wave: value.slice(5) };
  if (value.startsWith("date:") && value.length > 5) return { date: value.slice(5) };
  return {};
}

/** paramOf is a selection as the single value of ?from= or ?to= of /analysis/changes: a wave ID or a date. */
export function paramOf(sel: Selection): string {
  return "wave" in sel ? sel.wave : "date" in sel ? sel.date : "";
}

/** selectionFromParam reads a from= or to= value: a date when it looks like one, else a wave. */
export function selectionFromParam(v: string | null): Selection {
  const s = (v ?? "").trim();
  if (!s) return {};
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? { date: s } : { wave: s };
}

// ---- GET /analysis/changes ----

/** Tie is a pair of actors whose tie is new, lapsed or changed between the two states. */
export interface Tie {
  from: string;
  to: string;
  from_name: string;
  to_name: string;
  kinds_before: string[];
  kinds_after: string[];
  intensity_before: number | null;
  intensity_after: number | null;
  sentence: string;
}

export interface ChangedActor {
  id: string;
  name: string;
  sentence: string;
}

/** Mover is an actor that rose or fell most in degree and betweenness. */
export interface Mover extends ChangedActor {
  degree_before: number;
  degree_after: number;
  betweenness_before: number;
  betweenness_after: number;
}

/** Figure is one network figure at T1, T2 and its difference. */
export interface Figure {
  code: string;
  from: number | null;
  to: number | null;
  delta: number | null;
}

export interface Crossed {
  row: string;
  col: string;
  became: "weak" | "not_weak";
  sentence: string;
}

export interface RealisedPair {
  a: string;
  b: string;
  a_name: string;
  b_name: string;
  realised: boolean;
  sentence: string;
}

/** TieList names a list of ties of a comparison; ActorList a list of its actors. */
export type TieList = "new" | "lapsed" | "changed";
export type ActorList = "new" | "gone";

export interface Changes {
  from: State;
  to: State;
  summary: string[];
  /** ties and actors hold the first entries of each list (the answer's limit); the counts say how many there are in all, the rest come with loadChangePage. */
  ties: Record<TieList, Tie[]>;
  actors: Record<ActorList, ChangedActor[]>;
  tieCounts: Record<TieList, number>;
  actorCounts: Record<ActorList, number>;
  figures: Figure[];
  /** figureSentences are the German sentences on the network figures. */
  figureSentences: string[];
  crossed: Crossed[];
  risers: Mover[];
  fallers: Mover[];
  potentials: { top: number; realised: number; hit_rate: number | null; expected_rate: number | null; pairs: RealisedPair[]; sentence: string } | null;
  /** notes say in German where the comparison falls short (such as estimated betweenness). */
  notes: string[];
}

function readTie(t: Raw, at: string): Tie {
  return {
    from: str(t, "from", at),
    to: str(t, "to", at),
    from_name: strOpt(t, "from_name", at),
    to_name: strOpt(t, "to_name", at),
    kinds_before: strList(t, "kinds_before", at),
    kinds_after: strList(t, "kinds_after", at),
    intensity_before: numOpt(t, "intensity_before", at),
    intensity_after: numOpt(t, "intensity_after", at),
    sentence: strOpt(t, "sentence", at),
  };
}

function readActor(a: Raw, at: string): ChangedActor {
  return { id: str(a, "id", at), name: strOpt(a, "name", at), sentence: strOpt(a, "sentence", at) };
}

function readMover(a: Raw, at: string): Mover {
  const n = (k: string) => numOpt(a, k, at) ?? 0;
  return { ...readActor(a, at), degree_before: n("degree_before"), degree_after: n("degree_after"), betweenness_before: n("betweenness_before"), betweenness_after: n("betweenness_after") };
}

/** figureLabels names the network figures in German, in the order shown; others follow by code. */
export const figureLabels: Record<string, string> = {
  actors: "Akteure",
  ties: "Kooperationen (Paare)",
  density: "Dichte",
  components: "Teilnetze",
  largest_component: "Akteure im größten Teilnetz",
  mean_degree: "Mittlere Anzahl Partner",
  clustering: "Clusterkoeffizient",
  modularity: "Modularität",
  communities: "Gemeinschaften",
  degree_centralization: "Zentralisierung (Grad)",
  betweenness_centralization: "Zentralisierung (Vermittlung)",
  mean_distance: "Mittlere Distanz",
  diameter: "Durchmesser",
};

/**
 * readFigures lines up the numeric figures of network.from, .to and .delta (the delta
 * computed where the server sent none), in the order of figureLabels; every text list
 * found in the network member is returned as its sentences.
 */
export function readFigures(network: Raw, where: string): { figures: Figure[]; sentences: string[] } {
  const from = sub(network, "from", where);
  const to = sub(network, "to", where);
  const delta = sub(network, "delta", where);
  const sentences: string[] = [];
  const collect = (o: Raw) => {
    for (const v of Object.values(o)) {
      if (typeof v === "string" && v) sentences.push(v);
      else if (Array.isArray(v)) for (const x of v) if (typeof x === "string") sentences.push(x);
    }
  };
  for (const [k, v] of Object.entries(network)) if (!["from", "to", "delta"].includes(k) && (typeof v === "string" || Array.isArray(v))) collect({ [k]: v });
  for (const o of [delta, to]) for (const k of ["sentences", "sentence"]) if (k in o) collect({ [k]: o[k] });
  const num = (o: Raw, k: string) => (typeof o[k] === "number" && Number.isFinite(o[k]) ? (o[k] as number) : null);
  const codes = [...new Set([...Object.keys(from), ...Object.keys(to)])].filter((k) => num(from, k) !== null || num(to, k) !== null);
  const order = Object.keys(figureLabels);
  codes.sort((a, b) => (order.includes(a) ? order.indexOf(a) : order.length) - (order.includes(b) ? order.indexOf(b) : order.length) || a.localeCompare(b));
  const figures = codes.map((code) => {
    const f = num(from, code);
    const t = num(to, code);
    const d = num(delta, code) ?? (f !== null && t !== null ? t - f : null);
    return { code, from: f, to: t, delta: d };
  });
  return { figures, sentences: [...new Set(sentences)] };
}

/** readChanges reads GET /analysis/changes. */
export function readChanges(data: unknown): Changes {
  const where = "/analysis/changes";
  const o = obj(data, where);
  const ties = sub(o, "ties", where);
  const actors = sub(o, "actors", where);
  const coupling = sub(o, "coupling", where);
  const { figures, sentences } = readFigures(sub(o, "network", where), where + ".network");
  const pr = o.potentials_realised === undefined || o.potentials_realised === null ? null : obj(o.potentials_realised, where + ".potentials_realised");
  const at = (k: string) => `${where}.${k}`;
  return {
    from: readState(o.from, at("from")),
    to: readState(o.to, at("to")),
    summary: strList(o, "summary", where),
    notes: strList(o, "notes", where),
    ties: {
      new: records(ties, "new", at("ties")).map((t, i) => readTie(t, `${at("ties.new")}[${i}]`)),
      lapsed: records(ties, "lapsed", at("ties")).map((t, i) => readTie(t, `${at("ties.lapsed")}[${i}]`)),
      changed: records(ties, "changed", at("ties")).map((t, i) => readTie(t, `${at("ties.changed")}[${i}]`)),
    },
    actors: {
      new: records(actors, "new", at("actors")).map((a, i) => readActor(a, `${at("actors.new")}[${i}]`)),
      gone: records(actors, "gone", at("actors")).map((a, i) => readActor(a, `${at("actors.gone")}[${i}]`)),
    },
    // An answer without counts holds whole lists.
    tieCounts: {
      new: numOpt(ties, "new_count", at("ties")) ?? list(ties, "new", at("ties")).length,
      lapsed: numOpt(ties, "lapsed_count", at("ties")) ?? list(ties, "lapsed", at("ties")).length,
      changed: numOpt(ties, "changed_count", at("ties")) ?? list(ties, "changed", at("ties")).length,
    },
    actorCounts: {
      new: numOpt(actors, "new_count", at("actors")) ?? list(actors, "new", at("actors")).length,
      gone: numOpt(actors, "gone_count", at("actors")) ?? list(actors, "gone", at("actors")).length,
    },
    figures,
    figureSentences: sentences,
    crossed: records(coupling, "crossed", at("coupling")).map((c, i) => {
      const w = `${at("coupling.crossed")}[${i}]`;
      const became = str(c, "became", w);
      if (became !== "weak" && became !== "not_weak") throw new ShapeError(w, `„became“ muss „weak“ oder „not_weak“ sein, „${became}“ erhalten`);
      return { row: strOpt(c, "row", w), col: strOpt(c, "col", w), became, sentence: strOpt(c, "sentence", w) };
    }),
    risers: records(o, "risers", where).map((a, i) => readMover(a, `${at("risers")}[${i}]`)),
    fallers: records(o, "fallers", where).map((a, i) => readMover(a, `${at("fallers")}[${i}]`)),
    potentials: pr
      ? {
          top: numOpt(pr, "top", at("potentials_realised")) ?? 0,
          realised: numOpt(pr, "realised", at("potentials_realised")) ?? 0,
          hit_rate: numOpt(pr, "hit_rate", at("potentials_realised")),
          expected_rate: numOpt(pr, "expected_rate", at("potentials_realised")),
          pairs: records(pr, "pairs", at("potentials_realised")).map((p, i) => {
            const w = `${at("potentials_realised.pairs")}[${i}]`;
            return { a: str(p, "a", w), b: str(p, "b", w), a_name: strOpt(p, "a_name", w), b_name: strOpt(p, "b_name", w), realised: p.realised === true, sentence: strOpt(p, "sentence", w) };
          }),
          sentence: strOpt(pr, "sentence", at("potentials_realised")),
        }
      : null,
  };
}

/** ChangePage is one page of a list of a comparison, and how many entries the list holds in all. */
export interface ChangePage<T> {
  items: T[];
  total: number;
}

/** readTiePage reads a page of GET /analysis/changes/ties. */
export const readTiePage = (data: unknown): ChangePage<Tie> => readPage(data, "/analysis/changes/ties", readTie);

/** readActorPage reads a page of GET /analysis/changes/actors. */
export const readActorPage = (data: unknown): ChangePage<ChangedActor> => readPage(data, "/analysis/changes/actors", readActor);

function readPage<T>(data: unknown, where: string, read: (o: Raw, at: string) => T): ChangePage<T> {
  const o = obj(data, where);
  return { items: records(o, "items", where).map((x, i) => read(x, `${where}.items[${i}]`)), total: num(o, "total", where) };
}

// ---- history: GET /{collection}/{id}/history, GET /activity ----

export type HistoryAction = "create" | "update" | "delete" | "restore" | "revert";

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** HistoryEvent is one recorded write of one entity. */
export interface HistoryEvent {
  id: string;
  at: string;
  by: string;
  kind: string;
  entity_id: string;
  entity_name: string;
  action: HistoryAction;
  version: number;
  batch_id: string;
  /** deleted says that the write deleted the entity (a deletion, or the revert of a creation). */
  deleted: boolean;
  changes: FieldChange[];
}

const actions: HistoryAction[] = ["create", "update", "delete", "restore", "revert"];

/** actionLabels names the actions in German. */
export const actionLabels: Record<HistoryAction, string> = {
  create: "angelegt",
  update: "geändert",
  delete: "gelöscht",
  restore: "wiederhergestellt",
  revert: "Import rückgängig gemacht",
};

/** readEvent reads one history event. */
export function readEvent(v: unknown, where: string): HistoryEvent {
  const o = obj(v, where);
  const s = (k: string) => str(o, k, where);
  const action = s("action");
  if (!actions.includes(action as HistoryAction)) throw new ShapeError(where, `unbekannte Aktion „${action}“`);
  return {
    id: s("id"),
    at: s("at"),
    by: strOpt(o, "by", where),
    kind: s("kind"),
    entity_id: s("entity_id"),
    entity_name: strOpt(o, "entity_name", where),
    action: action as HistoryAction,
    version: num(o, "version", where),
    batch_id: strOpt(o, "batch_id", where),
    deleted: o.deleted === true || action === "delete",
    changes: records(o, "changes", where).map((c, i) => ({ field: str(c, "field", `${where}.changes[${i}]`), before: c.before ?? null, after: c.after ?? null })),
  };
}

/** readHistory reads {items: [event…], next_cursor?} of a history or the activity feed. */
export function readHistory(data: unknown, where: string): { items: HistoryEvent[]; next_cursor: string } {
  const o = obj(data, where);
  return { items: list(o, "items", where).map((x, i) => readEvent(x, `${where}, items[${i}]`)), next_cursor: strOpt(o, "next_cursor", where) };
}

/**
 * undoTarget returns the version to restore to undo the write that made version
 * `current`: the newest earlier version in the history that is not a deletion; null
 * when there is none (the entity was just created: undo deletes it).
 */
export function undoTarget(items: HistoryEvent[], current: number): number | null {
  const earlier = items.filter((e) => e.version < current && !e.deleted).map((e) => e.version);
  return earlier.length ? Math.max(...earlier) : null;
}

/**
 * restorable reports whether the version of event e can be restored, given the
 * entity's history items (newest first): a deletion has no content of its own; of a
 * live entity, the newest version is the current content; of a deleted one (whose
 * deletion event carries the version it deleted), every version can be brought back.
 */
export function restorable(items: HistoryEvent[], e: HistoryEvent): boolean {
  if (e.deleted || !items.length) return false;
  const latest = items[0];
  return latest.deleted || e.version !== latest.version;
}

/** currentVersion is the version that is the entity's content now; null when it is deleted. */
export function currentVersion(items: HistoryEvent[]): number | null {
  return items.length && !items[0].deleted ? items[0].version : null;
}

/**
 * showValue writes a recorded JSON value for a person: codes by their label (name),
 * lists and the members of an object (an address) joined, empty as „leer“.
 */
export function showValue(v: unknown, name: (code: string) => string = (c) => c): string {
  if (v === null || v === undefined || v === "") return "leer";
  if (Array.isArray(v)) return v.length ? v.map((x) => showValue(x, name)).join(", ") : "leer";
  if (typeof v === "boolean") return v ? "ja" : "nein";
  if (typeof v === "number") return v.toLocaleString("de-DE");
  if (typeof v === "object") {
    const parts = Object.values(v as Record<string, unknown>).filter((x) => x !== null && x !== undefined && x !== "");
    return parts.length ? parts.map((x) => showValue(x)).join(", ") : "leer";
  }
  return name(String(v));
}

/** changeSentence says what one field change did: „Rechtskreise: SGB II → SGB II, SGB IX“. */
export function changeSentence(c: FieldChange, label: (field: string) => string = (f) => f, value: (field: string, code: string) => string = (_f, code) => code): string {
  const name = (code: string) => value(c.field, code);
  return `${label(c.field)}: ${showValue(c.before, name)} → ${showValue(c.after, name)}`;
}

/** collections maps an entity kind of the history to its API collection and the Daten tab. */
export const collections: Record<string, { path: string; slug: string; label: string }> = {
  actor: { path: "/actors", slug: "akteure", label: "Akteur" },
  cooperation: { path: "/cooperations", slug: "kooperationen", label: "Kooperation" },
  offer: { path: "/offers", slug: "angebote", label: "Angebot" },
  social_space: { path: "/social-spaces", slug: "", label: "Sozialraum" },
  need: { path: "/needs", slug: "", label: "Bedarf" },
  wave: { path: "/waves", slug: "", label: "Erhebungswelle" },
};

/** revertSentence describes what reverting an import did, from {reverted: {kind: n}}. */
export function revertSentence(data: unknown): string {
  const r = data && typeof data === "object" && "reverted" in data ? (data as { reverted: unknown }).reverted : null;
  const plural: Record<string, string> = { actor: "Akteure", cooperation: "Kooperationen", offer: "Angebote", social_space: "Sozialräume", need: "Bedarfe", wave: "Erhebungswellen" };
  const parts: string[] = [];
  if (r && typeof r === "object") {
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      const n = typeof v === "number" ? v : v && typeof v === "object" ? Object.values(v).reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0) : 0;
      if (n > 0) parts.push(`${n.toLocaleString("de-DE")} ${plural[k] ?? k}`);
    }
  }
  return parts.length ? `Der Import wurde rückgängig gemacht (${parts.join(", ")}).` : "Der Import wurde rückgängig gemacht.";
}

/** statePaths are the views that show a state of the network; a link between them keeps the chosen state. */
const statePaths = [/^\/karte$/, /^\/akteure\/[^/]+$/, /^\/kopplungspotenziale$/, /^\/kopplungsmatrix$/, /^\/angebotsluecken$/, /^\/sozialraeume$/, /^\/sozialraeume\/[^/]+$/, /^\/kennzahlen$/, /^\/resilienz$/, /^\/was-waere-wenn$/];

/** carriesState reports whether the view at path shows a state of the network. */
export function carriesState(path: string): boolean {
  return statePaths.some((r) => r.test(path));
}

/**
 * carryState returns href with the state chosen in search (the current address's
 * query) when href leads to a view of a state and names no state itself.
 */
export function carryState(href: string, search: string): string {
  const sel = selectionFrom(new URLSearchParams(search));
  if (!("wave" in sel || "date" in sel) || !href.startsWith("/")) return href;
  const path = href.split(/[?#]/)[0];
  const own = selectionFrom(new URLSearchParams(href.split("#")[0].split("?")[1] ?? ""));
  if (!carriesState(path) || "wave" in own || "date" in own) return href;
  return withSelection(href, sel);
}

/** pairCount counts the distinct pairs of actors among ties given by their ends (a tie = a pair, whatever its direction or records). */
export function pairCount(ends: Iterable<readonly [string, string]>): number {
  const seen = new Set<string>();
  for (const [a, b] of ends) seen.add(a < b ? a + "\u0000" + b : b + "\u0000" + a);
  return seen.size;
}

/**
 * mapCountText is the map's count line: actors shown of all, and the cooperations
 * (pairs) shown, of the state's count when the state is known.
 */
export function mapCountText(shownActors: number, allActors: number, shownPairs: number, st: State | null): string {
  const n = (x: number) => x.toLocaleString("de-DE");
  const actors = `${n(shownActors)} von ${n(allActors)} Akteuren`;
  if (!st) return `${actors} · ${coopCount(shownPairs)} sichtbar`;
  if (shownPairs === st.cooperations) return `${actors} · ${stateSentence(st)}`;
  return `${actors} · ${n(shownPairs)} von ${coopCount(st.cooperations)} sichtbar, ${st.label}`;
}

/** batchIdOf reads the batch_id of an import or batch answer; "" when it has none. */
export function batchIdOf(data: unknown): string {
  const v = data && typeof data === "object" ? (data as { batch_id?: unknown }).batch_id : undefined;
  return typeof v === "string" ? v : "";
}
