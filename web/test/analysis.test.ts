import { describe, expect, it } from "vitest";
import { type ActorMetricRow, cellLookup, gapKinds, lowestCoverage, needsIn, networkFigures, rankOf, readActorMetrics, readCommunities, readCouplingReport, readDefinitions, readGaps, readNetwork, readPotentials, readResilience, readSpaceMetrics } from "../src/api/analysis";
import { ShapeError } from "../src/api/shape";
import { readFileSync } from "node:fs";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const matrixFixture = fixture("coupling-matrix");
const potentialsFixture = fixture("coupling-potentials");
const gapsFixture = fixture("gaps");
import { compareValues, sortRows } from "../src/ui/table";
import { allows } from "../src/api/auth";

// Real answers of the demo county, written by the Go side (api: TestWebFixtures, each
// list cut short). The expectations are read from the fixture where they are figures
// of the county, so that regenerating the fixtures keeps the tests meaningful; the
// behaviour of the readers is shown on variants of them.
type Json = Record<string, any>;

describe("definitions, actor metrics, communities and network", () => {
  const rawDefs: Json[] = fixture("definitions");
  const defs = readDefinitions(rawDefs);
  it("reads the definitions with label, explanation and reference", () => {
    expect(defs).toEqual(rawDefs.map(({ code, label, explanation, reference }) => ({ code, label, explanation, reference })));
    expect(defs.find((d) => d.code === "degree")).toEqual({ code: "degree", label: "Anzahl Kooperationen (Grad)", explanation: expect.stringMatching(/^Mit wie vielen anderen Akteuren/), reference: "networkx degree" });
    expect(defs.map((d) => d.code)).toContain("brokerage.liaison");
  });
  it("refuses definitions of another shape", () => {
    expect(() => readDefinitions({ items: [] })).toThrow(ShapeError);
    expect(() => readDefinitions([{ code: "degree", label: "Grad", description: "x", reference: "" }])).toThrow(/„explanation“ muss Text sein/);
  });
  it("reads actor metrics in the order of their definitions", () => {
    const raw = fixture("actors");
    const some = defs.filter((d) => ["articulation_point", "brokerage.liaison", "constraint", "betweenness", "degree"].includes(d.code));
    const m = readActorMetrics(raw, some);
    expect(m).toMatchObject({ revision: raw.revision, directed: raw.directed, approximate: raw.approximate, notes: raw.notes ?? [], bridges: raw.bridges ?? [] });
    // defined figures first, in the order of the definitions; the others after them, labelled by their code.
    expect(m.metrics.slice(0, 5)).toEqual(some);
    expect(m.metrics.find((d) => d.code === "pagerank")).toEqual({ code: "pagerank", label: "pagerank", explanation: "", reference: "" });
    expect(m.metrics.some((d) => d.code === "brokerage")).toBe(false);
    const [row] = raw.actors;
    expect(m.rows[0].actorId).toBe(row.id);
    expect(m.rows[0].values).toMatchObject({ degree: row.degree, strength: row.strength, constraint: row.constraint, "brokerage.liaison": row.brokerage.liaison, "brokerage.consultant": row.brokerage.consultant, articulation_point: row.articulation_point ? 1 : 0 });
    // null figures (an isolated actor's constraint) are left out, not read as 0.
    const isolate = readActorMetrics({ ...raw, actors: [{ ...row, degree: 0, constraint: null }] }).rows[0];
    expect("constraint" in isolate.values).toBe(false);
    expect(isolate.values.degree).toBe(0);
  });
  it("ranks an actor's figure among those who have it", () => {
    const rows: ActorMetricRow[] = [
      { actorId: "a", values: { degree: 5, constraint: 0.2 } },
      { actorId: "b", values: { degree: 7 } },
      { actorId: "c", values: { degree: 5, constraint: 0.4 } },
    ];
    expect(rankOf(rows, "degree", "a")).toEqual({ rank: 2, of: 3 });
    expect(rankOf(rows, "degree", "c")).toEqual({ rank: 2, of: 3 });
    expect(rankOf(rows, "constraint", "a")).toEqual({ rank: 2, of: 2 }); // b has none
    expect(rankOf(rows, "constraint", "b")).toBeNull();
    expect(rankOf(rows, "degree", "z")).toBeNull();
  });
  it("refuses actor metrics of another shape", () => {
    expect(() => readActorMetrics([{ id: "a", degree: 1 }])).toThrow(ShapeError);
    const real = fixture("actors");
    const row = { ...real.actors[0] };
    delete row.brokerage;
    expect(() => readActorMetrics({ ...real, actors: [row] })).toThrow(/actors\[0\]\.brokerage/);
    expect(() => readActorMetrics({ ...real, actors: [{ ...real.actors[0], degree: "28" }] })).toThrow(/„degree“ muss eine Zahl sein/);
    expect(readActorMetrics({ ...real, bridges: null }).bridges).toEqual([]);
  });
  it("reads the communities into a membership map", () => {
    const raw = fixture("communities");
    const c = readCommunities(raw);
    expect(c.modularity).toBe(raw.modularity);
    expect(c.sizes).toEqual(raw.communities.map((x: Json) => x.size));
    for (const x of raw.communities) for (const m of x.members) expect(c.membership.get(m)).toBe(String(x.id));
    expect(c.membership.size).toBe(raw.communities.reduce((n: number, x: Json) => n + x.members.length, 0));
    expect(() => readCommunities({ membership: { a: 2 } })).toThrow(/„communities“ muss eine Liste sein/);
  });
  it("reads the network report", () => {
    const raw = fixture("network");
    const r = readNetwork(raw);
    expect(r).toMatchObject({ revision: raw.revision, directed: raw.directed, actors: raw.actors, ties: raw.ties, components: raw.components, largest_component: raw.largest_component, communities: raw.communities, assortativity: raw.assortativity });
    expect(r.distances).toEqual({ nodes: raw.distances.nodes, diameter: raw.distances.diameter, mean_distance: raw.distances.mean_distance, exact: raw.distances.exact });
    expect(r.ei_index).toEqual(Object.fromEntries(Object.entries(raw.groups).map(([k, g]) => [k, (g as Json).ei_index])));
    expect(() => readNetwork({ ...raw, distances: undefined })).toThrow(ShapeError);
  });
  it("lists the network figures by the definitions, the E-I index once per grouping", () => {
    const r = { ...readNetwork(fixture("network")), directed: false, ei_index: { kind: 0.2, legal_domain: -0.5, social_space: null } };
    const pick = (...codes: string[]) => codes.map((c) => defs.find((d) => d.code === c)!);
    const f = networkFigures(r, pick("degree", "modularity", "reciprocity", "ei_index", "distances.diameter", "assortativity"));
    // degree is no figure of the network; reciprocity is 1 by definition without directions.
    expect(f.map((x) => x.code)).toEqual(["actors", "ties", "largest_component", "modularity", "ei_index.legal_domain", "ei_index.kind", "ei_index.social_space", "distances.diameter", "assortativity"]);
    expect(f.find((x) => x.code === "ei_index.legal_domain")).toMatchObject({ label: "Offenheit nach außen (E-I-Index) nach Rechtskreis", value: -0.5 });
    expect(f.find((x) => x.code === "ei_index.social_space")?.value).toBeNull();
    expect(f.find((x) => x.code === "distances.diameter")).toMatchObject({ label: "Durchmesser", value: r.distances.diameter });
    expect(networkFigures({ ...r, directed: true }, pick("reciprocity")).map((x) => x.code)).toContain("reciprocity");
    expect(networkFigures({ ...r, assortativity: null }, defs).find((x) => x.code === "assortativity")?.value).toBeNull();
  });
});

describe("social spaces and resilience", () => {
  it("reads the figures per social space", () => {
    const raw = fixture("social-spaces");
    const r = readSpaceMetrics(raw);
    expect(r.revision).toBe(raw.revision);
    expect(r.density).toBe(raw.density);
    expect(r.social_spaces.map((x) => [x.name, x.level])).toEqual(raw.social_spaces.map((x: Json) => [x.name, x.level]));
    const last = raw.social_spaces.at(-1);
    expect(r.social_spaces.at(-1)).toMatchObject({ social_space: last.social_space, actors: last.actors, local_actors: last.local_actors, ties: last.ties, components: last.components, local_ratio: last.local_ratio });
    const nulls = { ...last, ei_index: null, local_ratio: null };
    expect(readSpaceMetrics({ revision: 1, density: 0, social_spaces: [nulls] }).social_spaces[0]).toMatchObject({ ei_index: null, local_ratio: null });
    expect(() => readSpaceMetrics({ revision: 1, density: 0, social_spaces: [{ ...nulls, ties: null }] })).toThrow(/„ties“ muss eine Zahl sein/);
  });
  it("reads the actors ranked by the effect of their loss", () => {
    const raw = fixture("resilience");
    const r = readResilience(raw);
    expect(r).toMatchObject({ revision: raw.revision, components: raw.components, connected_share: raw.connected_share, cross_domain_ties: raw.cross_domain_ties });
    const [a] = raw.actors;
    expect(r.actors[0]).toEqual({ id: a.id, name: a.name, components: a.components, connected_share: a.connected_share, disconnected_pairs: a.disconnected_pairs, cross_domain_ties_lost: a.cross_domain_ties_lost, criticality: a.criticality, degree: a.degree, articulation_point: a.articulation_point, explanation: a.explanation });
    expect(r.actors[0].explanation).toMatch(new RegExp(`^Ohne ${a.name.replace(/[.*+?^$()|[\]\\]/g, "\\$&")} wären ${a.disconnected_pairs} Akteurspaare`));
    expect(r.actors.map((x) => x.id)).toEqual(raw.actors.map((x: Json) => x.id));
    expect(() => readResilience({ ...raw, actors: [{ id: "a" }] })).toThrow(ShapeError);
  });
});

describe("coupling matrix", () => {
  const raw = matrixFixture;
  const r = readCouplingReport(raw);
  it("reads the legal-domain matrix, thresholds and notes", () => {
    expect(r.revision).toBe(raw.revision);
    expect(r.thresholds).toEqual(raw.thresholds);
    expect(r.legal_domains.groups).toEqual(raw.legal_domains.groups);
    expect(r.legal_domains.notes).toEqual(raw.legal_domains.notes ?? []);
    expect(r.legal_domains.notes[0]).toMatch(/kooperieren kaum/);
    expect(r.actor_kinds.groups.map((g) => g.code)).toEqual(raw.actor_kinds.groups.map((g: Json) => g.code));
    expect(r.social_space!.name).toBe(raw.social_space.name);
    expect(r.social_space!.legal_domains.cells).toEqual(raw.social_space.legal_domains.cells);
    expect(readCouplingReport({ ...raw, social_space: null }).social_space).toBeNull();
  });
  it("looks cells up in either order and keeps the weak flag", () => {
    const cell = cellLookup(r.legal_domains);
    const other = raw.legal_domains.cells.find((c: Json) => c.a !== c.b);
    const c = cell(other.b, other.a)!;
    expect(c).toBe(cell(other.a, other.b));
    expect(c).toEqual(other);
    const own = raw.legal_domains.cells.find((c: Json) => c.a === c.b);
    expect(cell(own.a, own.a)).toEqual(own);
    expect(cell(other.a, "nothing")).toBeNull();
  });
  it("refuses a matrix of another shape", () => {
    const cells = raw.legal_domains.cells.map((c: Json) => ({ ...c, weak: undefined }));
    expect(() => readCouplingReport({ ...raw, legal_domains: { ...raw.legal_domains, cells } })).toThrow(/legal_domains, cells\[0\]\): „weak“ muss wahr oder falsch sein/);
    expect(() => readCouplingReport({ ...raw, thresholds: undefined })).toThrow(ShapeError);
    expect(() => readCouplingReport({ ...raw, social_space: { ...raw.social_space, actors: "viele" } })).toThrow(/social_space\): „actors“/);
  });
});

describe("coupling potentials", () => {
  const raw = potentialsFixture;
  const r = readPotentials(raw);
  it("reads ranked pairs with names, legal domains and German reasons", () => {
    expect(r.candidates).toBe(raw.candidates);
    expect(r.weights).toEqual(raw.weights);
    expect(r.potentials).toHaveLength(raw.potentials.length);
    const [p] = r.potentials;
    expect(p.a).toEqual(raw.potentials[0].a);
    expect(p.b.name).toBe(raw.potentials[0].b.name);
    expect(p.parts).toEqual(raw.potentials[0].parts);
    expect(p.score).toBeGreaterThanOrEqual(r.potentials[1].score);
    expect(p.reasons[0]).toMatch(/gehören zu verschiedenen Rechtskreisen/);
    expect(p.shared_partners).toEqual(raw.potentials[0].shared_partners ?? []);
  });
  it("turns null lists into empty ones", () => {
    expect(readPotentials({ ...raw, potentials: [{ ...raw.potentials[0], shared_fields: null }] }).potentials[0].shared_fields).toEqual([]);
  });
  it("refuses pairs of another shape", () => {
    const [p] = raw.potentials;
    expect(() => readPotentials({ ...raw, potentials: [{ ...p, a: { id: p.a.id } }] })).toThrow(/potentials\[0\]\.a\): „name“ muss Text sein/);
    expect(() => readPotentials({ ...raw, potentials: [{ ...p, parts: { structural: "hoch" } }] })).toThrow(/parts\): „structural“ muss eine Zahl sein/);
  });
});

describe("gaps", () => {
  const raw = gapsFixture;
  const r = readGaps(raw);
  it("reads cells, social spaces and gaps", () => {
    expect(r.social_spaces).toEqual(raw.social_spaces);
    expect(r.gaps.map((g) => g.kind)).toEqual(raw.gaps.map((g: Json) => g.kind));
    expect(r.cells[0]).toMatchObject({ social_space: raw.cells[0].social_space, field: raw.cells[0].field, offers: raw.cells[0].offers, need: raw.cells[0].need ?? null });
    expect(gapKinds[r.gaps[0].kind]).toBeTruthy();
  });
  it("reads what Go leaves out (omitempty) as empty", () => {
    const g = readGaps({ ...raw, cells: [{ ...raw.cells[0], target_group: undefined, need: undefined }], gaps: [{ kind: "poorly_connected", social_space: "s", severity: 0.5, explanation: "A und B kooperieren kaum miteinander." }] });
    expect(g.gaps[0]).toEqual({ kind: "poorly_connected", social_space: "s", field: "", target_group: "", severity: 0.5, explanation: "A und B kooperieren kaum miteinander." });
    expect(g.cells[0]).toMatchObject({ target_group: "", need: null });
    expect(gapKinds[g.gaps[0].kind]).toBe("Kaum vernetzt");
  });
  it("refuses gaps of another shape", () => {
    expect(() => readGaps({ ...raw, gaps: [{ ...raw.gaps[0], kind: "zu_wenig" }] })).toThrow(/unbekannte Art der Lücke „zu_wenig“/);
    expect(() => readGaps({ ...raw, cells: [{ ...raw.cells[0], offers: null }] })).toThrow(/cells\[0\]\): „offers“ muss eine Zahl sein/);
  });
  it("finds the lowest coverage of the needs of a space and field", () => {
    const need = (coverage: number | null) => ({ need_id: "n", measure: "offers_per_1000", target: 1, value: coverage, coverage });
    const cell = (field: string, target_group: string, n: ReturnType<typeof need> | null) => ({ social_space: "s", field, target_group, offers: 0, capacity: 0, offers_per_1000: null, places_per_1000: null, need: n });
    const cells = [cell("care", "", null), cell("care", "older_people", need(0.287)), cell("care", "disabled", need(0.5)), cell("housing", "older_people", need(0)), cell("sport", "", null)];
    const care = needsIn(cells, "s", "care");
    expect(care.map((c) => c.target_group)).toEqual(["older_people", "disabled"]);
    expect(lowestCoverage(care)).toBeCloseTo(0.287, 3);
    expect(lowestCoverage(needsIn(cells, "s", "housing"))).toBe(0);
    expect(lowestCoverage(needsIn(cells, "s", "sport"))).toBeNull();
    expect(needsIn(cells, "t", "care")).toEqual([]);
  });
});

describe("tables and roles", () => {
  it("sorts numbers numerically, text the German way, empty values last", () => {
    const rows = [{ v: 10 }, { v: null }, { v: 9 }];
    const col = { key: "v", label: "v", value: (r: { v: number | null }) => r.v };
    expect(sortRows(rows, col, false).map((r) => r.v)).toEqual([9, 10, null]);
    expect(sortRows(rows, col, true).map((r) => r.v)).toEqual([10, 9, null]);
    expect(compareValues("Äpfel", "Birnen")).toBeLessThan(0);
  });
  it("orders roles", () => {
    expect(allows("editor", "analyst")).toBe(true);
    expect(allows("analyst", "editor")).toBe(false);
    expect(allows(undefined, "viewer")).toBe(false);
  });
});
