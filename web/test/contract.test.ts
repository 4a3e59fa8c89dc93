// The check the browser tests apply to every API answer (e2e/contract.mjs), here
// against api/openapi.json: it must pass a documented answer and fail a wrong one.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the browser tests, without type declarations.
import { contract } from "../e2e/contract.mjs";

type Check = (method: string, url: string, status: number, contentType: string | undefined, body: unknown) => string | null;

const check: Check = contract(JSON.parse(readFileSync(new URL("../../api/openapi.json", import.meta.url), "utf8")));
const base = "http://127.0.0.1:8080/api/v1";
const me = { name: "e2e", role: "editor", anonymous: false };

describe("contract check", () => {
  it("passes documented answers, with path parameters, query and problem details", () => {
    expect(check("GET", base + "/me", 200, "application/json; charset=utf-8", me)).toBeNull();
    expect(check("GET", base + "/imports/formats?x=1", 200, "application/json", [{ name: "csv", label: "CSV", extensions: [".csv"], content_type: "text/csv", decode: true, encode: true }])).toBeNull();
    expect(check("GET", base + "/actors/a-1", 404, "application/problem+json", { type: "about:blank", title: "Nicht gefunden", status: 404 })).toBeNull();
    expect(check("GET", base + "/actors/a-1", 304, undefined, undefined)).toBeNull();
  });

  it("fails a body that does not match, naming operation, status and the schema error", () => {
    const msg = check("GET", base + "/me", 200, "application/json", { ...me, role: "chef" });
    expect(msg).toMatch(/^me \(GET \/api\/v1\/me\): status 200 does not match the schema: /);
    expect(msg).toContain("/role must be equal to one of the allowed values");
    expect(check("GET", base + "/actors/a-1", 200, "application/json", { id: "a-1", version: 1, name: "", kind: "verein", legal_domains: [] })).toMatch(
      /^getActor .*status 200 .*\/name must NOT have fewer than 1 characters/,
    );
    expect(check("GET", base + "/actors/a-1", 404, "application/problem+json", { title: "Nicht gefunden" })).toMatch(/^getActor .*status 404 .*must have required property 'status'/);
  });

  it("fails a status, a content type or a path that the document does not list", () => {
    expect(check("GET", base + "/me", 418, "application/json", me)).toMatch(/^me \(GET \/api\/v1\/me\): status 418 is not documented/);
    expect(check("GET", base + "/me", 200, "text/html", undefined)).toMatch(/^me .*answered text\/html, the document lists application\/json/);
    expect(check("PATCH", base + "/me", 200, "application/json", me)).toBe("PATCH /api/v1/me: no operation in the document");
  });
});
