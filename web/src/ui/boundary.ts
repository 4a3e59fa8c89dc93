// A social space's boundary from an uploaded GeoJSON file: a Polygon or MultiPolygon
// geometry, a Feature with one, or a FeatureCollection whose polygons become one
// MultiPolygon. The server checks the rings; this only finds the geometry and says in
// German what is wrong with a file that holds none.

export interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: unknown[];
}

export type BoundaryResult = { geometry: Geometry } | { error: string };

/** readBoundary finds the boundary geometry in the text of a GeoJSON file. */
export function readBoundary(text: string): BoundaryResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { error: "Die Datei ist kein gültiges JSON, also keine GeoJSON-Datei." };
  }
  if (!data || typeof data !== "object") return { error: "Die Datei enthält kein GeoJSON-Objekt." };
  const o = data as Record<string, unknown>;
  const crs = o.crs === undefined || o.crs === null ? "" : JSON.stringify(o.crs);
  if (crs && !crs.includes("CRS84") && !crs.includes("4326"))
    return { error: "Die Koordinaten der Datei sind nicht in WGS 84 (EPSG:4326). Bitte projizieren Sie die Datei um, z. B. in QGIS." };
  const polygons: unknown[] = [];
  const found: string[] = [];
  const kinds: string[] = [];
  const collect = (g: unknown) => {
    const geo = g as Record<string, unknown> | null;
    if (!geo || !Array.isArray(geo.coordinates)) {
      found.push(geo && typeof geo.type === "string" ? geo.type : "keine Geometrie");
      return;
    }
    if (geo.type === "Polygon") polygons.push(geo.coordinates);
    else if (geo.type === "MultiPolygon") polygons.push(...geo.coordinates);
    else return void found.push(String(geo.type));
    kinds.push(geo.type);
  };
  if (o.type === "FeatureCollection") {
    const features = Array.isArray(o.features) ? o.features : [];
    if (!features.length) return { error: "Die FeatureCollection enthält kein Gebiet." };
    for (const f of features) collect((f as Record<string, unknown> | null)?.geometry);
  } else if (o.type === "Feature") collect(o.geometry);
  else collect(o);
  if (!polygons.length)
    return { error: `Die Datei enthält kein Polygon und kein MultiPolygon${found.length ? ` (gefunden: ${[...new Set(found)].join(", ")})` : ""}.` };
  if (found.length) return { error: `Die Datei enthält neben Flächen auch anderes (${[...new Set(found)].join(", ")}); eine Grenze besteht nur aus Flächen.` };
  // One Polygon stays a Polygon; anything else becomes one MultiPolygon.
  if (kinds.length === 1 && kinds[0] === "Polygon") return { geometry: { type: "Polygon", coordinates: polygons[0] as unknown[] } };
  return { geometry: { type: "MultiPolygon", coordinates: polygons } };
}

/** describeBoundary says in German what a stored boundary is. */
export function describeBoundary(g: unknown): string {
  const geo = g as Geometry | null | undefined;
  if (!geo || !Array.isArray(geo.coordinates)) return "Keine Grenze hinterlegt.";
  const polys = (geo.type === "Polygon" ? [geo.coordinates] : geo.coordinates) as unknown[][][];
  const points = polys.reduce((n, p) => n + p.reduce((m, ring) => m + (Array.isArray(ring) ? ring.length : 0), 0), 0);
  return `Grenze hinterlegt: ${polys.length === 1 ? "eine Fläche" : `${polys.length} Flächen`} mit ${points.toLocaleString("de-DE")} Punkten.`;
}
