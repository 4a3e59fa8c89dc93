import { describe, expect, it } from "vitest";
import { describeBoundary, readBoundary } from "../src/ui/boundary";
import { confirmText, count, joinDe } from "../src/ui/remove";

const ring = [[13.1, 52.1], [13.2, 52.1], [13.2, 52.2], [13.1, 52.1]];
const polygon = { type: "Polygon", coordinates: [ring] };

describe("readBoundary", () => {
  it("takes a bare geometry, a Feature and a FeatureCollection", () => {
    expect(readBoundary(JSON.stringify(polygon))).toEqual({ geometry: polygon });
    expect(readBoundary(JSON.stringify({ type: "Feature", properties: {}, geometry: polygon }))).toEqual({ geometry: polygon });
    const multi = { type: "MultiPolygon", coordinates: [[ring], [ring]] };
    expect(readBoundary(JSON.stringify({ type: "Feature", geometry: multi }))).toEqual({ geometry: multi });
  });

  it("joins the polygons of a FeatureCollection into one MultiPolygon", () => {
    const fc = { type: "FeatureCollection", features: [{ type: "Feature", geometry: polygon }, { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[ring]] } }] };
    expect(readBoundary(JSON.stringify(fc))).toEqual({ geometry: { type: "MultiPolygon", coordinates: [[ring], [ring]] } });
  });

  it("says in German why a file holds no boundary", () => {
    expect(readBoundary("{")).toEqual({ error: expect.stringMatching(/kein gültiges JSON/) });
    expect(readBoundary(JSON.stringify({ type: "Point", coordinates: [1, 2] }))).toEqual({ error: expect.stringMatching(/kein Polygon.*gefunden: Point/) });
    expect(readBoundary(JSON.stringify({ type: "FeatureCollection", features: [] }))).toEqual({ error: expect.stringMatching(/kein Gebiet/) });
    const mixed = { type: "FeatureCollection", features: [{ type: "Feature", geometry: polygon }, { type: "Feature", geometry: { type: "LineString", coordinates: [[1, 2], [3, 4]] } }] };
    expect(readBoundary(JSON.stringify(mixed))).toEqual({ error: expect.stringMatching(/LineString/) });
    const projected = { type: "FeatureCollection", crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } }, features: [{ type: "Feature", geometry: polygon }] };
    expect(readBoundary(JSON.stringify(projected))).toEqual({ error: expect.stringMatching(/nicht in WGS 84/) });
  });

  it("describes a stored boundary", () => {
    expect(describeBoundary(undefined)).toBe("Keine Grenze hinterlegt.");
    expect(describeBoundary(polygon)).toBe("Grenze hinterlegt: eine Fläche mit 4 Punkten.");
    expect(describeBoundary({ type: "MultiPolygon", coordinates: [[ring], [ring, ring]] })).toBe("Grenze hinterlegt: 2 Flächen mit 12 Punkten.");
  });
});

describe("delete confirmation texts", () => {
  it("counts in German, with the dative after „mit“", () => {
    expect(count("cooperation", 1)).toBe("1 Kooperation");
    expect(count("offer", 3)).toBe("3 Angebote");
    expect(count("offer", 3, true)).toBe("3 Angeboten");
    expect(count("offer", 1, true)).toBe("1 Angebot");
    expect(joinDe(["a"])).toBe("a");
    expect(joinDe(["a", "b", "c"])).toBe("a, b und c");
  });

  it("says what goes with an actor", () => {
    const actor = { kind: "actor", path: "/actors", id: "x", singular: "Akteur", label: "X" };
    expect(confirmText(actor, { cooperation: 5, offer: 1 })).toBe("Mit dem Akteur werden auch seine 5 Kooperationen und 1 Angebot gelöscht (aus allen Erhebungswellen).");
    expect(confirmText(actor, { cooperation: 0, offer: 2 })).toBe("Mit dem Akteur werden auch seine 2 Angebote gelöscht.");
    expect(confirmText(actor, { cooperation: 0, offer: 0 })).toMatch(/keine Kooperationen und keine Angebote/);
    expect(confirmText({ ...actor, kind: "need", singular: "Bedarf" }, {})).toBe("Nur dieser Bedarf wird gelöscht; sonst ändert sich nichts.");
  });
});
