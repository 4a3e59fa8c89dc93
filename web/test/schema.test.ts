// src/api/schema.d.ts is generated from api/openapi.json; this test fails when the
// document changed and the types were not generated again. Fix: `npm run gen:api`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the build scripts, without type declarations.
import { generate, outputPath } from "../scripts/gen-api.mjs";

describe("src/api/schema.d.ts", () => {
  it("is generated from the current api/openapi.json", async () => {
    const want: string = await generate();
    expect(readFileSync(outputPath, "utf8") === want, "run `npm run gen:api` and commit src/api/schema.d.ts").toBe(true);
  }, 30_000);
});
