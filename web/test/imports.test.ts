// The import readers against the API contract of POST /api/v1/imports (200 report;
// 422 problem of type urn:netzwerkatlas:problem:import-refused with member "report").
import { describe, expect, it } from "vitest";
import { countRows, errorsOf, mentionsSuggestion, readFormats, readImportReport, readIssue, readRefusal, refusedType, warningsOf } from "../src/api/imports";
import { toProblem } from "../src/api/problem";
import { ShapeError } from "../src/api/shape";
import { suggestion } from "../src/views/import";
import type { Taxonomy } from "../src/api/types";

const issue = {
  severity: "error",
  sheet: "Akteure",
  row: 12,
  column: "Rechtskreis",
  field: "actors[3].legal_domains",
  value: "SGB 99",
  suggestion: "sgb9",
  message: "Der Rechtskreis „SGB 99“ ist unbekannt.",
  text: "„Akteure“, Zeile 12, Spalte „Rechtskreis“: Der Rechtskreis „SGB 99“ ist unbekannt.",
};
const dryRun = {
  dry_run: true,
  format: "xlsx",
  revision: 7,
  decoded: { actor: 3, cooperation: 2 },
  counts: { cooperation: { created: 2, updated: 0, unchanged: 0 }, actor: { created: 1, updated: 1, unchanged: 1 } },
  errors: 0,
  warnings: 1,
  issues: [{ severity: "warning", sheet: "Kooperationen", row: 3, column: "Intensität", message: "Intensität fehlt; 1 angenommen.", text: "„Kooperationen“, Zeile 3, Spalte „Intensität“: Intensität fehlt; 1 angenommen." }],
};

describe("import report", () => {
  it("reads a dry run's counts, decoded items and warnings", () => {
    const r = readImportReport(dryRun);
    expect(r).toMatchObject({ dry_run: true, format: "xlsx", revision: 7, decoded: { actor: 3, cooperation: 2 }, errors: 0, warnings: 1 });
    expect(countRows(r)).toEqual([
      { kind: "actor", created: 1, updated: 1, unchanged: 1 },
      { kind: "cooperation", created: 2, updated: 0, unchanged: 0 },
    ]);
    expect(errorsOf(r)).toEqual([]);
    // kinds the file did not hold and the import does not touch are left out.
    const zero = { created: 0, updated: 0, unchanged: 0 };
    expect(countRows({ ...r, counts: { ...r.counts, wave: zero, offer: zero } }).map((c) => c.kind)).toEqual(["actor", "cooperation"]);
    expect(warningsOf(r)).toHaveLength(1);
    // omitempty members of importers.Issue are read as empty.
    expect(warningsOf(r)[0]).toMatchObject({ severity: "warning", sheet: "Kooperationen", row: 3, element: "", field: "", value: "", suggestion: "" });
  });
  it("reads an issue with every member", () => {
    expect(readIssue(issue)).toEqual({ ...issue, element: "" });
  });
  it("reads an issue without a row (a GraphML node) by its element", () => {
    expect(readIssue({ severity: "error", sheet: "Knoten", element: "n7", column: "kind", message: "Akteursart fehlt.", text: "„Knoten“, n7, Spalte „kind“: Akteursart fehlt." })).toMatchObject({ row: null, element: "n7" });
  });
  it("refuses answers of another shape", () => {
    expect(() => readImportReport({ ...dryRun, dry_run: "true" })).toThrow(ShapeError);
    expect(() => readImportReport({ ...dryRun, errors: undefined })).toThrow(/„errors“ muss eine Zahl sein/);
    expect(() => readImportReport({ ...dryRun, counts: { actor: { created: 1 } } })).toThrow(/counts\.actor/);
    expect(() => readIssue({ ...issue, severity: "fatal" })).toThrow(/unbekannte Schwere/);
    expect(() => readIssue({ ...issue, row: "12" })).toThrow(/„row“ muss eine Zahl sein/);
    expect(() => readIssue({ row: 3, column: "B", field: "name", message: "leer" })).toThrow(/„severity“/);
    expect(() => readIssue({ severity: "error", text: "x" })).toThrow(/„message“/);
  });
  it("reads null counts and null issues", () => {
    const r = readImportReport({ ...dryRun, counts: null, issues: null, decoded: { actor: 2 } });
    expect(r.counts).toBeNull();
    expect(countRows(r)).toEqual([]);
    expect(r.issues).toEqual([]);
  });
});

describe("refused import", () => {
  const body = {
    type: refusedType,
    title: "Import abgelehnt",
    status: 422,
    detail: "Die Datei enthält 2 Fehler; es wurde nichts geschrieben.",
    report: { ...dryRun, counts: null, errors: 2, warnings: 0, issues: [issue, { severity: "error", sheet: "Akteure", row: 13, column: "Name", field: "actors[4].name", message: "Der Name fehlt.", text: "„Akteure“, Zeile 13, Spalte „Name“: Der Name fehlt." }] },
  };
  it("reads the report from the problem details", () => {
    const r = readRefusal(toProblem(422, body));
    expect(r?.detail).toBe("Die Datei enthält 2 Fehler; es wurde nichts geschrieben.");
    expect(r?.report.errors).toBe(2);
    expect(errorsOf(r!.report).map((i) => [i.sheet, i.row, i.column, i.suggestion])).toEqual([
      ["Akteure", 12, "Rechtskreis", "sgb9"],
      ["Akteure", 13, "Name", ""],
    ]);
  });
  it("leaves other problems to the generic error display", () => {
    expect(readRefusal(toProblem(422, { type: "urn:netzwerkatlas:problem:invalid", title: "Ungültig", status: 422, errors: [{ field: "mapping", message: "kein JSON" }] }))).toBeNull();
  });
  it("refuses a refusal without its report", () => {
    expect(() => readRefusal(toProblem(422, { ...body, report: undefined }))).toThrow(ShapeError);
  });
});

describe("formats and suggestions", () => {
  it("knows when the message already asks about the suggestion (as the server's messages do)", () => {
    const real = readIssue({ severity: "error", sheet: "akteure-fehler.csv", row: 2, column: "Rechtskreise", field: "actors[0].legal_domains", value: "SGB 99", suggestion: "sgb9", message: "Rechtskreis „SGB 99“ ist unbekannt — meinten Sie „sgb9“ (SGB IX)?", text: "…" });
    expect(mentionsSuggestion(real)).toBe(true);
    expect(mentionsSuggestion(readIssue(issue))).toBe(false);
  });
  it("reads the formats", () => {
    expect(readFormats([{ name: "csv", label: "CSV (Excel, Semikolon, UTF-8)", extensions: [".csv"], content_type: "text/csv; charset=utf-8", decode: true, encode: true }])[0].name).toBe("csv");
    expect(() => readFormats({ formats: [] })).toThrow(ShapeError);
  });
  it("asks about a suggestion with its German label", () => {
    const tax = { legal_domains: [{ code: "sgb9", label: "SGB IX" }], fields: [], target_groups: [], actor_kinds: [], cooperation_kinds: [], space_levels: [], indicators: [], version: 1 } as Taxonomy;
    expect(suggestion("sgb9", tax)).toBe("Meinten Sie „sgb9“ (SGB IX)?");
    expect(suggestion("xyz", tax)).toBe("Meinten Sie „xyz“?");
    expect(suggestion("sgb9", null)).toBe("Meinten Sie „sgb9“?");
  });
});

describe("exports", () => {
  it("filters the CSV of a tab by its kind and search, the network only by an actor search", async () => {
    const { exportQuery } = await import("../src/views/data");
    expect(exportQuery("csv", "actor", "Caritas")).toEqual({ q: "Caritas", kind: "actor" });
    expect(exportQuery("csv", "offer", "")).toEqual({ kind: "offer" });
    expect(exportQuery("gexf", "actor", "Caritas")).toEqual({ q: "Caritas" });
    expect(exportQuery("gexf", "offer", "Beratung")).toEqual({});
  });
});
