import { describe, expect, it } from "vitest";
import { cellLookup, gapKinds, lowestCoverage, needsIn, rankOf, readActorMetrics, readCommunities, readCouplingReport, readDefinitions, readGaps, readNetworkFigures, readPotentials } from "../src/api/analysis";
import { readFileSync } from "node:fs";

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
const matrixFixture = fixture("coupling-matrix");
const potentialsFixture = fixture("coupling-potentials");
const gapsFixture = fixture("gaps");
import { compareValues, sortRows } from "../src/ui/table";
import { allows } from "../src/api/auth";

describe("analysis readers", () => {
  const defs = readDefinitions([
    { code: "degree", label: "Grad", explanation: "Anzahl Partner" },
    { code: "brokerage.liaison", label: "Liaison", explanation: "vermittelt" },
    { code: "density", label: "Dichte", explanation: "Anteil" },
    { code: "distances.diameter", label: "Durchmesser", explanation: "längster Weg" },
    { code: "unused", label: "x" },
  ]);
  it("reads actor metrics in the order of their definitions and ranks them", () => {
    const m = readActorMetrics(
      {
        revision: 3,
        actors: [
          { id: "a", degree: 3, articulation_point: true, brokerage: { liaison: 2 } },
          { id: "b", degree: 5, articulation_point: false, brokerage: { liaison: 0 } },
          { id: "c", degree: 3, articulation_point: false, brokerage: { liaison: 1 } },
        ],
      },
      defs,
    );
    expect(m.metrics.map((d) => d.code)).toEqual(["degree", "brokerage.liaison", "articulation_point"]);
    expect(m.metrics[0].description).toBe("Anzahl Partner");
    expect(m.rows[0]).toEqual({ actorId: "a", name: "", values: { degree: 3, articulation_point: 1, "brokerage.liaison": 2 } });
    expect(rankOf(m.rows, "degree", "a")).toEqual({ rank: 2, of: 3 });
    expect(rankOf(m.rows, "degree", "b")).toEqual({ rank: 1, of: 3 });
    expect(rankOf(m.rows, "degree", "z")).toBeNull();
  });
  it("reads the named figures of the whole network", () => {
    const f = readNetworkFigures({ revision: 3, actors: 250, density: 0.02, distances: { diameter: 8 }, groups: { kind: { ei_index: 0.3 } } }, defs, { actors: "Akteure" });
    expect(f.map((x) => [x.label, x.value])).toEqual([["Akteure", 250], ["Dichte", 0.02], ["Durchmesser", 8]]);
  });
  it("reads communities as lists or as a membership map", () => {
    expect(readCommunities({ communities: [{ id: 0, members: ["a", "b"] }], modularity: 0.4 })).toEqual({ membership: new Map([["a", "0"], ["b", "0"]]), modularity: 0.4 });
    expect(readCommunities({ membership: { a: 2 } }).membership.get("a")).toBe("2");
  });
});

// Trimmed real answers of the demo county (go run ./cmd/netzwerkatlas serve --demo).
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
