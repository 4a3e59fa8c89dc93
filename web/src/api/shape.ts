// Strict reading of API answers: each reader names the fields the Go side sends and
// fails with a ShapeError, saying where, when a required one is missing or of another
// type, instead of guessing or showing empty tables.

export type Raw = Record<string, unknown>;

/** ShapeError says that an answer does not have the documented shape. */
export class ShapeError extends Error {
  constructor(where: string, what: string) {
    super(`Unerwartete Antwort des Servers (${where}): ${what}`);
    this.name = "ShapeError";
  }
}

const describe = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "Liste" : typeof v);

/** object returns v as an object or throws. */
export function object(v: unknown, where: string): Raw {
  if (v && typeof v === "object" && !Array.isArray(v)) return v as Raw;
  throw new ShapeError(where, `Objekt erwartet, ${describe(v)} erhalten`);
}

/** list returns the list at o[key]; null (Go's nil slice) is an empty list. */
export function list(o: Raw, key: string, where: string): unknown[] {
  const v = o[key];
  if (Array.isArray(v)) return v;
  if (v === null) return [];
  throw new ShapeError(where, `„${key}“ muss eine Liste sein, ${describe(v)} erhalten`);
}

/** num returns the finite number at o[key] or throws. */
export function num(o: Raw, key: string, where: string): number {
  const v = o[key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ShapeError(where, `„${key}“ muss eine Zahl sein, ${describe(v)} erhalten`);
}

/** numOrNull reads a figure that may be undefined (JSON null, Go's analysis.Number). */
export function numOrNull(o: Raw, key: string, where: string): number | null {
  return o[key] === null ? null : num(o, key, where);
}

/** str returns the string at o[key] or throws. */
export function str(o: Raw, key: string, where: string): string {
  const v = o[key];
  if (typeof v === "string") return v;
  throw new ShapeError(where, `„${key}“ muss Text sein, ${describe(v)} erhalten`);
}

/** bool returns the boolean at o[key] or throws. */
export function bool(o: Raw, key: string, where: string): boolean {
  const v = o[key];
  if (typeof v === "boolean") return v;
  throw new ShapeError(where, `„${key}“ muss wahr oder falsch sein, ${describe(v)} erhalten`);
}

/** strings returns the list of strings at o[key] (null: empty) or throws. */
export function strings(o: Raw, key: string, where: string): string[] {
  return list(o, key, where).map((x, i) => {
    if (typeof x !== "string") throw new ShapeError(where, `„${key}[${i}]“ muss Text sein`);
    return x;
  });
}

/** optional reads o[key] with read when present (omitempty fields), else returns fallback. */
export function optional<T>(o: Raw, key: string, fallback: T, read: (o: Raw, key: string) => T): T {
  return o[key] === undefined ? fallback : read(o, key);
}
