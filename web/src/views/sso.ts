// The single sign-on part of the Anmeldung: the button that leads to the county's
// sign-in (shown when the server has single sign-on set up), the reason of a refused
// sign-in (the server returns to /anmeldung#sso=<code>), and the sign-out that also
// ends the session at the county's sign-in service.

import { API, request } from "../api/client";
import { h } from "../ui/dom";

/** ssoStartURL and ssoSignOutURL are browser navigations, not fetches. */
export const ssoStartURL = API + "/auth/oidc/start";
export const ssoSignOutURL = API + "/auth/oidc/sign-out";

const reasons: Record<string, string> = {
  unauthorized: "Die Anmeldung mit dem Konto der Verwaltung ist abgelaufen, wurde abgelehnt oder nicht in diesem Browser begonnen. Bitte versuchen Sie es erneut.",
  forbidden: "Ihr Konto der Verwaltung ist für den Netzwerkatlas nicht freigeschaltet, oder Ihr Benutzerkonto ist deaktiviert. Bitte wenden Sie sich an die Verwaltung des Netzwerkatlas.",
  unavailable: "Der Anmeldedienst der Verwaltung ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.",
  conflict: "Die E-Mail-Adresse Ihres Kontos der Verwaltung gehört schon einem anderen Benutzerkonto. Bitte wenden Sie sich an die Verwaltung des Netzwerkatlas.",
};

/** ssoRefusal takes #sso=<code> out of the address (so that a reload does not show it
 * again) and returns the German reason, or null without one. */
function ssoRefusal(): string | null {
  const code = new URLSearchParams(location.hash.slice(1)).get("sso");
  if (code === null) return null;
  history.replaceState(null, "", location.pathname + location.search);
  return reasons[code] ?? "Die Anmeldung mit dem Konto der Verwaltung ist fehlgeschlagen. Bitte versuchen Sie es erneut.";
}

/** ssoEnabled asks the server whether single sign-on is set up; false if it cannot say. */
export async function ssoEnabled(): Promise<boolean> {
  try {
    return (await request<{ enabled: boolean }>("GET", "/auth/oidc", { token: null })).enabled;
  } catch {
    return false;
  }
}

/** ssoSection returns the sign-in with the county's account, with the reason of a
 * refused one; for a server with single sign-on set up (ssoEnabled). */
export function ssoSection(): HTMLElement {
  const refusal = ssoRefusal();
  return h(
    "section",
    { "aria-labelledby": "sso-heading" },
    h("h2", { id: "sso-heading" }, "Konto der Verwaltung"),
    refusal ? h("p", { class: "error", role: "alert" }, refusal) : null,
    h("p", {}, "Mit Ihrem gewohnten Konto der Kreisverwaltung (Single Sign-on), ohne eigenes Passwort für den Netzwerkatlas."),
    h("p", {}, h("a", { class: "button primary", href: ssoStartURL, id: "sso-start" }, "Mit dem Konto der Verwaltung anmelden")),
  );
}
