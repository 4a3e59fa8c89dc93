// Reads the answers of POST /api/v1/imports (a dry run or a real import): the report
// of the 200 answer, and the same report inside the 422 problem details of a refused
// import (type urn:netzwerkatlas:problem:import-refused, member "report"). The issue
// fields follow importers.Issue; those marked omitempty there may be missing.

import type { Problem } from "./problem";
import * as S from "./shape";
import { ShapeError, type Key } from "./shape";
import type {
  BatchCount,
  BoundColumnWire,
  FieldWire,
  ImportFormat as WireFormat,
  ImportIssue as WireIssue,
  ImportReport as WireReport,
  QualityActorWire,
  QualityFindingWire,
  QualityWire,
  SheetColumnsWire,
  SheetFieldsWire,
} from "./types";

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
export type ImportReport = Omit<WireReport, "issues" | "decoded" | "format" | "columns"> & { format: string; decoded: Record<string, number>; issues: ImportIssue[]; columns: SheetColumns[] };

/** SheetColumns says which column of a sheet was read as which field ("" none, "-" ignored). */
export interface SheetColumns {
  sheet: string;
  kind: string;
  columns: { header: string; field: string }[];
}

/** SheetFields are the fields of one kind with their German headers (GET /imports/fields). */
export interface SheetFields {
  kind: string;
  sheet: string;
  fields: { field: string; header: string; help: string }[];
}

/** staleType is the problem type of a confirmation whose files changed after the dry run (409). */
export const staleType = "urn:netzwerkatlas:problem:import-stale";

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
    columns: S.optional(o, "columns", [] as SheetColumns[], () => S.records(o, "columns", where).map((sc) => readSheetColumns(sc, where + ".columns"))),
    dry_run_token: S.optional(o, "dry_run_token", "", (x, k) => S.str(x, k, where)),
  };
}

function readSheetColumns(sc: S.Wire<S.Described<SheetColumnsWire>>, at: string): SheetColumns {
  return {
    sheet: S.str(sc, "sheet", at),
    kind: S.str(sc, "kind", at),
    columns: S.records(sc, "columns", at).map((c) => {
      const bc = c as S.Wire<S.Described<BoundColumnWire>>;
      return { header: S.str(bc, "header", at), field: S.str(bc, "field", at) };
    }),
  };
}

/** readFields reads GET /imports/fields. */
export function readFields(data: unknown): SheetFields[] {
  const at = where + "/fields";
  return S.array(data, at).map((x) => {
    const o = S.object<SheetFieldsWire>(x, at);
    return {
      kind: S.str(o, "kind", at),
      sheet: S.str(o, "sheet", at),
      fields: S.records(o, "fields", at).map((f) => {
        const fw = f as S.Wire<S.Described<FieldWire>>;
        return { field: S.str(fw, "field", at), header: S.str(fw, "header", at), help: S.optional(fw, "help", "", (y, k) => S.str(y, k, at)) };
      }),
    };
  });
}

/** QualityActor is an actor of the Datenqualität worklist ("nicht zugeordnet"). */
export interface QualityActor {
  id: string;
  name: string;
  kind: string;
  legal_domains: string[];
  missing: string[];
}

/** QualityFinding is a further point of the worklist. */
export interface QualityFinding {
  code: string;
  actor_id: string;
  name: string;
  message: string;
}

/** Quality is the answer of GET /quality. */
export interface Quality {
  revision: number;
  unassigned: QualityActor[];
  findings: QualityFinding[];
}

/** readQuality reads GET /quality. */
export function readQuality(data: unknown): Quality {
  const at = "/quality";
  const o = S.object<QualityWire>(data, at);
  return {
    revision: S.num(o, "revision", at),
    unassigned: S.records(o, "unassigned", at).map((x) => {
      const a = x as S.Wire<S.Described<QualityActorWire>>;
      return { id: S.str(a, "id", at), name: S.str(a, "name", at), kind: S.str(a, "kind", at), legal_domains: S.strings(a, "legal_domains", at), missing: S.strings(a, "missing", at) };
    }),
    findings: S.records(o, "findings", at).map((x) => {
      const f = x as S.Wire<S.Described<QualityFindingWire>>;
      const opt = (k: "actor_id" | "name") => S.optional(f, k, "", (y, key) => S.str(y, key, at));
      return { code: S.str(f, "code", at), actor_id: opt("actor_id"), name: opt("name"), message: S.str(f, "message", at) };
    }),
  };
}

/** mappingStore is the localStorage key of the saved column mappings. */
const mappingStore = "netzwerkatlas.import-mappings";

/** savedMappings returns the column mappings saved in this browser, by name. */
export function savedMappings(): Record<string, Record<string, string>> {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(mappingStore) ?? "{}");
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, Record<string, string>>) : {};
  } catch {
    return {};
  }
}

/** saveMapping keeps a column mapping under name for the next import in this browser. */
export function saveMapping(name: string, columns: Record<string, string>): void {
  localStorage.setItem(mappingStore, JSON.stringify({ ...savedMappings(), [name]: columns }));
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
