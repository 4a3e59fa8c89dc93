import { describe, expect, it } from "vitest";
import { cellLookup, gapKinds, lowestCoverage, needsIn, networkFigures, rankOf, readActorMetrics, readCommunities, readCouplingReport, readDefinitions, readGaps, readNetwork, readPotentials, readResilience, readSpaceMetrics } from "../src/api/analysis";
import { ShapeError } from "../src/api/shape";
import { readFileSync } from "node:fs";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const matrixFixture = fixture("coupling-matrix");
const potentialsFixture = fixture("coupling-potentials");
const gapsFixture = fixture("gaps");
import { compareValues, sortRows } from "../src/ui/table";
import { allows } from "../src/api/auth";

// Trimmed real answers of the demo county (go run ./cmd/netzwerkatlas serve --demo).
describe("definitions, actor metrics, communities and network", () => {
  const defs = readDefinitions(fixture("definitions"));
  it("reads the definitions with label, explanation and reference", () => {
    expect(defs[0]).toEqual({ code: "degree", label: "Anzahl Kooperationen (Grad)", explanation: expect.stringMatching(/^Mit wie vielen anderen Akteuren/), reference: "networkx degree" });
    expect(defs.map((d) => d.code)).toContain("brokerage.liaison");
  });
  it("refuses definitions of another shape", () => {
    expect(() => readDefinitions({ items: [] })).toThrow(ShapeError);
    expect(() => readDefinitions([{ code: "degree", label: "Grad", description: "x", reference: "" }])).toThrow(/„explanation“ muss Text sein/);
  });
  it("reads actor metrics in the order of their definitions and ranks them", () => {
    const m = readActorMetrics(fixture("actors"), defs);
    expect(m.revision).toBe(1);
    expect(m.directed).toBe(false);
    expect(m.approximate).toBe(false);
    expect(m.notes).toEqual([]);
    expect(m.bridges).toEqual([["seeland-akteur-0006", "seeland-akteur-0007"], ["seeland-akteur-0015", "seeland-akteur-0080"]]);
    // defined figures first, in the order of the definitions; the others after them.
    expect(m.metrics.slice(0, 5).map((d) => d.code)).toEqual(["degree", "betweenness", "constraint", "brokerage.liaison", "articulation_point"]);
    expect(m.metrics.find((d) => d.code === "pagerank")).toEqual({ code: "pagerank", label: "pagerank", explanation: "", reference: "" });
    expect(m.metrics.some((d) => d.code === "brokerage")).toBe(false);
    const [hub, , isolate] = m.rows;
    expect(hub.actorId).toBe("seeland-akteur-0001");
    expect(hub.values).toMatchObject({ degree: 28, strength: 70, "brokerage.liaison": 654, "brokerage.consultant": 36, articulation_point: 0 });
    expect(hub.values.constraint).toBeCloseTo(0.06255, 5);
    // null figures (an isolated actor's constraint) are left out, not read as 0.
    expect(isolate.actorId).toBe("seeland-akteur-0033");
    expect("constraint" in isolate.values).toBe(false);
    expect(isolate.values.degree).toBe(0);
    expect(rankOf(m.rows, "degree", "seeland-akteur-0001")).toEqual({ rank: 2, of: 3 });
    expect(rankOf(m.rows, "constraint", "seeland-akteur-0001")?.of).toBe(2); // the isolate has none
    expect(rankOf(m.rows, "degree", "z")).toBeNull();
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
    const c = readCommunities(fixture("communities"));
    expect(c.modularity).toBeCloseTo(0.5346, 4);
    expect(c.sizes).toEqual([3, 3]);
    expect(c.membership.get("seeland-akteur-0001")).toBe("0");
    expect(c.membership.get("seeland-akteur-0037")).toBe("1");
    expect(c.membership.size).toBe(6);
    expect(() => readCommunities({ membership: { a: 2 } })).toThrow(/„communities“ muss eine Liste sein/);
  });
  it("reads the network report and lists its figures by the definitions", () => {
    const r = readNetwork(fixture("network"));
    expect(r).toMatchObject({ revision: 1, directed: false, actors: 250, ties: 582, components: 18, largest_component: 232, communities: 26 });
    expect(r.distances).toEqual({ nodes: 232, diameter: 8, mean_distance: expect.closeTo(3.349, 3), exact: true });
    expect(Object.keys(r.ei_index).sort()).toEqual(["kind", "legal_domain", "social_space"]);
    const f = networkFigures(r, defs);
    expect(f.map((x) => x.code)).toEqual(["actors", "ties", "largest_component", "density", "components", "distances.diameter", "assortativity", "modularity", "ei_index.legal_domain", "ei_index.kind", "ei_index.social_space"]);
    expect(f.find((x) => x.code === "ei_index.legal_domain")?.label).toBe("Offenheit nach außen (E-I-Index) nach Rechtskreis");
    expect(f.find((x) => x.code === "distances.diameter")).toMatchObject({ label: "Durchmesser", value: 8 });
    expect(networkFigures({ ...r, assortativity: null }, defs).find((x) => x.code === "assortativity")?.value).toBeNull();
    expect(() => readNetwork({ ...fixture("network"), distances: undefined })).toThrow(ShapeError);
  });
});

describe("social spaces and resilience", () => {
  it("reads the figures per social space", () => {
    const r = readSpaceMetrics(fixture("social-spaces"));
    expect(r.revision).toBe(1);
    expect(r.density).toBeCloseTo(0.0187, 4);
    expect(r.social_spaces.map((x) => [x.name, x.level])).toEqual([
      ["Landkreis Seeland", "county"],
      ["Planungsraum Seeburg und Uferland", "planning_area"],
      ["Planungsraum Heide und Moor", "planning_area"],
      ["Uferland Nord", "social_space"],
    ]);
    expect(r.social_spaces[3]).toMatchObject({ social_space: "seeland-sozialraum-01", actors: 91, local_actors: 32, ties: 177, components: 12 });
    expect(r.social_spaces[3].local_ratio).toBeCloseTo(0.97, 2);
    const nulls = { ...fixture("social-spaces").social_spaces[3], ei_index: null, local_ratio: null };
    expect(readSpaceMetrics({ revision: 1, density: 0, social_spaces: [nulls] }).social_spaces[0]).toMatchObject({ ei_index: null, local_ratio: null });
    expect(() => readSpaceMetrics({ revision: 1, density: 0, social_spaces: [{ ...nulls, ties: null }] })).toThrow(/„ties“ muss eine Zahl sein/);
  });
  it("reads the actors ranked by the effect of their loss", () => {
    const r = readResilience(fixture("resilience"));
    expect(r).toMatchObject({ revision: 1, components: 18, cross_domain_ties: 353 });
    expect(r.connected_share).toBeCloseTo(0.861, 3);
    expect(r.actors[0]).toMatchObject({ id: "seeland-akteur-0049", name: "Verkehrsgesellschaft Seeland mbH", components: 20, disconnected_pairs: 459, cross_domain_ties_lost: 30, degree: 30, articulation_point: true });
    expect(r.actors[0].explanation).toMatch(/^Ohne Verkehrsgesellschaft Seeland mbH wären 459 Akteurspaare/);
    expect(r.actors[2]).toMatchObject({ degree: 0, criticality: 0, articulation_point: false });
    expect(() => readResilience({ ...fixture("resilience"), actors: [{ id: "a" }] })).toThrow(ShapeError);
  });
});

describe("coupling matrix", () => {
  const r = readCouplingReport(matrixFixture);
  it("reads the legal-domain matrix, thresholds and notes", () => {
    expect(r.revision).toBe(1);
    expect(r.thresholds).toEqual({ max_ratio: 0.25, min_expected: 3 });
    expect(r.legal_domains.groups.map((g) => [g.code, g.label])).toEqual([["sgb5", "SGB V"], ["sgb11", "SGB XI"], ["sport", "Sport"]]);
    expect(r.legal_domains.notes[0]).toMatch(/^SGB V und Sport kooperieren kaum/);
    expect(r.actor_kinds.groups.map((g) => g.code)).toEqual(["benefit_carrier", "provider"]);
    expect(r.social_spaces[0].name).toBe("Planungsraum Seeburg und Uferland");
    expect(r.social_spaces[0].legal_domains.cells.length).toBeGreaterThan(0);
  });
  it("looks cells up in either order and keeps the weak flag", () => {
    const cell = cellLookup(r.legal_domains);
    const c = cell("sport", "sgb5")!;
    expect(c).toBe(cell("sgb5", "sport"));
    expect(c.ties).toBe(0);
    expect(c.ratio).toBe(0);
    expect(c.weak).toBe(true);
    expect(cell("sgb11", "sgb11")!.weak).toBe(false);
    expect(cell("sgb5", "nothing")).toBeNull();
  });
  it("refuses a matrix of another shape", () => {
    const cells = matrixFixture.legal_domains.cells.map((c: Record<string, unknown>) => ({ ...c, weak: undefined }));
    expect(() => readCouplingReport({ ...matrixFixture, legal_domains: { ...matrixFixture.legal_domains, cells } })).toThrow(/legal_domains, cells\[0\]\): „weak“ muss wahr oder falsch sein/);
    expect(() => readCouplingReport({ ...matrixFixture, thresholds: undefined })).toThrow(ShapeError);
  });
});

describe("coupling potentials", () => {
  const r = readPotentials(potentialsFixture);
  it("reads ranked pairs with names, legal domains and German reasons", () => {
    expect(r.candidates).toBe(9741);
    expect(r.potentials).toHaveLength(2);
    const [p] = r.potentials;
    expect(p.a).toEqual({ id: "seeland-akteur-0001", name: "Sozial- und Teilhabeplanung Landkreis Seeland", legal_domains: ["sgb12"] });
    expect(p.b.name).toBe("Verkehrsgesellschaft Seeland mbH");
    expect(p.score).toBeGreaterThan(r.potentials[1].score);
    expect(p.reasons[0]).toMatch(/gehören zu verschiedenen Rechtskreisen/);
    expect(p.shared_partners.length).toBeGreaterThan(0);
  });
  it("turns null lists into empty ones", () => {
    expect(potentialsFixture.potentials[0].shared_fields).toBeNull();
    expect(r.potentials[0].shared_fields).toEqual([]);
  });
  it("refuses pairs of another shape", () => {
    const [p] = potentialsFixture.potentials;
    expect(() => readPotentials({ ...potentialsFixture, potentials: [{ ...p, a: { id: p.a.id } }] })).toThrow(/potentials\[0\]\.a\): „name“ muss Text sein/);
    expect(() => readPotentials({ ...potentialsFixture, potentials: [{ ...p, parts: { structural: "hoch" } }] })).toThrow(/parts\): „structural“ muss eine Zahl sein/);
  });
});

describe("gaps", () => {
  const r = readGaps(gapsFixture);
  it("reads cells, social spaces and gaps", () => {
    expect(r.social_spaces[0]).toEqual({ social_space: "seeland-sozialraum-08", name: "Amt Moorbrück", needs: 8, needs_unmet: 8, coverage: expect.closeTo(0.2877, 4) });
    expect(r.gaps.map((g) => g.kind)).toEqual(["no_offer", "under_need", "poorly_connected", "under_need"]);
    const connected = r.gaps.find((g) => g.kind === "poorly_connected")!;
    expect(connected.field).toBe("");
    expect(connected.explanation).toMatch(/kooperieren kaum miteinander/);
    expect(gapKinds[r.gaps[0].kind]).toBe("Kein Angebot");
    expect(() => readGaps({ ...gapsFixture, gaps: [{ ...gapsFixture.gaps[0], kind: "zu_wenig" }] })).toThrow(/unbekannte Art der Lücke „zu_wenig“/);
    expect(() => readGaps({ ...gapsFixture, cells: [{ ...gapsFixture.cells[0], offers: null }] })).toThrow(/cells\[0\]\): „offers“ muss eine Zahl sein/);
  });
  it("finds the lowest coverage of the needs of a space and field", () => {
    const care = needsIn(r.cells, "seeland-sozialraum-08", "care");
    expect(care.map((c) => c.target_group)).toEqual(["older_people"]);
    expect(care[0].need!.measure).toBe("offers_per_1000");
    expect(lowestCoverage(care)).toBeCloseTo(0.287, 3);
    expect(lowestCoverage(needsIn(r.cells, "seeland-sozialraum-08", "housing"))).toBe(0);
    expect(lowestCoverage(needsIn(r.cells, "seeland-sozialraum-08", "sport"))).toBeNull();
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
