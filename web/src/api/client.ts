// The one place that talks HTTP to the Netzwerkatlas API.

import { csrfToken, storedToken } from "./auth";
import { ApiError, toProblem, type Problem } from "./problem";

export const API = "/api/v1";

export type Query = Record<string, string | number | boolean | undefined | null>;

/** url builds an API URL with the set query parameters. */
export function url(path: string, query: Query = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  }
  const s = qs.toString();
  return API + path + (s ? "?" + s : "");
}

/**
 * authHeaders returns the Authorization header of the signed-in token, if any; else,
 * with a session (the cookie goes by itself), its CSRF token, which the server asks of
 * every request that may change something.
 */
export function authHeaders(token = storedToken()): Record<string, string> {
  if (token) return { Authorization: "Bearer " + token };
  const csrf = csrfToken();
  return csrf ? { "X-CSRF-Token": csrf } : {};
}

/**
 * request sends a request and decodes the JSON answer; any status >= 400 throws an
 * ApiError with the server's problem details. headers replace the signed-in token's
 * (the survey link's Authorization, for one).
 */
export async function request<T>(method: string, path: string, opts: { query?: Query; body?: unknown; token?: string | null; headers?: Record<string, string> } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", ...authHeaders(opts.token === undefined ? storedToken() : opts.token), ...opts.headers };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), { method, headers, body });
  } catch {
    throw new ApiError(toProblem(0, null));
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) throw new ApiError(withRetryAfter(toProblem(res.status, data), res.headers));
  return data as T;
}

/** withRetryAfter adds the seconds of a Retry-After header to p as retry_after. */
function withRetryAfter(p: Problem, headers: Headers): Problem {
  const s = Number(headers.get("Retry-After"));
  return Number.isInteger(s) && s > 0 ? { ...p, retry_after: s } : p;
}

/**
 * storeNotice returns the German notice for an answer that says the server could not
 * take or give the data just now (0: not reached; 503: database not reachable or
 * read-only; 507: disk full), for a form (saving) or a page (loading); null for any
 * other answer. A form that shows it keeps the user's input.
 */
export function storeNotice(p: Problem, saving = true): string | null {
  const when = typeof p.retry_after === "number" ? `in ${p.retry_after} Sekunden` : "in einigen Sekunden";
  switch (p.status) {
    case 0:
      return saving
        ? "Der Server ist nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte die Verbindung prüfen und erneut speichern."
        : "Der Server ist nicht erreichbar; bitte die Verbindung prüfen und die Seite neu laden.";
    case 503:
      return saving
        ? `Die Datenbank ist gerade nicht erreichbar. Ihre Eingaben bleiben erhalten; bitte ${when} erneut speichern.`
        : `Die Datenbank ist gerade nicht erreichbar; bitte ${when} neu laden.`;
    case 507:
      return saving
        ? "Der Speicherplatz des Servers ist voll; es wurde nichts gespeichert. Ihre Eingaben bleiben erhalten; bitte den Betrieb informieren und nach dem Freigeben von Speicherplatz erneut speichern."
        : "Der Speicherplatz des Servers ist voll; bitte den Betrieb informieren.";
  }
  return null;
}

export const get = <T>(path: string, query?: Query) => request<T>("GET", path, { query });

/** isMissing reports whether err says that an endpoint does not exist (yet). */
export function isMissing(err: unknown): boolean {
  return err instanceof ApiError && (err.status === 404 || err.status === 405 || err.status === 501);
}

/** Download is a file the server sent as an attachment. */
export interface Download {
  blob: Blob;
  /** name is the file name of the Content-Disposition header, else the fallback. */
  name: string;
  contentType: string;
}

/** fileName reads the file name of a Content-Disposition header (RFC 6266, filename* first). */
export function fileName(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      /* fall through to the plain name */
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * fetchFile fetches an attachment with the signed-in token (a plain link would not
 * carry a bearer token); a status >= 400 throws an ApiError with the problem details.
 */
export async function fetchFile(path: string, query: Query, fallbackName: string): Promise<Download> {
  let res: Response;
  try {
    res = await fetch(url(path, query), { headers: authHeaders() });
  } catch {
    throw new ApiError(toProblem(0, null));
  }
  if (!res.ok) {
    let data: unknown = null;
    try {
      data = JSON.parse(await res.text());
    } catch {
      data = null;
    }
    throw new ApiError(toProblem(res.status, data));
  }
  return { blob: await res.blob(), name: fileName(res.headers.get("Content-Disposition"), fallbackName), contentType: res.headers.get("Content-Type") ?? "" };
}
