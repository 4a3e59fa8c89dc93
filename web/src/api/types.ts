// The wire contract's types, as generated from api/openapi.json into schema.d.ts
// (`npm run gen:api`). Nothing here is written by hand but the names: a change of the
// document changes these types, and the type check shows the code it breaks.

import type { components, paths } from "./schema";

type Schemas = components["schemas"];

export type Role = Schemas["Role"];
export type Me = Schemas["Me"];
export type Term = Schemas["Term"];
export type Taxonomy = Schemas["Taxonomy"];
export type Actor = Schemas["Actor"];
export type Cooperation = Schemas["Cooperation"];
export type Offer = Schemas["Offer"];
export type SocialSpace = Schemas["SocialSpace"];
export type Network = Schemas["Network"];
export type ImportIssue = Schemas["ImportIssue"];
export type ImportReport = Schemas["ImportReport"];
export type BatchCount = Schemas["BatchCount"];
export type ImportFormat = Schemas["Format"];
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

/** Page is the 200 answer of a list, such as GET /actors; Items is the type of its entries. */
export type Page = Schemas["Page"];
export type Items<P extends Path> = Ok<P> extends { items?: (infer Item)[] } ? Item : never;
