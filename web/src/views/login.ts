// Anmeldung: sign in with e-mail address and password (a session cookie), or with an
// API token (kept for this browser tab only); sign out; "Passwort vergessen"; set a new
// password with a reset link (/anmeldung#reset=…); and see what the role may do.

import { allows, roleLabels, setCsrfToken, storeToken, storedToken } from "../api/auth";
import { request } from "../api/client";
import { ApiError } from "../api/problem";
import type { Me, Ok } from "../api/types";
import { navigate } from "../router";
import { currentUser, invalidate } from "../state";
import { h, replace, uid } from "../ui/dom";
import { errorBox } from "../ui/status";
import { ssoEnabled, ssoSection, ssoSignOutURL } from "./sso";

/** fromHash takes a secret (the token of a sign-in link, /anmeldung#token=…, or a reset link's, #reset=…) out of the address, so that it stays in no history entry. */
function fromHash(name: string): string | null {
  const value = new URLSearchParams(location.hash.slice(1)).get(name);
  if (value !== null) history.replaceState(null, "", location.pathname + location.search);
  return value?.trim() || null;
}

/** field is a labelled input with an optional hint. */
function field(input: HTMLInputElement, label: string, hint?: string): HTMLElement {
  const hintId = hint ? input.id + "-hint" : null;
  if (hintId) input.setAttribute("aria-describedby", hintId);
  return h("div", { class: "field" }, h("label", { for: input.id }, label), hint ? h("p", { class: "hint", id: hintId }, hint) : null, input);
}

function input(attrs: Record<string, string | boolean | number>): HTMLInputElement {
  return h("input", { required: true, spellcheck: "false", ...attrs }) as HTMLInputElement;
}

/** problemText is the German reason of a failed request. */
function problemText(err: unknown): string {
  if (err instanceof ApiError) return [err.problem.detail ?? err.problem.title, ...(err.problem.errors ?? []).map((e) => e.message)].join(" ");
  return err instanceof Error ? err.message : String(err);
}

export async function loginView(main: HTMLElement): Promise<void> {
  const status = h("div", {});
  const fromLink = fromHash("token");
  const resetSecret = fromHash("reset");
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
  const session = !!me?.user_id && !storedToken();
  const sso = await ssoEnabled();
  const signOut = async () => {
    if (session && sso) {
      // The server ends the session, then the county's sign-in service ends its own.
      setCsrfToken(null);
      location.assign(ssoSignOutURL);
      return;
    }
    if (session) {
      try {
        await request("DELETE", "/session");
      } catch (err) {
        replace(status, errorBox(err, "Die Abmeldung"));
        return;
      }
      setCsrfToken(null);
    } else storeToken(null);
    invalidate({ user: true });
    navigate("/anmeldung");
  };

  replace(
    main,
    h("h1", { tabindex: -1 }, "Anmeldung"),
    status,
    resetSecret ? resetForm(resetSecret) : null,
    me
      ? h(
          "section",
          { "aria-labelledby": "who" },
          h("h2", { id: "who" }, me.anonymous ? "Demo-Modus ohne Anmeldung" : `Angemeldet als ${me.name}`),
          me.email ? h("p", {}, "E-Mail-Adresse: ", me.email) : null,
          h("p", {}, "Ihre Rolle: ", h("strong", {}, roleLabels[me.role] ?? me.role)),
          h(
            "ul",
            {},
            h("li", {}, "Netzwerk, Akteure und Daten ansehen: ", allows(me.role, "viewer") ? "ja" : "nein"),
            h("li", {}, "Auswertungen (Kennzahlen, Kopplungen, Lücken): ", allows(me.role, "analyst") ? "ja" : "nein"),
            h("li", {}, "Daten anlegen, bearbeiten und importieren: ", allows(me.role, "editor") ? "ja" : "nein"),
            h("li", {}, "Benutzer, Tokens und Taxonomie verwalten: ", allows(me.role, "admin") ? "ja" : "nein"),
          ),
          session || storedToken() ? h("button", { type: "button", id: "sign-out", onclick: () => void signOut() }, "Abmelden") : null,
        )
      : h("p", {}, "Sie sind nicht angemeldet."),
    session || !sso ? null : ssoSection(),
    session ? null : passwordForm(),
    session ? null : forgotForm(),
    h("h2", {}, storedToken() ? "Mit einem anderen Token anmelden" : "Mit API-Token anmelden"),
    tokenForm(),
  );
}

/** passwordForm signs in with e-mail address and password. */
function passwordForm(): HTMLElement {
  const out = h("div", {});
  const email = input({ id: uid("email"), name: "email", type: "email", autocomplete: "username" });
  const pw = input({ id: uid("password"), name: "password", type: "password", autocomplete: "current-password" });
  const form = h(
    "form",
    { class: "entity-form", "aria-labelledby": "password-signin" },
    field(email, "E-Mail-Adresse"),
    field(pw, "Passwort"),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Anmelden")),
    out,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(out);
    try {
      const s = await request<Ok<"/session">>("POST", "/session", { body: { email: email.value.trim(), password: pw.value }, token: null });
      setCsrfToken(s.csrf_token);
      storeToken(null); // the session replaces a token of this tab
    } catch (err) {
      pw.value = "";
      replace(out, h("div", { class: "error", role: "alert", tabindex: -1 }, h("strong", {}, "Nicht angemeldet. "), problemText(err)));
      (out.firstElementChild as HTMLElement).focus();
      return;
    }
    invalidate({ user: true });
    navigate("/anmeldung");
  });
  return h("section", {}, h("h2", { id: "password-signin" }, "Mit E-Mail-Adresse und Passwort anmelden"), form);
}

/** forgotForm asks for a reset link by e-mail ("Passwort vergessen"). */
function forgotForm(): HTMLElement {
  const out = h("div", {});
  const email = input({ id: uid("forgot-email"), name: "email", type: "email", autocomplete: "username" });
  const form = h(
    "form",
    { class: "entity-form" },
    h("p", {}, "Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen; er gilt eine Stunde. Ohne E-Mail-Versand setzt die Verwaltung Ihr Passwort zurück."),
    field(email, "E-Mail-Adresse für den Link"),
    h("div", { class: "tools" }, h("button", { type: "submit" }, "Link anfordern")),
    out,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const r = await request<{ message: string }>("POST", "/password-reset", { body: { email: email.value.trim() }, token: null });
      replace(out, h("p", { class: "success", role: "status" }, r.message));
    } catch (err) {
      replace(out, h("div", { class: "error", role: "alert" }, problemText(err)));
    }
  });
  return h("details", { class: "forgot" }, h("summary", {}, "Passwort vergessen?"), form);
}

/** resetForm sets a new password with the secret of a reset link. */
function resetForm(secret: string): HTMLElement {
  const out = h("div", {});
  const pw = input({ id: uid("new-password"), name: "new-password", type: "password", autocomplete: "new-password", minlength: 12 });
  const again = input({ id: uid("new-password-again"), name: "new-password-again", type: "password", autocomplete: "new-password", minlength: 12 });
  const form = h(
    "form",
    { class: "entity-form", novalidate: true },
    field(pw, "Neues Passwort", "Mindestens 12 Zeichen. Ein Satz aus mehreren Wörtern ist leicht zu merken und schwer zu erraten."),
    field(again, "Neues Passwort wiederholen"),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Passwort speichern")),
    out,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (pw.value !== again.value) {
      replace(out, h("p", { class: "error", role: "alert" }, "Die beiden Passwörter stimmen nicht überein."));
      return;
    }
    try {
      await request("POST", "/password-reset/confirm", { body: { token: secret, password: pw.value }, token: null });
      replace(form, h("p", { class: "success", role: "status", tabindex: -1 }, "Ihr neues Passwort ist gespeichert. Bitte melden Sie sich jetzt damit an."));
      (form.firstElementChild as HTMLElement).focus();
    } catch (err) {
      replace(out, h("div", { class: "error", role: "alert" }, problemText(err)));
    }
  });
  return h("section", { "aria-labelledby": "reset-h" }, h("h2", { id: "reset-h" }, "Neues Passwort festlegen"), form);
}

/** tokenForm signs in with an API token, kept for this browser tab. */
function tokenForm(): HTMLElement {
  const out = h("div", {});
  const token = input({ id: "token", name: "token", type: "password", autocomplete: "off" });
  const form = h(
    "form",
    { class: "entity-form" },
    field(token, "API-Token", "Beginnt mit „nza_“. Die Verwaltung erstellt Tokens mit „netzwerkatlas token create“. Das Token bleibt nur in diesem Browser-Tab gespeichert."),
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Mit Token anmelden")),
    out,
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const value = token.value.trim();
    if (!value) {
      replace(out, h("p", { class: "error", role: "alert" }, "Bitte geben Sie ein Token ein."));
      return;
    }
    try {
      await request<Me>("GET", "/me", { token: value });
    } catch (err) {
      replace(out, errorBox(err, "Die Anmeldung"));
      return;
    }
    storeToken(value);
    invalidate({ user: true });
    navigate("/anmeldung");
  });
  return form;
}
