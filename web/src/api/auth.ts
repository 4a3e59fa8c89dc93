// The signed-in token (kept in sessionStorage, so it ends with the browser tab), the
// CSRF token of a password sign-in's session (kept in memory only; the session itself
// is an HttpOnly cookie the page cannot read), and what each role may do.

import type { Role } from "./types";

const KEY = "netzwerkatlas.token";
const ORDER: Role[] = ["viewer", "analyst", "editor", "admin"];

export const roleLabels: Record<Role, string> = {
  viewer: "Lesen",
  analyst: "Analysieren",
  editor: "Bearbeiten",
  admin: "Verwalten",
};

/** allows reports whether role includes need (roles are ordered). */
export function allows(role: Role | undefined, need: Role): boolean {
  if (!role) return false;
  return ORDER.indexOf(role) >= ORDER.indexOf(need);
}

export function storedToken(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

let csrf: string | null = null;

/** csrfToken is the CSRF token of the session (GET or POST /session), or null without a session. */
export function csrfToken(): string | null {
  return csrf;
}

export function setCsrfToken(token: string | null): void {
  csrf = token;
}
