import { afterEach, describe, expect, it, vi } from "vitest";
import { request, storeNotice } from "../src/api/client";
import { ApiError, toProblem } from "../src/api/problem";

afterEach(() => vi.unstubAllGlobals());

/** failed returns the ApiError of a request answered with status, headers and body. */
async function failed(status: number, headers: Record<string, string>, body: unknown): Promise<ApiError> {
  vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status, headers }));
  try {
    await request("POST", "/actors", { body: { name: "X" }, token: null });
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error("the request did not fail");
}

describe("notices for a store that cannot take the data", () => {
  it("names the seconds of Retry-After for a 503 and keeps the input", async () => {
    const err = await failed(503, { "Retry-After": "5", "Content-Type": "application/problem+json" },
      { type: "urn:netzwerkatlas:problem:unavailable", title: "Dienst nicht verfügbar", status: 503, detail: "Die Neo4j-Datenbank ist nicht erreichbar." });
    expect(err.problem.retry_after).toBe(5);
    expect(storeNotice(err.problem)).toBe("Die Datenbank ist gerade nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte in 5 Sekunden erneut speichern.");
    expect(storeNotice(err.problem, false)).toBe("Die Datenbank ist gerade nicht erreichbar; bitte in 5 Sekunden neu laden.");
  });
  it("says that nothing was saved for a 507", async () => {
    const err = await failed(507, {}, { title: "Speicher voll", status: 507 });
    expect(err.problem.retry_after).toBeUndefined();
    expect(storeNotice(err.problem)).toMatch(/voll; es wurde nichts gespeichert\. Ihre Eingaben bleiben erhalten/);
  });
  it("covers an unreachable server and leaves other answers alone", () => {
    expect(storeNotice(toProblem(0, null))).toMatch(/Server ist nicht erreichbar\. Ihre Eingaben bleiben erhalten/);
    expect(storeNotice(toProblem(503, null))).toContain("in einigen Sekunden");
    expect(storeNotice(toProblem(409, null))).toBeNull();
    expect(storeNotice(toProblem(500, null))).toBeNull();
  });
});
