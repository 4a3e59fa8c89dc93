import { describe, expect, it } from "vitest";
import { coloring, sizing } from "../src/graph/appearance";
import { categoryColors, contrast, coverageColor, diverging, heat, otherColor, ratioColor, scale, sizeScale, textOn } from "../src/graph/colors";
import { buildDataset } from "../src/graph/dataset";

describe("colour scales", () => {
  it("interpolates and clamps", () => {
    expect(scale(heat, 0)).toBe(heat[0]);
    expect(scale(heat, 1)).toBe(heat[4]);
    expect(scale(heat, 2)).toBe(heat[4]);
    expect(scale(["#000000", "#ffffff"], 0.5)).toBe("#808080");
    expect(scale(heat, NaN)).toBe(heat[0]);
  });
  it("picks text with AA contrast on every scale colour", () => {
    for (let t = 0; t <= 1; t += 0.05) {
      for (const bg of [scale(heat, t), coverageColor(t), scale(diverging, t)]) expect(contrast(bg, textOn(bg))).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
  });
  it("colours an observed/expected ratio red below 1, white at 1, blue above", () => {
    expect(ratioColor(0)).toBe(diverging[0]);
    expect(ratioColor(1 / 8)).toBe(diverging[0]);
    expect(ratioColor(1)).toBe(diverging[2]);
    expect(ratioColor(8)).toBe(diverging[4]);
    expect(ratioColor(100)).toBe(diverging[4]);
  });
  it("colours coverage red for none, green for met, grey for unknown", () => {
    expect(coverageColor(0)).toBe("#b2182b");
    expect(coverageColor(1.7)).toBe("#1b7837");
    expect(coverageColor(null)).toBe("#e0e0e0");
  });
  it("repeats categories past the palette", () => {
    const c = categoryColors(Array.from({ length: 21 }, (_, i) => "c" + i));
    expect(c.get("c20")).toBe(c.get("c0"));
    expect(c.get("c1")).not.toBe(c.get("c0"));
  });
  it("sizes by square root, constant when all equal", () => {
    const s = sizeScale([0, 100], 2, 12);
    expect(s(0)).toBe(2);
    expect(s(100)).toBe(12);
    expect(s(25)).toBe(7);
    expect(sizeScale([5, 5])(5)).toBe(sizeScale([5, 5])(99));
  });
});

describe("appearance", () => {
  const ds = buildDataset({
    revision: 1,
    nodes: [
      { id: "a", name: "A", kind: "provider", legal_domains: ["sgb9"], fields: [], target_groups: [], social_spaces: [] },
      { id: "b", name: "B", kind: "provider", legal_domains: ["sgb2", "sgb9"], fields: [], target_groups: [], social_spaces: [] },
      { id: "c", name: "C", kind: "school", legal_domains: [], fields: [], target_groups: [], social_spaces: [] },
    ],
    edges: [],
  });
  const terms = [
    { code: "sgb2", label: "SGB II" },
    { code: "sgb9", label: "SGB IX" },
  ];
  it("colours by the first legal domain, in taxonomy order, with a rest entry", () => {
    const c = coloring(ds, "legal_domain", terms);
    expect(c.legend.map((e) => [e.label, e.count])).toEqual([
      ["SGB II", 1],
      ["SGB IX", 1],
      ["Ohne Angabe", 1],
    ]);
    expect(c.colorOf("c")).toBe(otherColor);
    expect(c.colorOf("a")).not.toBe(c.colorOf("b"));
  });
  it("numbers communities by size", () => {
    const c = coloring(ds, "community", [], new Map([["a", "7"], ["b", "7"], ["c", "3"]]));
    expect(c.legend.map((e) => [e.label, e.count])).toEqual([
      ["Gemeinschaft 1", 2],
      ["Gemeinschaft 2", 1],
    ]);
  });
  it("gives nodes without a metric value the smallest size", () => {
    const size = sizing(ds, new Map([["a", 1], ["b", 4]]));
    expect(size("c")).toBe(size("a"));
    expect(size("b")).toBeGreaterThan(size("a"));
  });
});

describe("social-space map colours", () => {
  it("colours the local ratio around 1 and other figures over their range", async () => {
    const { figureColor } = await import("../src/views/spaces");
    const ratio = figureColor("local_ratio", []);
    expect(ratio(1)).toBe("#f7f7f7");
    expect(ratio(0)).toBe("#b2182b");
    expect(ratio(null)).toBe("#e0e0e0");
    const actors = figureColor("actors", [10, 30]);
    expect(actors(10)).toBe("#f7fbff");
    expect(actors(30)).toBe("#08306b");
    expect(figureColor("actors", [5, 5])(5)).toBe("#6baed6");
  });
});
