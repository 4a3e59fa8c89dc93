import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coloring, sizing } from "../src/graph/appearance";
import {
  categorical,
  categoryColors,
  colorDistance,
  contrast,
  coverageColor,
  deltaE2000,
  diverging,
  heat,
  otherColor,
  ratioColor,
  scale,
  simulate,
  sizeScale,
  textOn,
  toLab,
  type Deficiency,
} from "../src/graph/colors";
import { buildDataset } from "../src/graph/dataset";
import { familyOf, legalDomainFamilies } from "../src/graph/families";

/** minDistance is the smallest CIEDE2000 difference between two colours of the set, as seen with the deficiency. */
function minDistance(colors: string[], deficiency?: Deficiency): { min: number; pair: [string, string] } {
  let best = { min: Infinity, pair: ["", ""] as [string, string] };
  for (let i = 0; i < colors.length; i++)
    for (let j = i + 1; j < colors.length; j++) {
      const see = (c: string) => (deficiency ? simulate(c, deficiency) : c);
      const d = colorDistance(see(colors[i]), see(colors[j]));
      if (d < best.min) best = { min: d, pair: [colors[i], colors[j]] };
    }
  return best;
}

describe("colour differences", () => {
  it("computes CIEDE2000 as in Sharma, Wu and Dalal's test data", () => {
    // Pairs 1, 7, 13, 17, 25 and 34 of the paper's table 1.
    const pairs: [number[], number[], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.49, -0.001], [50, -2.49, 0.0011], 7.2195],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, want] of pairs) {
      expect(deltaE2000(a as [number, number, number], b as [number, number, number])).toBeCloseTo(want, 3);
      expect(deltaE2000(b as [number, number, number], a as [number, number, number])).toBeCloseTo(want, 3);
    }
    expect(toLab("#ffffff")[0]).toBeCloseTo(100, 2);
    expect(colorDistance("#123456", "#123456")).toBe(0);
  });
  it("simulates colour-vision deficiencies (Machado 2009): greys stay, the old palette's pairs merge", () => {
    for (const k of ["deuteranopia", "protanopia", "tritanopia"] as Deficiency[]) {
      expect(simulate("#ffffff", k)).toBe("#ffffff");
      expect(simulate("#000000", k)).toBe("#000000");
    }
    expect(colorDistance("#d62728", "#2ca02c")).toBeGreaterThan(40);
    // The palette before this one: orange and green for protanopes, pink and cyan for deuteranopes.
    expect(colorDistance(simulate("#ff7f0e", "protanopia"), simulate("#2ca02c", "protanopia"))).toBeLessThan(3);
    expect(colorDistance(simulate("#e377c2", "deuteranopia"), simulate("#17becf", "deuteranopia"))).toBeLessThan(6);
  });
});

describe("category palette", () => {
  // Every category colour is shown together with the grey of "Ohne Angabe"/"Weitere".
  const shown = [...categorical, otherColor];
  it("keeps any two categories at least ΔE2000 20 apart for normal vision", () => {
    const { min, pair } = minDistance(shown);
    console.log(`palette of ${categorical.length} + grey: min ΔE2000 ${min.toFixed(1)} (${pair.join(" / ")})`);
    expect(min).toBeGreaterThanOrEqual(20);
  });
  it("keeps them at least ΔE2000 10 apart for deuteranopes and protanopes", () => {
    for (const k of ["deuteranopia", "protanopia"] as Deficiency[]) {
      const { min, pair } = minDistance(shown, k);
      console.log(`${k}: min ΔE2000 ${min.toFixed(1)} (${pair.join(" / ")})`);
      expect(min).toBeGreaterThanOrEqual(10);
    }
  });
  it("gives the legal-domain families, the largest set shown by default, even larger differences", () => {
    const families = [...categorical.slice(0, legalDomainFamilies.length), otherColor];
    expect(minDistance(families).min).toBeGreaterThanOrEqual(22);
    expect(minDistance(families, "deuteranopia").min).toBeGreaterThanOrEqual(12);
    expect(minDistance(families, "protanopia").min).toBeGreaterThanOrEqual(13);
  });
  it("stands out from the white map and from the dimmed nodes", () => {
    for (const c of categorical) {
      expect(colorDistance(c, "#ffffff")).toBeGreaterThanOrEqual(25);
      expect(colorDistance(c, "#e4e7eb")).toBeGreaterThanOrEqual(15);
    }
  });
  it("puts each legal domain of the default taxonomy into one family, with a colour of its own", () => {
    const go = readFileSync(new URL("../../graph/taxonomy.go", import.meta.url), "utf8");
    const block = go.slice(go.indexOf("LegalDomains: []Term{"), go.indexOf("Fields: []Term{"));
    const codes = [...block.matchAll(/Code: "([^"]+)"/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThanOrEqual(18);
    for (const c of codes) expect(familyOf(c).key, c).not.toBe("other");
    expect(new Set(legalDomainFamilies.flatMap((f) => f.codes)).size).toBe(legalDomainFamilies.flatMap((f) => f.codes).length);
    expect(legalDomainFamilies.length).toBeLessThanOrEqual(categorical.length);
    expect(familyOf("sgb2")).not.toBe(familyOf("housing"));
    expect(familyOf("made_up").key).toBe("other");
  });
});

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
  it("gives categories past the palette the grey of the rest", () => {
    const c = categoryColors(Array.from({ length: 21 }, (_, i) => "c" + i));
    expect(c.get("c20")).toBe(otherColor);
    expect(new Set(Array.from({ length: categorical.length }, (_, i) => c.get("c" + i))).size).toBe(categorical.length);
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
  it("colours by the family of the first legal domain and counts an actor under each of its domains", () => {
    const c = coloring(ds, "legal_domain", terms);
    const legend = c.legend(ds.nodes);
    expect(legend.entries.map((e) => [e.label, e.count, e.parts?.map((p) => [p.label, p.count])])).toEqual([
      ["Arbeit", 1, [["SGB II", 1]]],
      ["Teilhabe und Sozialhilfe", 2, [["SGB IX", 2]]],
      ["Ohne Angabe", 1, undefined],
    ]);
    expect(legend.total).toBe(3);
    expect(legend.multiple).toBe(1);
    expect(c.colorOf("c")).toBe(otherColor);
    expect(c.colorOf("a")).toBe(categorical[1]);
    expect(c.colorOf("b")).toBe(categorical[0]);
  });
  it("counts only the nodes it is given, and keeps the colours", () => {
    const c = coloring(ds, "actor_kind", [
      { code: "provider", label: "Leistungserbringer" },
      { code: "school", label: "Schule" },
    ]);
    const all = c.legend(ds.nodes);
    expect(all.entries.map((e) => [e.label, e.count])).toEqual([
      ["Leistungserbringer", 2],
      ["Schule", 1],
    ]);
    expect(all.entries.reduce((s, e) => s + e.count, 0)).toBe(all.total);
    const some = c.legend(["c"]);
    expect(some.entries.map((e) => [e.label, e.count, e.color])).toEqual([["Schule", 1, c.colorOf("c")]]);
  });
  it("numbers communities by size", () => {
    const c = coloring(ds, "community", [], new Map([["a", "7"], ["b", "7"], ["c", "3"]]));
    expect(c.legend(ds.nodes).entries.map((e) => [e.label, e.count])).toEqual([
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
