import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, shorten, type LabelCandidate } from "../src/graph/labels";

const measure = (t: string) => t.length * 7;
const opts = { width: 400, height: 300, fontSize: 13, measure };

/** seeded returns a pseudo-random generator, so that the test is the same each run. */
function seeded(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

describe("placeLabels", () => {
  it("places no two labels over each other and none outside the map, in a dense map", () => {
    const rand = seeded(7);
    const cands: LabelCandidate[] = Array.from({ length: 150 }, (_, i) => ({
      key: "n" + i,
      label: "Akteur " + i,
      x: rand() * 400,
      y: rand() * 300,
      size: 1 + rand() * 3,
      forced: false,
      importance: rand(),
    }));
    const placed = placeLabels(cands, opts);
    expect(placed.length).toBeGreaterThan(5);
    for (const p of placed) {
      expect(p.box.x1).toBeGreaterThanOrEqual(0);
      expect(p.box.y1).toBeGreaterThanOrEqual(0);
      expect(p.box.x2).toBeLessThanOrEqual(opts.width);
      expect(p.box.y2).toBeLessThanOrEqual(opts.height);
    }
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i].box, placed[j].box), `${placed[i].key} / ${placed[j].key}`).toBe(false);
  });
  it("keeps labels off more important nodes", () => {
    const node = (key: string, x: number, importance: number): LabelCandidate => ({ key, label: key + " mit Namen", x, y: 100, size: 6, forced: false, importance });
    const placed = placeLabels([node("wichtig", 250, 2), node("klein", 200, 1)], opts);
    const small = placed.find((p) => p.key === "klein")!;
    expect(small).toBeDefined();
    expect(small.box.x2 <= 244 || small.box.x1 >= 256 || small.box.y2 <= 94 || small.box.y1 >= 106).toBe(true);
  });
  it("labels the forced first, then the most important", () => {
    const at = (key: string, importance: number, forced = false): LabelCandidate => ({ key, label: key, x: 100, y: 100, size: 4, forced, importance });
    expect(placeLabels([at("klein", 1), at("groß", 9)], opts).map((p) => p.key)).toEqual(["groß", "klein"]);
    expect(placeLabels([at("klein", 1), at("groß", 9), at("gewählt", 0, true)], { ...opts, max: 1 }).map((p) => p.key)).toEqual(["gewählt"]);
    expect(placeLabels([at("a", 1), at("b", 2), at("c", 3)], { ...opts, max: 2 }).map((p) => p.key)).toEqual(["c", "b"]);
  });
  it("puts a label left of a node at the right edge, below one at the top and drops what does not fit", () => {
    const [right] = placeLabels([{ key: "r", label: "Rechts am Rand", x: 395, y: 150, size: 3, forced: false, importance: 1 }], opts);
    expect(right.box.x2).toBeLessThanOrEqual(395);
    const [top] = placeLabels([{ key: "t", label: "Oben", x: 200, y: 1, size: 3, forced: false, importance: 1 }], opts);
    expect(top.box.y1).toBeGreaterThan(1);
    expect(placeLabels([{ key: "w", label: "x".repeat(30), x: 200, y: 150, size: 3, forced: false, importance: 1 }], { ...opts, width: 100, maxChars: 40 })).toEqual([]);
  });
  it("shortens long names", () => {
    expect(shorten("Kurz", 10)).toBe("Kurz");
    expect(shorten("Sozialpsychiatrischer Dienst des Landkreises", 20)).toBe("Sozialpsychiatrisch…");
  });
});
