// Draws GeoJSON boundaries as SVG paths with a simple equirectangular projection,
// scaled by the cosine of the mean latitude (good enough for a county).

/**
 * Geometry is a GeoJSON geometry (RFC 7946 § 3.1), such as a social space's boundary;
 * only a Polygon or MultiPolygon is drawn.
 */
export interface Geometry {
  type?: unknown;
  coordinates?: unknown;
}

type Ring = number[][];

/** polygons returns the polygons (lists of rings) of a Polygon or MultiPolygon. */
export function polygons(g: Geometry | undefined | null): Ring[][] {
  if (!g) return [];
  if (g.type === "Polygon") return [g.coordinates as Ring[]];
  if (g.type === "MultiPolygon") return g.coordinates as Ring[][];
  return [];
}

export interface Bounds {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

export function bounds(geoms: (Geometry | undefined)[]): Bounds | null {
  let b: Bounds | null = null;
  for (const g of geoms)
    for (const poly of polygons(g))
      for (const ring of poly)
        for (const [lon, lat] of ring) {
          if (!b) b = { minLon: lon, minLat: lat, maxLon: lon, maxLat: lat };
          else {
            b.minLon = Math.min(b.minLon, lon);
            b.maxLon = Math.max(b.maxLon, lon);
            b.minLat = Math.min(b.minLat, lat);
            b.maxLat = Math.max(b.maxLat, lat);
          }
        }
  return b;
}

/** projection fits the bounds into width × height (with a margin), north up. */
export function projection(b: Bounds, width: number, height: number, margin = 8): (lon: number, lat: number) => [number, number] {
  const k = Math.cos((((b.minLat + b.maxLat) / 2) * Math.PI) / 180);
  const w = Math.max((b.maxLon - b.minLon) * k, 1e-9);
  const h = Math.max(b.maxLat - b.minLat, 1e-9);
  const s = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
  const ox = (width - w * s) / 2;
  const oy = (height - h * s) / 2;
  return (lon, lat) => [ox + (lon - b.minLon) * k * s, oy + (b.maxLat - lat) * s];
}

/** svgPath returns the path data of a geometry under the projection. */
export function svgPath(g: Geometry | undefined, project: (lon: number, lat: number) => [number, number]): string {
  const parts: string[] = [];
  for (const poly of polygons(g))
    for (const ring of poly)
      parts.push(
        ring
          .map(([lon, lat], i) => {
            const [x, y] = project(lon, lat);
            return (i ? "L" : "M") + x.toFixed(1) + " " + y.toFixed(1);
          })
          .join("") + "Z",
      );
  return parts.join("");
}

/** centroid returns the mean of the outer ring's points of the largest polygon. */
export function centroid(g: Geometry | undefined): [number, number] | null {
  let best: Ring | null = null;
  for (const poly of polygons(g)) if (poly[0] && (!best || poly[0].length > best.length)) best = poly[0];
  if (!best || !best.length) return null;
  const pts = best.slice(0, -1).length ? best.slice(0, -1) : best;
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
}
