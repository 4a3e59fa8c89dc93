// Reads the answers of the analysis endpoints into the shapes the views use. The
// readers accept the field names the endpoints use and a few plain alternatives, so
// that a view keeps working while an endpoint's answer grows.

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

export interface MatrixData {
  rows: string[];
  cols: string[];
  value: (row: string, col: string) => number | null;
  /** label names what a cell counts, if the answer says so. */
  label: string;
}

/** readMatrix reads GET /analysis/coupling-matrix: cells by row and column code, or a matrix with its codes. */
export function readMatrix(data: unknown): MatrixData {
  const o = obj(data);
  const cells = new Map<string, number>();
  let rows = arr(o.rows ?? o.domains ?? o.legal_domains).map((x) => str(x, obj(x).code));
  let cols = arr(o.cols ?? o.columns).map((x) => str(x, obj(x).code));
  if (!cols.length) cols = rows;
  const matrix = arr(o.matrix ?? o.values);
  matrix.forEach((r, i) =>
    arr(r).forEach((v, j) => {
      if (typeof v === "number" && rows[i] && cols[j]) cells.set(rows[i] + "|" + cols[j], v);
    }),
  );
  const list = arr(o.cells ?? o.items ?? o.pairs).map(obj);
  for (const c of list) {
    const a = str(c.row, c.from, c.a, c.legal_domain_a, c.source);
    const b = str(c.col, c.to, c.b, c.legal_domain_b, c.target);
    const v = num(c.value, c.ties, c.count, c.density, c.weight);
    if (a && b && v !== null) cells.set(a + "|" + b, v);
  }
  if (!rows.length) {
    const seen = new Set<string>();
    for (const k of cells.keys()) k.split("|").forEach((x) => seen.add(x));
    rows = cols = [...seen].sort();
  }
  return { rows, cols, value: (r, c) => cells.get(r + "|" + c) ?? null, label: str(o.measure, o.label) };
}

export interface Potential {
  a: string;
  b: string;
  score: number;
  reasons: string[];
  legalDomains: string[];
  socialSpaces: string[];
}

/** readPotentials reads GET /analysis/coupling-potentials: ranked pairs with reasons. */
export function readPotentials(data: unknown): Potential[] {
  return items(data, "potentials", "candidates")
    .map((p) => {
      const a = obj(p.a ?? p.actor_a ?? p.from ?? p.source);
      const b = obj(p.b ?? p.actor_b ?? p.to ?? p.target);
      const reasons = arr(p.reasons ?? p.why).map((r) => str(r, obj(r).text, obj(r).message, obj(r).label)).filter(Boolean);
      if (!reasons.length && str(p.reason)) reasons.push(str(p.reason));
      return {
        a: str(p.a, p.actor_a, p.from, p.source, p.a_id, p.actor_a_id, a.id),
        b: str(p.b, p.actor_b, p.to, p.target, p.b_id, p.actor_b_id, b.id),
        score: num(p.score, p.potential, p.value) ?? 0,
        reasons,
        legalDomains: arr(p.legal_domains).map((x) => str(x)),
        socialSpaces: arr(p.social_spaces).map((x) => str(x)),
      };
    })
    .filter((p) => p.a && p.b)
    .sort((x, y) => y.score - x.score);
}

export interface Gap {
  space: string;
  field: string;
  targetGroup: string;
  need: number | null;
  supply: number | null;
  /** ratio is supply / need: below 1 is a gap. */
  ratio: number | null;
  explanation: string;
}

/** readGaps reads GET /analysis/gaps: need against supply per social space and field. */
export function readGaps(data: unknown): Gap[] {
  return items(data, "gaps", "cells").map((g) => {
    const need = num(g.need, g.target, g.required);
    const supply = num(g.supply, g.actual, g.value, g.offers);
    const ratio = num(g.coverage, g.ratio) ?? (need && supply !== null ? supply / need : null);
    return {
      space: str(g.social_space_id, g.social_space, g.space),
      field: str(g.field),
      targetGroup: str(g.target_group),
      need,
      supply,
      ratio,
      explanation: str(g.explanation, g.reason, g.why),
    };
  });
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
