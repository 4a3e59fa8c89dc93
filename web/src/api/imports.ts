// Reads the answers of POST /api/v1/imports (a dry run or a real import): the report
// of the 200 answer, and the same report inside the 422 problem details of a refused
// import (type urn:netzwerkatlas:problem:import-refused, member "report"). The issue
// fields follow importers.Issue; those marked omitempty there may be missing.

import type { Problem } from "./problem";
import * as S from "./shape";
import { ShapeError, type Raw } from "./shape";

/** refusedType is the problem type of an import refused because the file has errors. */
export const refusedType = "urn:netzwerkatlas:problem:import-refused";

export type Severity = "error" | "warning";

export interface ImportIssue {
  severity: Severity;
  /** sheet is the XLSX sheet, the CSV file's name, or "Knoten"/"Kanten"; "" if unknown. */
  sheet: string;
  /** row is the spreadsheet row (header = 1) or the position of a node, edge or feature; null if unknown. */
  row: number | null;
  column: string;
  /** element is the id of a node, edge or feature, where the format has one. */
  element: string;
  /** field is the path in the batch, such as "actors[3].legal_domains". */
  field: string;
  value: string;
  /** suggestion is the nearest known taxonomy code, if any. */
  suggestion: string;
  /** message says what is wrong, in German, without the location. */
  message: string;
  /** text is location and message together. */
  text: string;
}

export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportReport {
  dryRun: boolean;
  format: string;
  revision: number;
  /** decoded counts the items read from the file, per kind. */
  decoded: Record<string, number>;
  /** counts says per kind what the import would do or did; null when it was refused before. */
  counts: Record<string, KindCounts> | null;
  /** errors and warnings count all issues, also those left out of issues. */
  errors: number;
  warnings: number;
  issues: ImportIssue[];
}

/** ImportRefusal is a 422 answer: the German detail and the report with the errors. */
export interface ImportRefusal {
  detail: string;
  report: ImportReport;
}

const where = "/imports";

function intMap(v: unknown, at: string): Record<string, number> {
  const o = S.object(v, at);
  const out: Record<string, number> = {};
  for (const k of Object.keys(o)) out[k] = S.num(o, k, at);
  return out;
}

const optStr = (o: Raw, k: string, at: string) => S.optional(o, k, "", (x, key) => S.str(x, key, at));

/** readIssue reads one importers.Issue. */
export function readIssue(v: unknown, at = where + ", issues"): ImportIssue {
  const o = S.object(v, at);
  const severity = S.str(o, "severity", at);
  if (severity !== "error" && severity !== "warning") throw new ShapeError(at, `unbekannte Schwere „${severity}“`);
  return {
    severity,
    sheet: optStr(o, "sheet", at),
    row: S.optional<number | null>(o, "row", null, (x, k) => S.num(x, k, at)),
    column: optStr(o, "column", at),
    element: optStr(o, "element", at),
    field: optStr(o, "field", at),
    value: optStr(o, "value", at),
    suggestion: optStr(o, "suggestion", at),
    message: S.str(o, "message", at),
    text: optStr(o, "text", at),
  };
}

/** readImportReport reads the 200 answer of POST /imports (and the report of a refusal). */
export function readImportReport(data: unknown): ImportReport {
  const o = S.object(data, where);
  const counts = o.counts === null || o.counts === undefined ? null : S.object(o.counts, where + ".counts");
  return {
    dryRun: S.bool(o, "dry_run", where),
    format: S.str(o, "format", where),
    revision: S.num(o, "revision", where),
    decoded: o.decoded === null || o.decoded === undefined ? {} : intMap(o.decoded, where + ".decoded"),
    counts:
      counts &&
      Object.fromEntries(
        Object.entries(counts).map(([kind, c]) => {
          const at = `${where}.counts.${kind}`;
          const x = S.object(c, at);
          return [kind, { created: S.num(x, "created", at), updated: S.num(x, "updated", at), unchanged: S.num(x, "unchanged", at) }];
        }),
      ),
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

export interface ImportFormat {
  name: string;
  label: string;
  extensions: string[];
  content_type: string;
  decode: boolean;
  encode: boolean;
}

/** readFormats reads GET /imports/formats (importers.FormatInfo). */
export function readFormats(data: unknown): ImportFormat[] {
  const at = where + "/formats";
  if (!Array.isArray(data)) throw new ShapeError(at, "Liste erwartet");
  return data.map((x) => {
    const o = S.object(x, at);
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
