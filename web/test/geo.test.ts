import { describe, expect, it } from "vitest";
import { bounds, centroid, polygons, projection, svgPath } from "../src/lib/geo";

const square = { type: "Polygon", coordinates: [[[10, 50], [11, 50], [11, 51], [10, 51], [10, 50]]] };
const multi = { type: "MultiPolygon", coordinates: [square.coordinates, [[[12, 50], [12.5, 50], [12.5, 50.5], [12, 50]]]] };

describe("geo", () => {
  it("reads polygons and multipolygons, ignores other types", () => {
    expect(polygons(square)).toHaveLength(1);
    expect(polygons(multi)).toHaveLength(2);
    expect(polygons({ type: "Point", coordinates: [1, 2] })).toEqual([]);
    expect(polygons(undefined)).toEqual([]);
  });
  it("finds bounds", () => {
    expect(bounds([square, multi])).toEqual({ minLon: 10, minLat: 50, maxLon: 12.5, maxLat: 51 });
    expect(bounds([])).toBeNull();
  });
  it("projects north up, inside the box, keeping proportions", () => {
    const b = bounds([square])!;
    const p = projection(b, 200, 200, 0);
    const [x0, y0] = p(10, 51);
    const [x1, y1] = p(11, 50);
    expect(y0).toBeLessThan(y1);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(200);
    // one degree of longitude at 50.5° N is cos(50.5°) of a degree of latitude
    expect((x1 - x0) / (y1 - y0)).toBeCloseTo(Math.cos((50.5 * Math.PI) / 180), 5);
  });
  it("writes closed SVG paths", () => {
    const d = svgPath(multi, projection(bounds([multi])!, 100, 100));
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/Z/g)).toHaveLength(2);
  });
  it("finds a centroid", () => {
    expect(centroid(square)).toEqual([10.5, 50.5]);
  });
});
