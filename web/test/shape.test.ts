// The readers' accessors take only names of fields that the contract documents with
// the type they read: the @ts-expect-error lines fail `npm run build` (tsc) if a wrong
// name or type were accepted, and the assertions show the check at run time.
import { describe, expect, it } from "vitest";
import * as S from "../src/api/shape";
import type { Actor, ImportReport } from "../src/api/types";

const actor = { id: "a-1", version: 1, name: "Caritas", kind: "provider", legal_domains: ["sgb12"], address: { city: "Seeburg" } };

describe("shape accessors", () => {
  it("read documented fields by their documented type", () => {
    const o = S.object<Actor>(actor, "/actors/a-1");
    expect(S.str(o, "name", "/actors/a-1")).toBe("Caritas");
    expect(S.num(o, "version", "/actors/a-1")).toBe(1);
    expect(S.strings(o, "legal_domains", "/actors/a-1")).toEqual(["sgb12"]);
    expect(S.str(S.field(o, "address", "/actors/a-1"), "city", "/actors/a-1")).toBe("Seeburg");
    expect(S.optional(o, "fields", [], (x, k) => S.strings(x, k, "/actors/a-1"))).toEqual([]);
  });

  it("refuse names and types the contract does not document", () => {
    const o = S.object<Actor>(actor, "/actors/a-1");
    // @ts-expect-error: Actor has no field "nam".
    expect(() => S.str(o, "nam", "/actors/a-1")).toThrow(/„nam“ muss Text sein, undefined erhalten/);
    // @ts-expect-error: Actor.name is text, not a number.
    expect(() => S.num(o, "name", "/actors/a-1")).toThrow(/„name“ muss eine Zahl sein/);
    const r = S.object<ImportReport>({ counts: null }, "/imports");
    // @ts-expect-error: ImportReport.counts may be null, which num does not read.
    expect(() => S.num(r, "counts", "/imports")).toThrow(S.ShapeError);
  });
});
