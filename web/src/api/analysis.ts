// Reads the answers of the analysis endpoints into the shapes the views use. Every
// reader is strict (a ShapeError names a missing or mistyped field; null lists, Go's
// nil slices, are empty) and typed against the contract: the answer is read as the
// 200 body of its operation in schema.d.ts (Ok<"/analysis/…">), so that a field the
// document renames, drops or retypes breaks the type check here (see shape.ts).

import * as S from "./shape";
import { ShapeError } from "./shape";
import type { Ok, Query } from "./types";

// ---- GET /analysis/definitions (graph/analysis/definitions.go) ----

type Definition = Ok<"/analysis/definitions">[number];

/**
 * MetricDef is the definition of a figure: code, label, explanation (what the figure
 * means, in plain German) and reference (the definition followed: networkx, UCINET,
 * the paper).
 */
export type MetricDef = Required<Definition>;

/** readDefinitions reads GET /analysis/definitions: a list of {code, label, explanation, reference}. */
export function readDefinitions(data: unknown): MetricDef[] {
  const where = "/analysis/definitions";
  return S.array(data, where).map((x) => {
    const d = S.object<Definition>(x, where);
    return { code: S.str(d, "code", where), label: S.str(d, "label", where), explanation: S.str(d, "explanation", where), reference: S.str(d, "reference", where) };
  });
}

// ---- GET /analysis/actors (graph/analysis/report.go, ActorReport) ----

/** actorFigures are the figures of analysis.ActorMetrics, in the Go order; the document lets most be null (undefined). */
const actorFigures = ["degree", "in_degree", "out_degree", "strength", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "constraint", "effective_size", "efficiency", "hierarchy", "core_number", "clustering"] as const;
/** brokerageRoles are the members of analysis.Brokerage (Gould–Fernandez). */
const brokerageRoles = ["coordinator", "gatekeeper", "representative", "consultant", "liaison"] as const;

export interface ActorMetricRow {
  actorId: string;
  /** values holds each defined figure by its definition code ("brokerage.liaison");
   *  articulation_point is 1 or 0; undefined figures (null) are left out. */
  values: Record<string, number>;
}

export interface ActorMetrics {
  revision: number;
  directed: boolean;
  /** approximate is true when betweenness was estimated (very large networks). */
  approximate: boolean;
  metrics: MetricDef[];
  rows: ActorMetricRow[];
  /** bridges are the ties whose loss would split the network, as actor ID pairs. */
  bridges: [string, string][];
  notes: string[];
}

/**
 * readActorMetrics reads GET /analysis/actors. The metrics are the row figures in the
 * order of defs (a figure without a definition is labelled by its code, at the end).
 */
export function readActorMetrics(data: unknown, defs: MetricDef[] = []): ActorMetrics {
  const where = "/analysis/actors";
  const o = S.object<Ok<"/analysis/actors">>(data, where);
  const rows = S.records(o, "actors", where).map((r, i): ActorMetricRow => {
    const at = `${where}, actors[${i}]`;
    const values: Record<string, number> = {};
    for (const k of actorFigures) {
      const v = S.numOrNull(r, k, at);
      if (v !== null) values[k] = v;
    }
    const b = S.field(r, "brokerage", at);
    for (const k of brokerageRoles) values["brokerage." + k] = S.num(b, k, at + ".brokerage");
    values.articulation_point = S.bool(r, "articulation_point", at) ? 1 : 0;
    return { actorId: S.str(r, "id", at), values };
  });
  const codes = [...actorFigures, ...brokerageRoles.map((k) => "brokerage." + k), "articulation_point"];
  const order = (c: string) => {
    const i = defs.findIndex((d) => d.code === c);
    return i < 0 ? defs.length : i;
  };
  const metrics = codes
    .filter((c) => rows.some((r) => c in r.values))
    .sort((a, b) => order(a) - order(b))
    .map((c) => defs.find((d) => d.code === c) ?? { code: c, label: c, explanation: "", reference: "" });
  const bridges = S.list(o, "bridges", where).map((x) => {
    if (!Array.isArray(x) || x.length !== 2 || typeof x[0] !== "string" || typeof x[1] !== "string") throw new ShapeError(where, "„bridges“ muss Paare von Akteurs-IDs enthalten");
    return [x[0], x[1]] as [string, string];
  });
  return {
    revision: S.num(o, "revision", where),
    directed: S.bool(o, "directed", where),
    approximate: S.bool(o, "approximate", where),
    metrics,
    rows,
    bridges,
    notes: S.optional(o, "notes", [], (v, k) => S.strings(v, k, where)),
  };
}

/** isFlag reports whether a figure is a yes/no one (read as 1 or 0), which has no rank. */
export const isFlag = (code: string) => code === "articulation_point";

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

// ---- GET /analysis/communities (graph/analysis/report.go, CommunityReport) ----

export interface Communities {
  revision: number;
  modularity: number;
  /** membership maps each actor ID to its community's ID (as text, for colouring). */
  membership: Map<string, string>;
  /** sizes lists the communities' sizes, largest first as the server sends them. */
  sizes: number[];
}

/** readCommunities reads GET /analysis/communities: {revision, seed, resolution, modularity, communities: [{id, size, members}]}. */
export function readCommunities(data: unknown): Communities {
  const where = "/analysis/communities";
  const o = S.object<Ok<"/analysis/communities">>(data, where);
  const membership = new Map<string, string>();
  const sizes: number[] = [];
  S.records(o, "communities", where).forEach((c, i) => {
    const at = `${where}, communities[${i}]`;
    const id = String(S.num(c, "id", at));
    sizes.push(S.num(c, "size", at));
    for (const m of S.strings(c, "members", at)) membership.set(m, id);
  });
  return { revision: S.num(o, "revision", where), modularity: S.num(o, "modularity", where), membership, sizes };
}

// ---- GET /analysis/network (graph/analysis/report.go, NetworkReport) ----

type NetworkWire = Ok<"/analysis/network">;

/**
 * NetworkReport is the answer of GET /analysis/network; of the group mixing it keeps
 * ei_index, the E-I index of the whole network per grouping (kind, legal_domain,
 * social_space), null where undefined, as is assortativity (all degrees equal).
 */
export type NetworkReport = Required<Omit<NetworkWire, "distances" | "groups" | "state">> & {
  distances: { nodes: number; diameter: number; mean_distance: number; exact: boolean };
  ei_index: Record<string, number | null>;
};

/** readNetwork reads GET /analysis/network. */
export function readNetwork(data: unknown): NetworkReport {
  const where = "/analysis/network";
  const o = S.object<NetworkWire>(data, where);
  const d = S.field(o, "distances", where);
  const groups = S.field(o, "groups", where);
  const ei: Record<string, number | null> = {};
  for (const k of Object.keys(groups)) ei[k] = S.numOrNull(S.field(groups, k, where + ".groups"), "ei_index", `${where}.groups.${k}`);
  const n = (k: S.Key<NetworkWire, number>) => S.num(o, k, where);
  return {
    revision: n("revision"),
    directed: S.bool(o, "directed", where),
    approximate: S.bool(o, "approximate", where),
    actors: n("actors"),
    ties: n("ties"),
    density: n("density"),
    reciprocity: n("reciprocity"),
    components: n("components"),
    largest_component: n("largest_component"),
    distances: { nodes: S.num(d, "nodes", where), diameter: S.num(d, "diameter", where), mean_distance: S.num(d, "mean_distance", where), exact: S.bool(d, "exact", where) },
    degree_centralization: n("degree_centralization"),
    betweenness_centralization: n("betweenness_centralization"),
    assortativity: S.numOrNull(o, "assortativity", where),
    modularity: n("modularity"),
    communities: n("communities"),
    ei_index: ei,
  };
}

export interface NetworkFigure {
  code: string;
  label: string;
  /** value is null where the figure is undefined for this network. */
  value: number | null;
  explanation: string;
}

/** groupingLabels names the groupings of the E-I index in German. */
const groupingLabels: Record<string, string> = { legal_domain: "Rechtskreis", kind: "Akteursart", social_space: "Sozialraum" };

/**
 * networkFigures lists the figures of the whole network to show: the plain counts,
 * then each defined figure in the order of defs, the E-I index once per grouping.
 */
export function networkFigures(r: NetworkReport, defs: MetricDef[]): NetworkFigure[] {
  const out: NetworkFigure[] = [
    { code: "actors", label: "Akteure", value: r.actors, explanation: "" },
    { code: "ties", label: "Kooperationen (Beziehungen)", value: r.ties, explanation: "" },
    { code: "largest_component", label: "Akteure im größten Teilnetz", value: r.largest_component, explanation: "" },
  ];
  const values: Record<string, number | null> = {
    density: r.density,
    reciprocity: r.directed ? r.reciprocity : null,
    components: r.components,
    "distances.diameter": r.distances.diameter,
    "distances.mean_distance": r.distances.mean_distance,
    degree_centralization: r.degree_centralization,
    betweenness_centralization: r.betweenness_centralization,
    assortativity: r.assortativity,
    modularity: r.modularity,
    communities: r.communities,
  };
  for (const d of defs) {
    if (d.code in values) {
      if (d.code === "reciprocity" && !r.directed) continue; // 1 by definition without directions
      out.push({ code: d.code, label: d.label, value: values[d.code], explanation: d.explanation });
    } else if (d.code === "ei_index") {
      for (const g of Object.keys(groupingLabels).filter((k) => k in r.ei_index))
        out.push({ code: "ei_index." + g, label: `${d.label} nach ${groupingLabels[g]}`, value: r.ei_index[g], explanation: d.explanation });
    }
  }
  return out;
}

// ---- GET /analysis/social-spaces (graph/analysis/spaces.go, SpaceReport) ----

export interface SpaceMetrics {
  social_space: string;
  name: string;
  level: string;
  /** actors counts the actors serving the space; local_actors those based in it. */
  actors: number;
  local_actors: number;
  ties: number;
  density: number;
  components: number;
  largest_component: number;
  mean_degree: number;
  degree_centralization: number;
  clustering: number;
  /** ei_index by primary legal domain; null where undefined. */
  ei_index: number | null;
  local_density: number;
  /** local_ratio is the local actors' density over the whole network's; null with fewer than two local actors. */
  local_ratio: number | null;
}

export interface SpaceReport {
  revision: number;
  density: number;
  social_spaces: SpaceMetrics[];
}

/** spaceFigures are the numeric members of SpaceMetrics that can colour a map, in the Go order. */
export const spaceFigures = ["actors", "local_actors", "ties", "density", "components", "largest_component", "mean_degree", "degree_centralization", "clustering", "ei_index", "local_density", "local_ratio"] as const;
export type SpaceFigure = (typeof spaceFigures)[number];

/** readSpaceMetrics reads GET /analysis/social-spaces. */
export function readSpaceMetrics(data: unknown): SpaceReport {
  const where = "/analysis/social-spaces";
  const o = S.object<Ok<"/analysis/social-spaces">>(data, where);
  return {
    revision: S.num(o, "revision", where),
    density: S.num(o, "density", where),
    social_spaces: S.records(o, "social_spaces", where).map((r, i) => {
      const at = `${where}, social_spaces[${i}]`;
      const m = { social_space: S.str(r, "social_space", at), name: S.str(r, "name", at), level: S.str(r, "level", at) } as SpaceMetrics;
      for (const k of spaceFigures) (m as unknown as Record<string, number | null>)[k] = k === "ei_index" || k === "local_ratio" ? S.numOrNull(r, k, at) : S.num(r, k, at);
      return m;
    }),
  };
}

// ---- GET /analysis/resilience (graph/analysis/resilience.go, ResilienceReport) ----

export interface ActorImpact {
  id: string;
  name: string;
  /** components is the number of components without the actor. */
  components: number;
  /** connected_share is the share of the remaining pairs that still reach each other. */
  connected_share: number;
  disconnected_pairs: number;
  cross_domain_ties_lost: number;
  criticality: number;
  degree: number;
  articulation_point: boolean;
  explanation: string;
}

export interface ResilienceReport {
  revision: number;
  components: number;
  connected_share: number;
  cross_domain_ties: number;
  /** actors are ordered most critical first. */
  actors: ActorImpact[];
}

type ImpactWire = NonNullable<Ok<"/analysis/resilience">["actors"]>[number];

/** readResilience reads GET /analysis/resilience. */
export function readResilience(data: unknown): ResilienceReport {
  const where = "/analysis/resilience";
  const o = S.object<Ok<"/analysis/resilience">>(data, where);
  return {
    revision: S.num(o, "revision", where),
    components: S.num(o, "components", where),
    connected_share: S.num(o, "connected_share", where),
    cross_domain_ties: S.num(o, "cross_domain_ties", where),
    actors: S.records(o, "actors", where).map((a, i) => readActorImpact(a, `${where}, actors[${i}]`)),
  };
}

/** readActorImpact reads one actor of a resilience report (also the most critical of a what-if scenario). */
export function readActorImpact(a: S.Wire<S.Described<ImpactWire>>, at: string): ActorImpact {
  return {
    id: S.str(a, "id", at),
    name: S.str(a, "name", at),
    components: S.num(a, "components", at),
    connected_share: S.num(a, "connected_share", at),
    disconnected_pairs: S.num(a, "disconnected_pairs", at),
    cross_domain_ties_lost: S.num(a, "cross_domain_ties_lost", at),
    criticality: S.num(a, "criticality", at),
    degree: S.num(a, "degree", at),
    articulation_point: S.bool(a, "articulation_point", at),
    explanation: S.str(a, "explanation", at),
  };
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
  /** social_space is the matrix of the social space the request named (?social_space=), else null. */
  social_space: SpaceCoupling | null;
}

type CouplingWire = Ok<"/analysis/coupling-matrix">;

/** readCouplingMatrix reads one matrix of a coupling report (also of a what-if scenario). */
export function readCouplingMatrix(m: S.Wire<S.Described<NonNullable<CouplingWire["legal_domains"]>>>, where: string): CouplingMatrix {
  return {
    density: S.num(m, "density", where),
    groups: S.records(m, "groups", where).map((g, i) => {
      const at = `${where}, groups[${i}]`;
      return { code: S.str(g, "code", at), label: S.str(g, "label", at), actors: S.num(g, "actors", at) };
    }),
    cells: S.records(m, "cells", where).map((c, i) => {
      const at = `${where}, cells[${i}]`;
      return {
        a: S.str(c, "a", at),
        b: S.str(c, "b", at),
        ties: S.num(c, "ties", at),
        pairs: S.num(c, "pairs", at),
        density: S.num(c, "density", at),
        density_ratio: S.numOrNull(c, "density_ratio", at),
        expected: S.num(c, "expected", at),
        ratio: S.numOrNull(c, "ratio", at),
        weak: S.bool(c, "weak", at),
      };
    }),
    notes: S.strings(m, "notes", where),
  };
}

/** readCouplingReport reads GET /analysis/coupling-matrix (with or without ?social_space=). */
export function readCouplingReport(data: unknown): CouplingReport {
  const where = "/analysis/coupling-matrix";
  const o = S.object<CouplingWire>(data, where);
  const t = S.field(o, "thresholds", where);
  return {
    revision: S.num(o, "revision", where),
    thresholds: { max_ratio: S.num(t, "max_ratio", where + ".thresholds"), min_expected: S.num(t, "min_expected", where + ".thresholds") },
    legal_domains: readCouplingMatrix(S.field(o, "legal_domains", where), where + ".legal_domains"),
    actor_kinds: readCouplingMatrix(S.field(o, "actor_kinds", where), where + ".actor_kinds"),
    social_space:
      o.social_space === null
        ? null
        : (() => {
            const x = S.field(o, "social_space", where);
            const at = where + ".social_space";
            return { social_space: S.str(x, "social_space", at), name: S.str(x, "name", at), actors: S.num(x, "actors", at), legal_domains: readCouplingMatrix(S.field(x, "legal_domains", at), at + ".legal_domains") };
          })(),
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
  /** explanation says how the score comes about, part by part. */
  explanation: ScoreExplanation;
}

/** ScoreExplanation is a score in plain German: a summary and its parts, whose contributions add up to the score. */
export interface ScoreExplanation {
  summary: string;
  parts: { key: string; label: string; value: number; weight: number; contribution: number; text: string }[];
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
export type PotentialQuery = Query<"/analysis/coupling-potentials">;

type PotentialsWire = Ok<"/analysis/coupling-potentials">;

/** figures reads an object of numbers (the weights, the parts of a score). */
function figures<T>(o: S.Wire<T>, where: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of Object.keys(o)) out[k] = S.num(o as S.Wire<Record<string, never>>, k, where);
  return out;
}

function readExplanation(e: S.Wire<NonNullable<PotentialsWire["potentials"]>[number]["explanation"]>, where: string): ScoreExplanation {
  return {
    summary: S.str(e, "summary", where),
    parts: S.records(e, "parts", where).map((x, i) => {
      const at = `${where}.parts[${i}]`;
      return { key: S.str(x, "key", at), label: S.str(x, "label", at), value: S.num(x, "value", at), weight: S.num(x, "weight", at), contribution: S.num(x, "contribution", at), text: S.str(x, "text", at) };
    }),
  };
}

/** readPotentials reads GET /analysis/coupling-potentials. */
export function readPotentials(data: unknown): PotentialsReport {
  const where = "/analysis/coupling-potentials";
  const o = S.object<PotentialsWire>(data, where);
  return {
    revision: S.num(o, "revision", where),
    weights: figures(S.field(o, "weights", where), where + ".weights"),
    candidates: S.num(o, "candidates", where),
    skipped_buckets: S.num(o, "skipped_buckets", where),
    potentials: S.records(o, "potentials", where).map((p, i) => {
      const at = `${where}, potentials[${i}]`;
      const actor = (k: "a" | "b"): PotentialActor => {
        const a = S.field(p, k, at);
        return { id: S.str(a, "id", `${at}.${k}`), name: S.str(a, "name", `${at}.${k}`), legal_domains: S.strings(a, "legal_domains", `${at}.${k}`) };
      };
      return {
        a: actor("a"),
        b: actor("b"),
        score: S.num(p, "score", at),
        parts: figures(S.field(p, "parts", at), at + ".parts"),
        shared_partners: S.strings(p, "shared_partners", at),
        shared_social_spaces: S.strings(p, "shared_social_spaces", at),
        shared_target_groups: S.strings(p, "shared_target_groups", at),
        shared_fields: S.strings(p, "shared_fields", at),
        reasons: S.strings(p, "reasons", at),
        explanation: readExplanation(S.field(p, "explanation", at), at + ".explanation"),
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

/** gapKind checks the kind of a gap. */
function gapKind(v: string, where: string): GapKind {
  if (v in gapKinds) return v as GapKind;
  throw new ShapeError(where, `unbekannte Art der Lücke „${v}“`);
}

/** readGaps reads GET /analysis/gaps; target_group, field and need may be left out (omitempty). */
export function readGaps(data: unknown): GapReport {
  const where = "/analysis/gaps";
  const o = S.object<Ok<"/analysis/gaps">>(data, where);
  return {
    revision: S.num(o, "revision", where),
    cells: S.records(o, "cells", where).map((c, i) => {
      const at = `${where}, cells[${i}]`;
      return {
        social_space: S.str(c, "social_space", at),
        field: S.str(c, "field", at),
        target_group: S.optional(c, "target_group", "", (x, k) => S.str(x, k, at)),
        offers: S.num(c, "offers", at),
        capacity: S.num(c, "capacity", at),
        offers_per_1000: S.numOrNull(c, "offers_per_1000", at),
        places_per_1000: S.numOrNull(c, "places_per_1000", at),
        need: S.optional(c, "need", null, (x, k) => {
          const n = S.field(x, k, at);
          const nat = at + ".need";
          return { need_id: S.str(n, "need_id", nat), measure: S.str(n, "measure", nat), target: S.num(n, "target", nat), value: S.numOrNull(n, "value", nat), coverage: S.numOrNull(n, "coverage", nat) };
        }),
      };
    }),
    social_spaces: S.records(o, "social_spaces", where).map((sp, i) => {
      const at = `${where}, social_spaces[${i}]`;
      return { social_space: S.str(sp, "social_space", at), name: S.str(sp, "name", at), needs: S.num(sp, "needs", at), needs_unmet: S.num(sp, "needs_unmet", at), coverage: S.numOrNull(sp, "coverage", at) };
    }),
    gaps: S.records(o, "gaps", where).map((g, i) => {
      const at = `${where}, gaps[${i}]`;
      return {
        kind: gapKind(S.str(g, "kind", at), at),
        social_space: S.str(g, "social_space", at),
        field: S.optional(g, "field", "", (x, k) => S.str(x, k, at)),
        target_group: S.optional(g, "target_group", "", (x, k) => S.str(x, k, at)),
        severity: S.num(g, "severity", at),
        explanation: S.str(g, "explanation", at),
      };
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
