import { describe, expect, it } from "vitest";
import { fieldMessages, formField, toProblem } from "../src/api/problem";

describe("problem details", () => {
  it("keeps the server's problem and extension members", () => {
    const p = toProblem(422, { type: "urn:netzwerkatlas:problem:invalid", title: "Ungültige Daten", status: 422, detail: "Der Akteur ist ungültig.", errors: [{ field: "name", message: "Das Feld darf nicht leer sein." }, { bogus: 1 }], report: { x: 1 } });
    expect(p.title).toBe("Ungültige Daten");
    expect(p.errors).toEqual([{ field: "name", message: "Das Feld darf nicht leer sein." }]);
    expect(p.report).toEqual({ x: 1 });
  });
  it("falls back to a German title", () => {
    expect(toProblem(502, "<html>").title).toBe("Interner Fehler");
    expect(toProblem(0, null).title).toBe("Der Server ist nicht erreichbar.");
    expect(toProblem(418, null).title).toContain("418");
  });
  it("maps error paths onto form controls", () => {
    expect(formField("legal_domains[1]")).toBe("legal_domains");
    expect(formField("address.city")).toBe("address.city");
    expect(formField("actors[3].name", "actors[3]")).toBe("name");
    const p = toProblem(422, {
      errors: [
        { field: "legal_domains[1]", message: "Rechtskreis „x“ ist unbekannt." },
        { field: "address.city", message: "zu lang" },
        { field: "attributes.foo", message: "zu lang" },
        { field: "id", message: "ungültig" },
      ],
    });
    const m = fieldMessages(p, ["legal_domains", "address.city", "attributes"]);
    expect(m.get("legal_domains")).toEqual(["Rechtskreis „x“ ist unbekannt."]);
    expect(m.get("address.city")).toEqual(["zu lang"]);
    expect(m.get("attributes")).toEqual(["zu lang"]);
    expect(m.get("")).toEqual(["ungültig"]);
  });
});
