// Anmeldung: sign in with an API token (kept for this browser tab only) and see what
// the role may do.

import { allows, roleLabels, storeToken, storedToken } from "../api/auth";
import { request } from "../api/client";
import type { Me } from "../api/types";
import { navigate } from "../router";
import { currentUser, invalidate } from "../state";
import { h, replace } from "../ui/dom";
import { errorBox } from "../ui/status";
import { ssoSection } from "./sso";

/** linkToken takes the token of a sign-in link (/anmeldung#token=…, printed by the first
 * start of the server) out of the address, so that it stays in no history entry. */
function linkToken(): string | null {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (token !== null) history.replaceState(null, "", location.pathname + location.search);
  return token?.trim() || null;
}

export async function loginView(main: HTMLElement): Promise<void> {
  const status = h("div", {});
  const fromLink = linkToken();
  if (fromLink) {
    try {
      await request<Me>("GET", "/me", { token: fromLink });
      storeToken(fromLink);
      invalidate({ user: true });
      navigate("/anmeldung"); // draws the frame and this page again, signed in
      return;
    } catch (err) {
      replace(status, errorBox(err, "Die Anmeldung mit dem Link"));
    }
  }
  const me = await currentUser();
  const sso = me && !me.anonymous ? null : await ssoSection();
  const input = h("input", { id: "token", name: "token", type: "password", autocomplete: "off", required: true, spellcheck: "false", "aria-describedby": "token-hint" }) as HTMLInputElement;
  const form = h(
    "form",
    { class: "entity-form" },
    h("div", { class: "field" }, h("label", { for: "token" }, "API-Token"), h("p", { class: "hint", id: "token-hint" }, "Beginnt mit „nza_“. Die Verwaltung erstellt Tokens mit „netzwerkatlas token create“. Das Token bleibt nur in diesem Browser-Tab gespeichert."), input),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Anmelden")),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const token = input.value.trim();
    if (!token) {
      replace(status, h("p", { class: "error", role: "alert" }, "Bitte geben Sie ein Token ein."));
      return;
    }
    try {
      await request<Me>("GET", "/me", { token });
    } catch (err) {
      replace(status, errorBox(err, "Die Anmeldung"));
      return;
    }
    storeToken(token);
    invalidate({ user: true });
    navigate("/anmeldung");
  });
  const signOut = h("button", { type: "button", onclick: () => (storeToken(null), invalidate({ user: true }), navigate("/anmeldung")) }, "Abmelden");
  replace(
    main,
    h("h1", { tabindex: -1 }, "Anmeldung"),
    me
      ? h(
          "section",
          { "aria-labelledby": "who" },
          h("h2", { id: "who" }, me.anonymous ? "Demo-Modus ohne Anmeldung" : `Angemeldet als ${me.name}`),
          h("p", {}, "Ihre Rolle: ", h("strong", {}, roleLabels[me.role] ?? me.role)),
          h(
            "ul",
            {},
            h("li", {}, "Netzwerk, Akteure und Daten ansehen: ", allows(me.role, "viewer") ? "ja" : "nein"),
            h("li", {}, "Auswertungen (Kennzahlen, Kopplungen, Lücken): ", allows(me.role, "analyst") ? "ja" : "nein"),
            h("li", {}, "Daten anlegen, bearbeiten und importieren: ", allows(me.role, "editor") ? "ja" : "nein"),
            h("li", {}, "Tokens und Taxonomie verwalten: ", allows(me.role, "admin") ? "ja" : "nein"),
          ),
          storedToken() ? signOut : null,
        )
      : h("p", {}, "Sie sind nicht angemeldet."),
    sso,
    h("h2", {}, storedToken() ? "Mit einem anderen Token anmelden" : "Mit Token anmelden"),
    form,
    status,
  );
}
