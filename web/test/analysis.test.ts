import { describe, expect, it } from "vitest";
import { rankOf, readActorMetrics, readCommunities, readGaps, readMatrix, readPotentials } from "../src/api/analysis";
import { compareValues, sortRows } from "../src/ui/table";
import { allows } from "../src/api/auth";

describe("analysis readers", () => {
  it("reads actor metrics with definitions and ranks them", () => {
    const m = readActorMetrics({
      metrics: [{ code: "degree", label: "Grad", description: "Anzahl Partner" }, { code: "missing", label: "x" }],
      items: [
        { actor_id: "a", name: "A", metrics: { degree: 3, brokerage: { liaison: 2 } } },
        { actor_id: "b", name: "B", metrics: { degree: 5 } },
        { actor_id: "c", name: "C", metrics: { degree: 3 } },
      ],
    });
    expect(m.metrics.map((d) => d.code)).toEqual(["degree"]);
    expect(m.rows[0].values["brokerage.liaison"]).toBe(2);
    expect(rankOf(m.rows, "degree", "a")).toEqual({ rank: 2, of: 3 });
    expect(rankOf(m.rows, "degree", "b")).toEqual({ rank: 1, of: 3 });
    expect(rankOf(m.rows, "degree", "z")).toBeNull();
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
