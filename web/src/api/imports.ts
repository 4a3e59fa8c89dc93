// Reads the answers of POST /api/v1/imports (a dry run or a real import): the report
// of the 200 answer, and the same report inside the 422 problem details of a refused
// import (type urn:netzwerkatlas:problem:import-refused, member "report"). The issue
// fields follow importers.Issue; those marked omitempty there may be missing.

import type { Problem } from "./problem";
import * as S from "./shape";
import { ShapeError, type Key } from "./shape";
import type { BatchCount, ImportFormat as WireFormat, ImportIssue as WireIssue, ImportReport as WireReport } from "./types";

/** ImportFormat is a file format of GET /imports/formats, its name read as text. */
export type ImportFormat = Omit<WireFormat, "name" | "extensions"> & { name: string; extensions: string[] };

/** refusedType is the problem type of an import refused because the file has errors. */
export const refusedType = "urn:netzwerkatlas:problem:import-refused";

/**
 * ImportIssue is an importers.Issue with the fields it may leave out filled in: text
 * fields with "", row (the spreadsheet row, header = 1, or the position of a node,
 * edge or feature) with null.
 */
export type ImportIssue = Required<Omit<WireIssue, "row">> & { row: number | null };

/** KindCounts says per kind what an import would do or did. */
export type KindCounts = BatchCount;

/**
 * ImportReport is the answer of POST /imports, with its issues read as ImportIssue, a
 * null map of decoded items as an empty one, and the format's name as text.
 */
export type ImportReport = Omit<WireReport, "issues" | "decoded" | "format"> & { format: string; decoded: Record<string, number>; issues: ImportIssue[] };

/** ImportRefusal is a 422 answer: the German detail and the report with the errors. */
export interface ImportRefusal {
  detail: string;
  report: ImportReport;
}

const where = "/imports";

/** readIssue reads one importers.Issue. */
export function readIssue(v: unknown, at = where + ", issues"): ImportIssue {
  const o = S.object<WireIssue>(v, at);
  const optStr = (k: Key<WireIssue, string>) => S.optional(o, k, "", (x, key) => S.str(x, key, at));
  const severity = S.str(o, "severity", at);
  if (severity !== "error" && severity !== "warning") throw new ShapeError(at, `unbekannte Schwere „${severity}“`);
  return {
    severity,
    sheet: optStr("sheet"),
    row: S.optional<WireIssue, "row", number | null>(o, "row", null, (x, k) => S.num(x, k, at)),
    column: optStr("column"),
    element: optStr("element"),
    field: optStr("field"),
    value: optStr("value"),
    suggestion: optStr("suggestion"),
    message: S.str(o, "message", at),
    text: optStr("text"),
  };
}

/** readImportReport reads the 200 answer of POST /imports (and the report of a refusal); null maps and lists are empty. */
export function readImportReport(data: unknown): ImportReport {
  const o = S.object<WireReport>(data, where);
  const decoded: Record<string, number> = {};
  if (o.decoded !== null && o.decoded !== undefined) {
    const d = S.field(o, "decoded", where);
    for (const k of Object.keys(d)) decoded[k] = S.num(d, k, `${where}.decoded`);
  }
  let counts: ImportReport["counts"] = null;
  if (o.counts !== null && o.counts !== undefined) {
    counts = {};
    for (const [kind, c] of Object.entries(S.field(o, "counts", where))) {
      const at = `${where}.counts.${kind}`;
      const x = S.object<BatchCount>(c, at);
      counts[kind] = { created: S.num(x, "created", at), updated: S.num(x, "updated", at), unchanged: S.num(x, "unchanged", at) };
    }
  }
  return {
    dry_run: S.bool(o, "dry_run", where),
    batch_id: S.optional(o, "batch_id", "", (x, k) => S.str(x, k, where)),
    format: S.str(o, "format", where),
    revision: S.num(o, "revision", where),
    decoded,
    counts,
    errors: S.num(o, "errors", where),
    warnings: S.num(o, "warnings", where),
    issues: S.list(o, "issues", where).map((x, i) => readIssue(x, `${where}, issues[${i}]`)),
  };
}

/** readRefusal reads a refused import's problem details, or returns null for any other problem. */
export function readRefusal(p: Problem): ImportRefusal | null {
  if (p.type !== refusedType) return null;
  return { detail: p.detail ?? p.title, report: readImportReport(p.report) };
}

/** mentionsSuggestion reports whether the issue's message already asks about its suggestion. */
export const mentionsSuggestion = (i: ImportIssue) => !!i.suggestion && /meinten sie/i.test(i.message) && i.message.includes(i.suggestion);

/** errorsOf and warningsOf split the issues by severity. */
export const errorsOf = (r: ImportReport) => r.issues.filter((i) => i.severity === "error");
export const warningsOf = (r: ImportReport) => r.issues.filter((i) => i.severity === "warning");

/** kindOrder is the order in which kinds are listed (graph.Kinds). */
export const kindOrder = ["social_space", "wave", "actor", "offer", "need", "cooperation"];

/**
 * countRows lists the counts per kind in kindOrder, then any other kind by name; kinds
 * that the file did not hold and the import does not touch are left out.
 */
export function countRows(r: ImportReport): ({ kind: string } & KindCounts)[] {
  if (!r.counts) return [];
  const rank = (k: string) => (kindOrder.includes(k) ? kindOrder.indexOf(k) : kindOrder.length);
  return Object.entries(r.counts)
    .filter(([kind, c]) => (r.decoded[kind] ?? 0) > 0 || c.created + c.updated + c.unchanged > 0)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([kind, c]) => ({ kind, ...c }));
}

/** readFormats reads GET /imports/formats (importers.FormatInfo). */
export function readFormats(data: unknown): ImportFormat[] {
  const at = where + "/formats";
  return S.array(data, at).map((x) => {
    const o = S.object<WireFormat>(x, at);
    return {
      name: S.str(o, "name", at),
      label: S.str(o, "label", at),
      extensions: S.strings(o, "extensions", at),
      content_type: S.str(o, "content_type", at),
      decode: S.bool(o, "decode", at),
      encode: S.bool(o, "encode", at),
    };
  });
}
