// Strict reading of API answers: each reader names the fields the Go side sends and
// fails with a ShapeError, saying where, when a required one is missing or of another
// type, instead of guessing or showing empty tables.
//
// The readers are typed against the contract (schema.d.ts, generated from the OpenAPI
// document): object<T>(v) marks an answer as one that the document describes as T, and
// every accessor takes only the names of T's fields whose documented type it reads
// (num only number fields, numOrNull also nullable ones, …). A field that the
// document renames, drops or retypes breaks the type check of its reader. Where the
// document does not describe an object (yet), any name is taken.

export type Raw = Record<string, unknown>;

declare const documented: unique symbol;

/** Wire is an object of an answer, still unchecked, that the contract describes as T. */
export type Wire<T> = Raw & { readonly [documented]?: T };

/** Described is T, or an object with any fields where the document leaves T open. */
export type Described<T> = [T] extends [never] ? Record<string, never> : unknown extends T ? Record<string, never> : T;

/** Key names the fields of T whose documented values are of type V (or left out). */
export type Key<T, V> = Extract<{ [K in keyof T]-?: [Exclude<T[K], undefined>] extends [V] ? K : never }[keyof T], string>;

type Element<L> = NonNullable<L> extends readonly (infer E)[] ? E : never;

/** ShapeError says that an answer does not have the documented shape. */
export class ShapeError extends Error {
  constructor(where: string, what: string) {
    super(`Unerwartete Antwort des Servers (${where}): ${what}`);
    this.name = "ShapeError";
  }
}

const describe = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "Liste" : typeof v);

/** object returns v, documented as T, as an object or throws. */
export function object<T>(v: unknown, where: string): Wire<Described<T>> {
  if (v && typeof v === "object" && !Array.isArray(v)) return v as Wire<Described<T>>;
  throw new ShapeError(where, `Objekt erwartet, ${describe(v)} erhalten`);
}

/** array returns v as a list or throws. */
export function array(v: unknown, where: string): unknown[] {
  if (Array.isArray(v)) return v;
  throw new ShapeError(where, `Liste erwartet, ${describe(v)} erhalten`);
}

function listAt(o: Raw, key: string, where: string): unknown[] {
  const v = o[key];
  if (Array.isArray(v)) return v;
  if (v === null) return [];
  throw new ShapeError(where, `„${key}“ muss eine Liste sein, ${describe(v)} erhalten`);
}

function numAt(o: Raw, key: string, where: string): number {
  const v = o[key];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ShapeError(where, `„${key}“ muss eine Zahl sein, ${describe(v)} erhalten`);
}

/** list returns the list at o[key]; null (Go's nil slice) is an empty list. */
export function list<T>(o: Wire<T>, key: NoInfer<Key<T, readonly unknown[] | null>>, where: string): unknown[] {
  return listAt(o, key, where);
}

/** field returns the object at o[key], read as its documented type. */
export function field<T, K extends Key<T, object | null>>(o: Wire<T>, key: K, where: string): Wire<Described<NonNullable<T[K]>>> {
  return object<NonNullable<T[K]>>(o[key], `${where}.${key}`);
}

/** records returns the objects of the list at o[key] (null: none), each read as its documented type. */
export function records<T, K extends Key<T, readonly object[] | null>>(o: Wire<T>, key: K, where: string): Wire<Described<Element<T[K]>>>[] {
  return listAt(o, key, where).map((x, i) => object<Element<T[K]>>(x, `${where}, ${key}[${i}]`));
}

/** num returns the finite number at o[key] or throws. */
export function num<T>(o: Wire<T>, key: NoInfer<Key<T, number>>, where: string): number {
  return numAt(o, key, where);
}

/** numOrNull reads a figure that may be undefined (JSON null, Go's analysis.Number). */
export function numOrNull<T>(o: Wire<T>, key: NoInfer<Key<T, number | null>>, where: string): number | null {
  return o[key] === null ? null : numAt(o, key, where);
}

/** str returns the string at o[key] or throws. */
export function str<T>(o: Wire<T>, key: NoInfer<Key<T, string>>, where: string): string {
  const v = o[key];
  if (typeof v === "string") return v;
  throw new ShapeError(where, `„${key}“ muss Text sein, ${describe(v)} erhalten`);
}

/** bool returns the boolean at o[key] or throws. */
export function bool<T>(o: Wire<T>, key: NoInfer<Key<T, boolean>>, where: string): boolean {
  const v = o[key];
  if (typeof v === "boolean") return v;
  throw new ShapeError(where, `„${key}“ muss wahr oder falsch sein, ${describe(v)} erhalten`);
}

/** strings returns the list of strings at o[key] (null: empty) or throws. */
export function strings<T>(o: Wire<T>, key: NoInfer<Key<T, readonly string[] | null>>, where: string): string[] {
  return listAt(o, key, where).map((x, i) => {
    if (typeof x !== "string") throw new ShapeError(where, `„${key}[${i}]“ muss Text sein`);
    return x;
  });
}

/** optional reads o[key] with read when present (omitempty fields), else returns fallback. */
export function optional<T, K extends string, R>(o: Wire<T>, key: K, fallback: R, read: (o: Wire<T>, key: K) => R): R {
  return o[key] === undefined ? fallback : read(o, key);
}
