// The wire contract's types, as generated from api/openapi.json into schema.d.ts
// (`npm run gen:api`). Nothing here is written by hand but the names: a change of the
// document changes these types, and the type check shows the code it breaks.

import type { components, paths } from "./schema";

type Schemas = components["schemas"];

// Named by the operation that answers with them, so that the names hold when the
// document renames its schemas; the operations' paths are the stable part.
export type Me = Ok<"/me">;
export type Role = Me["role"];
type WireTaxonomy = Ok<"/taxonomy">;
/** Taxonomy is the answer of GET /taxonomy with its lists read as lists (Go writes an empty one as null). */
export type Taxonomy = { [K in keyof WireTaxonomy]-?: NonNullable<WireTaxonomy[K]> };
export type Term = Taxonomy["legal_domains"][number];
export type Actor = Ok<"/actors/{id}">;
export type Cooperation = Ok<"/cooperations/{id}">;
export type Offer = Ok<"/offers/{id}">;
export type SocialSpace = Ok<"/social-spaces/{id}">;
export type Network = Ok<"/network">;
export type ImportReport = Ok<"/imports", "post">;
export type ImportIssue = NonNullable<ImportReport["issues"]>[number];
export type BatchCount = NonNullable<ImportReport["counts"]>[string];
export type ImportFormat = Ok<"/imports/formats">[number];
export type SheetColumnsWire = Schemas["SheetColumns"];
export type BoundColumnWire = Schemas["BoundColumn"];
export type SheetFieldsWire = Ok<"/imports/fields">[number];
export type FieldWire = Schemas["Field"];
export type QualityWire = Ok<"/quality">;
export type QualityActorWire = NonNullable<QualityWire["unassigned"]>[number];
export type QualityFindingWire = NonNullable<QualityWire["findings"]>[number];
export type SavedView = Items<"/saved-views">;
export type DirectoryReport = Items<"/directory/reports">;
export type StaleEntry = Items<"/directory/outdated">;
export type Problem = Schemas["Problem"];
export type FieldError = Schemas["FieldError"];

/** Path is an API path below /api/v1, such as "/analysis/gaps". */
export type Path = keyof paths extends infer P ? (P extends `/api/v1${infer Rest}` ? Rest : never) : never;

/** Ok is the JSON body of the 200 answer of a GET (or the given method) on path. */
export type Ok<P extends Path, M extends "get" | "post" | "put" = "get"> = paths[`/api/v1${P}`][M] extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/** Query is the query parameters of a GET on path. */
export type Query<P extends Path> = NonNullable<paths[`/api/v1${P}`]["get"] extends { parameters: { query?: infer Q } } ? Q : never>;

/** Page is the 200 answer of a list, such as GET /actors, without its items; Items is the type of its entries. */
export type Page = Omit<Ok<"/actors">, "items">;
export type Items<P extends Path> = Ok<P> extends { items?: (infer Item)[] } ? Item : never;
