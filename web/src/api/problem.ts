// RFC 9457 problem details as the API sends them, and their mapping onto form fields.

import type { FieldError, Problem as Details } from "./types";

/**
 * Problem is the problem details of a failed request (components.schemas.Problem);
 * type is missing where the server sent none or was not reached. Extension members
 * (RFC 9457 § 3.2) beyond the documented ones are kept.
 */
export type Problem = Omit<Details, "type"> & { type?: string; [extension: string]: unknown };

/** ApiError is a failed API request, carrying the server's problem details. */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.problem = problem;
  }
  get status(): number {
    return this.problem.status;
  }
}

/** toProblem turns a response body into problem details, with a German fallback. */
export function toProblem(status: number, body: unknown): Problem {
  const b = (body ?? {}) as Partial<Problem>;
  const errors = Array.isArray(b.errors)
    ? b.errors.filter((e): e is FieldError => typeof e?.field === "string" && typeof e?.message === "string")
    : undefined;
  return {
    ...b,
    type: b.type,
    title: typeof b.title === "string" && b.title ? b.title : fallbackTitle(status),
    status: typeof b.status === "number" ? b.status : status,
    detail: typeof b.detail === "string" ? b.detail : undefined,
    request_id: b.request_id,
    errors,
  };
}

function fallbackTitle(status: number): string {
  if (status === 0) return "Der Server ist nicht erreichbar.";
  if (status >= 500) return "Interner Fehler";
  return `Anfrage fehlgeschlagen (Status ${status})`;
}

/**
 * formField maps an error path of the API ("legal_domains[1]", "address.city",
 * "actors[3].name") onto the name of the form control that edits it: list indexes are
 * dropped because a list is edited by one control, and a prefix (the batch path) is cut.
 */
export function formField(path: string, prefix = ""): string {
  let p = path;
  if (prefix && p.startsWith(prefix)) p = p.slice(prefix.length).replace(/^\./, "");
  return p.replace(/\[\d+\]/g, "").replace(/\.$/, "");
}

/**
 * fieldMessages groups the problem's field errors by form control. Errors whose field
 * is not among known go to the empty key, to be shown above the form.
 */
export function fieldMessages(problem: Problem, known: Iterable<string>): Map<string, string[]> {
  const names = new Set(known);
  const out = new Map<string, string[]>();
  for (const e of problem.errors ?? []) {
    let name = formField(e.field);
    while (name && !names.has(name)) {
      const cut = name.lastIndexOf(".");
      name = cut > 0 ? name.slice(0, cut) : "";
    }
    const list = out.get(name) ?? [];
    list.push(e.message);
    out.set(name, list);
  }
  return out;
}
