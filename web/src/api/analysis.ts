// Reads the answers of the analysis endpoints into the shapes the views use. The
// coupling, potential and gap readers follow the Go types in graph/analysis (and
// api/openapi.json) field by field; they only turn null lists into empty ones.

type Raw = Record<string, unknown>;

const obj = (v: unknown): Raw => (v && typeof v === "object" && !Array.isArray(v) ? (v as Raw) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (...vs: unknown[]): string => {
  for (const v of vs) if (typeof v === "string" && v) return v;
  for (const v of vs) if (typeof v === "number") return String(v);
  return "";
};
const num = (...vs: unknown[]): number | null => {
  for (const v of vs) if (typeof v === "number" && Number.isFinite(v)) return v;
  return null;
};
/** items returns the list in the answer: the answer itself, or its items, or the named key. */
const items = (v: unknown, ...keys: string[]): Raw[] => {
  if (Array.isArray(v)) return v.map(obj);
  const o = obj(v);
  for (const k of ["items", ...keys]) if (Array.isArray(o[k])) return (o[k] as unknown[]).map(obj);
  return [];
};

export interface MetricDef {
  code: string;
  label: string;
  description: string;
}

export interface ActorMetricRow {
  actorId: string;
  name: string;
  values: Record<string, number>;
}

export interface ActorMetrics {
  metrics: MetricDef[];
  rows: ActorMetricRow[];
}

/** readDefinitions reads GET /analysis/definitions: code, German label and explanation of each figure. */
export function readDefinitions(data: unknown): MetricDef[] {
  return items(data, "definitions")
    .map((d) => ({ code: str(d.code), label: str(d.label, d.code), description: str(d.explanation, d.description) }))
    .filter((d) => d.code);
}

/** flatten collects the numbers (and booleans as 0/1) of an object, nested ones as "outer.inner". */
function flatten(o: Raw, prefix = "", out: Record<string, number> = {}): Record<string, number> {
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === "number" && Number.isFinite(v)) out[prefix + k] = v;
    else if (typeof v === "boolean") out[prefix + k] = v ? 1 : 0;
    else if (v && typeof v === "object" && !Array.isArray(v)) flatten(v as Raw, prefix + k + ".", out);
  }
  return out;
}

/** skip names keys of an actor row that are not figures. */
const skip = /^(metrics|values)\.|^(version|rank)$/;

/**
 * readActorMetrics reads GET /analysis/actors: one row per actor with its figures
 * (nested ones such as brokerage roles as "brokerage.liaison"). The metrics are those
 * of defs that the rows have, in the order of defs, then any others by their code.
 */
export function readActorMetrics(data: unknown, defs: MetricDef[] = []): ActorMetrics {
  const rows = items(data, "actors").map((r) => {
    const values = flatten(obj(r.metrics ?? r.values));
    for (const [k, v] of Object.entries(flatten(r))) if (!skip.test(k)) values[k] = v;
    return { actorId: str(r.actor_id, r.id), name: str(r.name, r.label), values };
  });
  const present = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r.values)) present.add(k);
  const known = defs.filter((d) => present.has(d.code));
  const rest = [...present].filter((c) => !defs.some((d) => d.code === c)).sort().map((code) => ({ code, label: code, description: "" }));
  return { metrics: [...known, ...rest], rows };
}

/**
 * rankOf returns the competition rank (1 = highest) of the actor's value of the
 * metric among all rows, and how many rows have a value.
 */
export function rankOf(rows: ActorMetricRow[], metric: string, actorId: string): { rank: number; of: number } | null {
  const mine = rows.find((r) => r.actorId === actorId)?.values[metric];
  if (mine === undefined) return null;
  const vals = rows.map((r) => r.values[metric]).filter((v): v is number => v !== undefined);
  return { rank: 1 + vals.filter((v) => v > mine).length, of: vals.length };
}

export interface Communities {
  membership: Map<string, string>;
  modularity: number | null;
}

/** readCommunities reads GET /analysis/communities: a list of communities with members, or a membership map. */
export function readCommunities(data: unknown): Communities {
  const o = obj(data);
  const membership = new Map<string, string>();
  const list = items(data, "communities");
  list.forEach((c, i) => {
    const id = str(c.id, c.community, c.index) || String(i);
    for (const m of arr(c.members ?? c.actors ?? c.actor_ids)) {
      const aid = typeof m === "string" ? m : str(obj(m).id, obj(m).actor_id);
      if (aid) membership.set(aid, id);
    }
    if (!arr(c.members ?? c.actors ?? c.actor_ids).length && str(c.actor_id)) membership.set(str(c.actor_id), str(c.community));
  });
  for (const [aid, c] of Object.entries(obj(o.membership))) membership.set(aid, str(c));
  return { membership, modularity: num(o.modularity, obj(o.network).modularity) };
}

// ---- GET /analysis/coupling-matrix (graph/analysis/coupling.go) ----

export interface CouplingGroup {
  code: string;
  label: string;
  actors: number;
}

export interface CouplingCell {
  a: string;
  b: string;
  ties: number;
  pairs: number;
  density: number;
  /** density_ratio is density / density of the whole network; null without ties. */
  density_ratio: number | null;
  /** expected is the number of ties to expect by chance (configuration model). */
  expected: number;
  /** ratio is ties / expected; null if nothing is expected. */
  ratio: number | null;
  weak: boolean;
}

export interface CouplingMatrix {
  density: number;
  groups: CouplingGroup[];
  /** cells lists each pair of groups once, in group order with a ≤ b. */
  cells: CouplingCell[];
  /** notes explain the weak cells in German, weakest first. */
  notes: string[];
}

export interface SpaceCoupling {
  social_space: string;
  name: string;
  actors: number;
  legal_domains: CouplingMatrix;
}

export interface CouplingReport {
  revision: number;
  thresholds: { max_ratio: number; min_expected: number };
  legal_domains: CouplingMatrix;
  actor_kinds: CouplingMatrix;
  social_spaces: SpaceCoupling[];
}

function readCouplingMatrix(v: unknown): CouplingMatrix {
  const m = obj(v);
  return { density: num(m.density) ?? 0, groups: arr(m.groups) as CouplingGroup[], cells: arr(m.cells) as CouplingCell[], notes: arr(m.notes) as string[] };
}

/** readCouplingReport reads GET /analysis/coupling-matrix. */
export function readCouplingReport(data: unknown): CouplingReport {
  const o = obj(data);
  const t = obj(o.thresholds);
  return {
    revision: num(o.revision) ?? 0,
    thresholds: { max_ratio: num(t.max_ratio) ?? 0, min_expected: num(t.min_expected) ?? 0 },
    legal_domains: readCouplingMatrix(o.legal_domains),
    actor_kinds: readCouplingMatrix(o.actor_kinds),
    social_spaces: arr(o.social_spaces).map((x) => ({ ...(obj(x) as unknown as SpaceCoupling), legal_domains: readCouplingMatrix(obj(x).legal_domains) })),
  };
}

/** cellLookup returns the cell of two groups in either order (the matrix is symmetric). */
export function cellLookup(m: CouplingMatrix): (a: string, b: string) => CouplingCell | null {
  const cells = new Map<string, CouplingCell>();
  for (const c of m.cells) {
    cells.set(c.a + "|" + c.b, c);
    cells.set(c.b + "|" + c.a, c);
  }
  return (a, b) => cells.get(a + "|" + b) ?? null;
}

// ---- GET /analysis/coupling-potentials (graph/analysis/potentials.go) ----

export interface PotentialActor {
  id: string;
  name: string;
  legal_domains: string[];
}

export interface Potential {
  a: PotentialActor;
  b: PotentialActor;
  score: number;
  /** parts are the parts of the score, each in [0, 1] (adamic_adar is the raw sum). */
  parts: Record<string, number>;
  shared_partners: string[];
  shared_social_spaces: string[];
  shared_target_groups: string[];
  shared_fields: string[];
  /** reasons explain the pair in German. */
  reasons: string[];
}

export interface PotentialsReport {
  revision: number;
  weights: Record<string, number>;
  /** candidates counts the pairs scored. */
  candidates: number;
  skipped_buckets: number;
  /** potentials are ranked by score, highest first. */
  potentials: Potential[];
}

/** PotentialQuery holds the query parameters of GET /analysis/coupling-potentials. */
export interface PotentialQuery {
  social_space?: string;
  legal_domain?: string;
  actor_id?: string;
  target_group?: string;
  limit?: number;
}

const strings = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === "string");

function readPotentialActor(v: unknown): PotentialActor {
  const a = obj(v);
  return { id: str(a.id), name: str(a.name, a.id), legal_domains: strings(a.legal_domains) };
}

/** readPotentials reads GET /analysis/coupling-potentials (null lists become empty). */
export function readPotentials(data: unknown): PotentialsReport {
  const o = obj(data);
  return {
    revision: num(o.revision) ?? 0,
    weights: obj(o.weights) as Record<string, number>,
    candidates: num(o.candidates) ?? 0,
    skipped_buckets: num(o.skipped_buckets) ?? 0,
    potentials: arr(o.potentials).map((x) => {
      const p = obj(x);
      return {
        a: readPotentialActor(p.a),
        b: readPotentialActor(p.b),
        score: num(p.score) ?? 0,
        parts: obj(p.parts) as Record<string, number>,
        shared_partners: strings(p.shared_partners),
        shared_social_spaces: strings(p.shared_social_spaces),
        shared_target_groups: strings(p.shared_target_groups),
        shared_fields: strings(p.shared_fields),
        reasons: strings(p.reasons),
      };
    }),
  };
}

// ---- GET /analysis/gaps (graph/analysis/gaps.go) ----

export interface NeedCheck {
  need_id: string;
  measure: string;
  target: number;
  /** value is the supply in the need's measure; null without a population. */
  value: number | null;
  /** coverage is value / target: below 1 is a gap. */
  coverage: number | null;
}

export interface SupplyCell {
  social_space: string;
  field: string;
  /** target_group is empty for the cell of all target groups. */
  target_group: string;
  offers: number;
  capacity: number;
  offers_per_1000: number | null;
  places_per_1000: number | null;
  need: NeedCheck | null;
}

export type GapKind = "under_need" | "no_offer" | "poorly_connected";

export interface Gap {
  kind: GapKind;
  social_space: string;
  /** field and target_group are empty where the gap is not about one (poorly_connected). */
  field: string;
  target_group: string;
  /** severity in [0, 1] orders the gaps. */
  severity: number;
  explanation: string;
}

export interface SpaceSupply {
  social_space: string;
  name: string;
  needs: number;
  needs_unmet: number;
  /** coverage is the mean coverage of the space's needs, each capped at 1. */
  coverage: number | null;
}

export interface GapReport {
  revision: number;
  cells: SupplyCell[];
  /** social_spaces are the spaces with needs, lowest coverage first. */
  social_spaces: SpaceSupply[];
  /** gaps are ordered by severity, highest first. */
  gaps: Gap[];
}

/** gapKinds names the kinds of gap in German. */
export const gapKinds: Record<GapKind, string> = {
  under_need: "Bedarf nicht gedeckt",
  no_offer: "Kein Angebot",
  poorly_connected: "Kaum vernetzt",
};

/** measures names the measures of a need in German (graph.Measures). */
export const measures: Record<string, string> = {
  offers: "Anzahl Angebote",
  offers_per_1000: "Angebote je 1.000 Einwohner",
  places_per_1000: "Plätze je 1.000 Einwohner",
};

/** readGaps reads GET /analysis/gaps. */
export function readGaps(data: unknown): GapReport {
  const o = obj(data);
  return {
    revision: num(o.revision) ?? 0,
    cells: arr(o.cells).map((x) => {
      const c = obj(x);
      const n = c.need ? obj(c.need) : null;
      return {
        social_space: str(c.social_space),
        field: str(c.field),
        target_group: str(c.target_group),
        offers: num(c.offers) ?? 0,
        capacity: num(c.capacity) ?? 0,
        offers_per_1000: num(c.offers_per_1000),
        places_per_1000: num(c.places_per_1000),
        need: n && { need_id: str(n.need_id), measure: str(n.measure), target: num(n.target) ?? 0, value: num(n.value), coverage: num(n.coverage) },
      };
    }),
    social_spaces: arr(o.social_spaces).map((x) => {
      const sp = obj(x);
      return { social_space: str(sp.social_space), name: str(sp.name, sp.social_space), needs: num(sp.needs) ?? 0, needs_unmet: num(sp.needs_unmet) ?? 0, coverage: num(sp.coverage) };
    }),
    gaps: arr(o.gaps).map((x) => {
      const g = obj(x);
      return { kind: str(g.kind) as GapKind, social_space: str(g.social_space), field: str(g.field), target_group: str(g.target_group), severity: num(g.severity) ?? 0, explanation: str(g.explanation) };
    }),
  };
}

/** needsIn returns the cells of a social space and field that carry a need (one per target group). */
export function needsIn(cells: SupplyCell[], space: string, field: string): SupplyCell[] {
  return cells.filter((c) => c.need && c.social_space === space && c.field === field);
}

/** lowestCoverage is the lowest coverage of the cells' needs, or null if none has one. */
export function lowestCoverage(cells: SupplyCell[]): number | null {
  const v = cells.map((c) => c.need?.coverage).filter((x): x is number => typeof x === "number");
  return v.length ? Math.min(...v) : null;
}

export interface NetworkFigure {
  code: string;
  label: string;
  value: number;
  description: string;
}

/** readNetworkFigures reads GET /analysis/network: the figures of the whole network that defs or labels name. */
export function readNetworkFigures(data: unknown, defs: MetricDef[], labels: Record<string, string> = {}): NetworkFigure[] {
  const values = flatten(obj(data));
  const out: NetworkFigure[] = [];
  for (const [code, label] of Object.entries(labels)) if (code in values) out.push({ code, label, value: values[code], description: "" });
  for (const d of defs) if (d.code in values) out.push({ code: d.code, label: d.label, value: values[d.code], description: d.description });
  return out;
}
