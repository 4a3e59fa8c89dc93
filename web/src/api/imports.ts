// Reads the import endpoint's report (a dry run or a real import) and its problems.

import type { Problem } from "./problem";

export interface ImportIssue {
  row: string;
  column: string;
  field: string;
  message: string;
}

export interface ImportReport {
  ok: boolean;
  dryRun: boolean;
  /** counts lists, per kind, what would be or was created, updated, left unchanged. */
  counts: { kind: string; created: number; updated: number; unchanged: number }[];
  issues: ImportIssue[];
  warnings: ImportIssue[];
}

type Raw = Record<string, unknown>;

const text = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/** readIssue accepts {row, column, field, message} and the plain {field, message} of problem details. */
export function readIssue(raw: unknown): ImportIssue {
  const r = (raw ?? {}) as Raw;
  return { row: text(r.row ?? r.line), column: text(r.column ?? r.col), field: text(r.field ?? r.path), message: text(r.message ?? r.text) };
}

function counts(v: unknown): ImportReport["counts"] {
  const o = (v ?? {}) as Record<string, Raw>;
  return Object.entries(o)
    .filter(([, c]) => c && typeof c === "object")
    .map(([kind, c]) => ({ kind, created: Number(c.created) || 0, updated: Number(c.updated) || 0, unchanged: Number(c.unchanged) || 0 }));
}

/** readReport reads a successful answer. */
export function readReport(data: unknown, dryRun: boolean): ImportReport {
  const o = (data ?? {}) as Raw;
  const report = (o.report ?? o) as Raw;
  const result = (o.result ?? o) as Raw;
  const issues = [...((report.errors as unknown[]) ?? []), ...((report.issues as unknown[]) ?? [])].map(readIssue);
  return {
    ok: issues.length === 0,
    dryRun: o.dry_run === undefined ? dryRun : o.dry_run === true,
    counts: counts(result.counts ?? o.counts),
    issues,
    warnings: ((report.warnings as unknown[]) ?? []).map(readIssue),
  };
}

/** reportFromProblem reads a refused import (problem details with one error per cell). */
export function reportFromProblem(p: Problem & Raw, dryRun: boolean): ImportReport {
  const extra = ((p.report as Raw | undefined)?.errors as unknown[]) ?? [];
  return {
    ok: false,
    dryRun,
    counts: [],
    issues: [...(p.errors ?? []), ...extra].map(readIssue),
    warnings: [],
  };
}
