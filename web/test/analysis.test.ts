import { describe, expect, it } from "vitest";
import { rankOf, readActorMetrics, readCommunities, readDefinitions, readGaps, readMatrix, readNetworkFigures, readPotentials } from "../src/api/analysis";
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
  it("reads a matrix as rows and values or as cells", () => {
    const m = readMatrix({ legal_domains: ["sgb2", "sgb9"], matrix: [[1, 2], [2, 0]] });
    expect(m.value("sgb2", "sgb9")).toBe(2);
    const c = readMatrix({ cells: [{ row: "sgb2", col: "sgb9", value: 4 }] });
    expect(c.rows).toEqual(["sgb2", "sgb9"]);
    expect(c.value("sgb2", "sgb9")).toBe(4);
    expect(c.value("sgb9", "sgb2")).toBeNull();
  });
  it("reads potentials ranked by score", () => {
    const p = readPotentials({ items: [{ a: "x", b: "y", score: 0.2, reasons: ["gleiche Zielgruppe"] }, { actor_a: { id: "u" }, actor_b: { id: "v" }, score: 0.9, reasons: [{ text: "gleicher Sozialraum" }] }] });
    expect(p.map((x) => [x.a, x.b])).toEqual([["u", "v"], ["x", "y"]]);
    expect(p[0].reasons).toEqual(["gleicher Sozialraum"]);
  });
  it("computes coverage of gaps when the server does not", () => {
    const [g] = readGaps({ items: [{ social_space_id: "s", field: "work", need: 4, supply: 1 }] });
    expect(g.ratio).toBe(0.25);
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
