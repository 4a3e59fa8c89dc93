// The what-if analysis (POST /analysis/what-if, graph/analysis/planning/whatif.go): a
// proposal of ties to add and actors to remove, the figures before and after, and the
// proposal as address parameters, so that a what-if view can be linked.

import * as S from "./shape";
import { readActorImpact, readCouplingMatrix, type ActorImpact, type CouplingMatrix } from "./analysis";
import { stateOf, type State } from "./time";
import type { Ok } from "./types";

/** ProposedTie is a proposed mutual cooperation between two actors. */
export interface ProposedTie {
  from: string;
  to: string;
  kinds: string[];
  intensity: number;
}

/** Proposal is a what-if scenario: ties to add and actors to remove. */
export interface Proposal {
  add: ProposedTie[];
  remove: string[];
}

/** WhatIfScenario holds the figures of one side (before or after) of a what-if comparison. */
export interface WhatIfScenario {
  actors: number;
  ties: number;
  density: number;
  components: number;
  largest_component: number;
  connected_share: number;
  cross_domain_ties: number;
  weak_domain_pairs: number;
  articulation_points: number;
  coupling: CouplingMatrix;
  most_critical: ActorImpact[];
}

export interface WhatIfReport {
  state: State | null;
  before: WhatIfScenario;
  after: WhatIfScenario;
  /** changes are the server's German sentences on the differences. */
  changes: string[];
}

type Wire = Ok<"/analysis/what-if", "post">;

/** readWhatIf reads the answer of POST /analysis/what-if. */
export function readWhatIf(data: unknown): WhatIfReport {
  const where = "/analysis/what-if";
  const o = S.object<Wire>(data, where);
  const side = (key: "before" | "after"): WhatIfScenario => {
    const at = `${where}.${key}`;
    const s = S.field(o, key, where);
    return {
      actors: S.num(s, "actors", at),
      ties: S.num(s, "ties", at),
      density: S.num(s, "density", at),
      components: S.num(s, "components", at),
      largest_component: S.num(s, "largest_component", at),
      connected_share: S.num(s, "connected_share", at),
      cross_domain_ties: S.num(s, "cross_domain_ties", at),
      weak_domain_pairs: S.num(s, "weak_domain_pairs", at),
      articulation_points: S.num(s, "articulation_points", at),
      coupling: readCouplingMatrix(S.field(s, "coupling", at), at + ".coupling"),
      most_critical: S.records(s, "most_critical", at).map((a, i) => readActorImpact(a, `${at}.most_critical[${i}]`)),
    };
  };
  return { state: stateOf(data, where), before: side("before"), after: side("after"), changes: S.strings(o, "changes", where) };
}

/** The address parameters of a proposal: one "plus" per tie (from,to,kind,intensity) and one "minus" per removed actor. */
const plusKey = "plus";
const minusKey = "minus";

/**
 * proposalFrom reads the proposal in an address's query; a tie without kind or
 * intensity gets defaultKind and intensity 2, and unreadable entries are skipped.
 */
export function proposalFrom(query: URLSearchParams, defaultKind: string): Proposal {
  const add: ProposedTie[] = [];
  for (const v of query.getAll(plusKey)) {
    const [from, to, kind, intensity] = v.split(",").map((p) => safeDecode(p));
    const n = Number(intensity);
    if (from && to) add.push({ from, to, kinds: [kind || defaultKind], intensity: Number.isInteger(n) && n >= 1 && n <= 4 ? n : 2 });
  }
  const remove = [...new Set(query.getAll(minusKey).filter(Boolean))];
  return { add, remove };
}

/** withProposal returns query with the proposal's parameters set (and no others of the proposal). */
export function withProposal(query: URLSearchParams, p: Proposal): URLSearchParams {
  const q = new URLSearchParams(query);
  q.delete(plusKey);
  q.delete(minusKey);
  for (const t of p.add) q.append(plusKey, [t.from, t.to, t.kinds[0] ?? "", String(t.intensity)].map(encodeURIComponent).join(","));
  for (const id of p.remove) q.append(minusKey, id);
  return q;
}

/** pairHref is the what-if view's address with one proposed tie between a and b. */
export function pairHref(a: string, b: string): string {
  return "/was-waere-wenn?" + withProposal(new URLSearchParams(), { add: [{ from: a, to: b, kinds: [], intensity: 2 }], remove: [] });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return "";
  }
}
