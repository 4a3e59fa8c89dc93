// Verwaltung (role admin): user accounts (create, change role, disable, delete, reset
// link; usersPanel), API tokens (create with an optional expiry and actor scope, show
// the secret once, revoke, when last used), the audit log (auditLog.ts) and the
// taxonomy (add, rename and remove codes and labels). The server decides
// in any case; its German reasons (a code still in use, the last admin token) are shown.

import { allows, roleLabels } from "../api/auth";
import { get, request } from "../api/client";
import { ApiError, type Problem } from "../api/problem";
import type { Items, Ok, Role, Taxonomy, Term } from "../api/types";
import { searchNodes } from "../graph/filters";
import { currentUser, invalidate, loadDataset, loadTaxonomy } from "../state";
import { combobox } from "../ui/combobox";
import { confirmDialog } from "../ui/confirm";
import { h, replace, uid } from "../ui/dom";
import { errorBox, loading } from "../ui/status";
import { shownOnce } from "../ui/shownOnce";
import { auditPanel } from "./auditLog";

type Token = Ok<"/tokens">["items"][number];

const tabs = [
  { slug: "benutzer", title: "Benutzer" },
  { slug: "tokens", title: "API-Tokens" },
  { slug: "taxonomie", title: "Taxonomie" },
  { slug: "protokoll", title: "Protokoll" },
];

export async function adminView(main: HTMLElement, [slug = "benutzer"]: string[]): Promise<void> {
  const tab = tabs.find((t) => t.slug === slug) ?? tabs[0];
  main.append(h("h1", { tabindex: -1 }, "Verwaltung"), loading("Die Verwaltung"));
  const me = await currentUser();
  const nav = h(
    "nav",
    { "aria-label": "Verwaltungsbereiche", class: "tabs" },
    h("ul", {}, tabs.map((t) => h("li", {}, h("a", { href: `/verwaltung/${t.slug}`, "data-link": true, "aria-current": t === tab ? "page" : null }, t.title)))),
  );
  const content = h("div", {});
  replace(main, h("h1", { tabindex: -1 }, `Verwaltung: ${tab.title}`), nav, content);
  if (!allows(me?.role, "admin")) {
    content.append(h("p", { class: "notice" }, "Benutzer, Tokens, Taxonomie und Protokoll verwalten nur Personen mit der Rolle „Verwalten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung"), "."));
    return;
  }
  if (tab.slug === "benutzer") await usersPanel(content, me?.user_id ?? null);
  else if (tab.slug === "tokens") await tokensPanel(content, me?.anonymous ? null : (me?.name ?? null));
  else if (tab.slug === "protokoll") await auditPanel(content);
  else await taxonomyPanel(content);
}

const dateTime = (iso: string | undefined) =>
  iso ? new Date(iso).toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" }) : "noch nie";

const day = (iso: string) => new Date(iso).toLocaleDateString("de-DE", { dateStyle: "medium" });

/** tomorrow returns the next local day as YYYY-MM-DD, the earliest "Gültig bis". */
function tomorrow(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

async function tokensPanel(box: HTMLElement, myName: string | null): Promise<void> {
  const ds = await loadDataset().catch(() => null);
  const actorName = (id: string) => ds?.nodeData.get(id)?.label ?? id;
  const list = h("div", {});
  const outcome = h("div", {});
  const created = h("div", {});
  const draw = async () => {
    replace(list, loading("Die Tokens"));
    let items: Token[];
    try {
      items = (await get<Ok<"/tokens">>("/tokens")).items;
    } catch (err) {
      replace(list, errorBox(err, "Die Tokens"));
      return;
    }
    replace(
      list,
      h(
        "div",
        { class: "table-wrap", role: "region", tabindex: 0, "aria-label": "API-Tokens (Tabelle)" },
        h(
          "table",
          { class: "cards tokens" },
          h("caption", {}, `API-Tokens (${items.length})`),
          h("thead", {}, h("tr", {}, ["Name", "Rolle", "Nur für Akteur", "Gültig bis", "Angelegt", "Zuletzt verwendet", "Aktion"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            items.map((t) =>
              h(
                "tr",
                { "data-id": t.id },
                h("th", { scope: "row" }, t.name, t.name === myName ? h("small", {}, " (Ihr Token)") : null),
                h("td", { "data-label": "Rolle" }, roleLabels[t.role] ?? t.role),
                h("td", { "data-label": "Nur für Akteur" }, t.actor_id ? actorName(t.actor_id) : "alle"),
                h("td", { "data-label": "Gültig bis" }, t.expires_at ? [day(t.expires_at), new Date(t.expires_at) <= new Date() ? h("strong", {}, " (abgelaufen)") : null] : "unbefristet"),
                h("td", { "data-label": "Angelegt" }, dateTime(t.created_at)),
                h("td", { "data-label": "Zuletzt verwendet" }, dateTime(t.last_used_at)),
                h("td", { class: "actions" }, h("button", { type: "button", class: "link danger", "aria-label": `Token „${t.name}“ widerrufen`, onclick: () => void revoke(t) }, "Widerrufen")),
              ),
            ),
          ),
        ),
      ),
      h("p", { class: "hint" }, "„Zuletzt verwendet“ wird höchstens einmal je Minute aktualisiert."),
    );
  };
  const revoke = async (t: Token) => {
    const yes = await confirmDialog({
      title: `Token „${t.name}“ widerrufen?`,
      body: h("p", {}, `Wer mit diesem Token (Rolle „${roleLabels[t.role] ?? t.role}“) arbeitet, wird sofort abgemeldet und kann sich damit nicht wieder anmelden.`),
      confirmLabel: "Token widerrufen",
      danger: true,
    });
    if (!yes) return;
    try {
      await request("DELETE", `/tokens/${encodeURIComponent(t.id)}`);
      replace(outcome, h("p", { class: "success", role: "status", tabindex: -1 }, `Das Token „${t.name}“ wurde widerrufen.`));
      await draw();
    } catch (err) {
      replace(outcome, h("div", { class: "error", role: "alert", tabindex: -1 }, `Das Token „${t.name}“ wurde nicht widerrufen. `, err instanceof ApiError ? (err.problem.detail ?? err.problem.title) : String(err)));
    }
    (outcome.firstElementChild as HTMLElement | null)?.focus();
  };

  const nameId = uid("token-name");
  const roleId = uid("token-role");
  const nameErr = h("p", { class: "field-error", id: nameId + "-err", hidden: true });
  const name = h("input", { id: nameId, name: "name", type: "text", required: true, maxlength: 100, autocomplete: "off", "aria-describedby": `${nameId}-hint ${nameId}-err` }) as HTMLInputElement;
  const role = h("select", { id: roleId, name: "role" }, (Object.keys(roleLabels) as Role[]).map((r) => h("option", { value: r, selected: r === "viewer" }, roleLabels[r]))) as HTMLSelectElement;
  const expiresId = uid("token-expires");
  const expiresErr = h("p", { class: "field-error", id: expiresId + "-err", hidden: true });
  const expires = h("input", { id: expiresId, name: "expires", type: "date", min: tomorrow(), "aria-describedby": `${expiresId}-hint ${expiresId}-err` }) as HTMLInputElement;
  const actor = combobox("Nur für Akteur (freiwillig)", "token_actor", (text) => (ds ? searchNodes(ds, text, 10).map((id) => ({ value: id, label: actorName(id) })) : []));
  actor.element.append(h("p", { class: "hint" }, "Für Träger, die ihre eigenen Angaben pflegen: Das Token braucht die Rolle „Bearbeiten“ und darf dann nur diesen Akteur und seine Angebote ändern; lesen darf es wie seine Rolle."));
  const showError = (field: string | undefined, msg: string) => {
    if (field === "actor_id") return actor.error(msg), actor.input.focus();
    const [err, input] = field === "expires_at" ? [expiresErr, expires] : [nameErr, name];
    replace(err, msg);
    err.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.focus();
  };
  const form = h(
    "form",
    { class: "entity-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: nameId }, "Name", h("span", { class: "req" }, " (Pflichtfeld)")), h("p", { class: "hint", id: nameId + "-hint" }, "Wofür oder für wen, zum Beispiel „Sozialplanung Müller“ oder „Import-Skript“."), name, nameErr),
    h("div", { class: "field" }, h("label", { for: roleId }, "Rolle"), role),
    h("div", { class: "field" }, h("label", { for: expiresId }, "Gültig bis (freiwillig)"), h("p", { class: "hint", id: expiresId + "-hint" }, "Einschließlich dieses Tages; danach wird das Token abgewiesen. Leer: unbefristet."), expires, expiresErr),
    actor.element,
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Token anlegen")),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const [err, input] of [[nameErr, name], [expiresErr, expires]] as const) {
      err.hidden = true;
      input.removeAttribute("aria-invalid");
    }
    actor.error(null);
    replace(created);
    const actorId = actor.value();
    if (actor.input.value.trim() && !actorId) return showError("actor_id", "Bitte einen Akteur aus der Vorschlagsliste wählen oder das Feld leeren.");
    try {
      const body = {
        name: name.value.trim(),
        role: role.value,
        // The end of the chosen day, in the browser's time zone.
        expires_at: expires.value ? new Date(`${expires.value}T23:59:59.999`).toISOString() : undefined,
        actor_id: actorId || undefined,
      };
      const t = await request<{ name: string; role: Role; secret: string }>("POST", "/tokens", { body });
      form.reset();
      actor.clear();
      replace(created, secretBox(t));
      (created.querySelector("h3") as HTMLElement).focus();
      await draw();
    } catch (err) {
      const p: Problem | null = err instanceof ApiError ? err.problem : null;
      const fields = p?.errors ?? [];
      if (fields.length) for (const e of [...fields].reverse()) showError(e.field, e.message);
      else showError(undefined, p?.detail || (err instanceof Error ? err.message : String(err)));
    }
  });
  box.append(
    h("p", { class: "lead" }, "Tokens melden Personen und Programme an. Jede Rolle schließt die vorigen ein: Lesen, Analysieren, Bearbeiten, Verwalten."),
    outcome,
    list,
    h("h2", {}, "Neues Token"),
    form,
    created,
  );
  await draw();
}

type Account = Items<"/users">;

/** usersPanel lists the user accounts and creates, changes, disables and deletes them. */
async function usersPanel(box: HTMLElement, myId: string | null): Promise<void> {
  const list = h("div", {});
  const outcome = h("div", {});
  const created = h("div", {});
  const say = (ok: boolean, text: string) => {
    replace(outcome, h(ok ? "p" : "div", { class: ok ? "success" : "error", role: ok ? "status" : "alert", tabindex: -1 }, text));
    (outcome.firstElementChild as HTMLElement).focus();
  };
  const reason = (err: unknown) => (err instanceof ApiError ? (err.problem.detail ?? err.problem.title) : String(err));
  const update = async (u: Account, change: Partial<Pick<Account, "role" | "disabled">>, done: string) => {
    try {
      await request("PUT", `/users/${encodeURIComponent(u.id)}`, { body: { name: u.name, role: change.role ?? u.role, disabled: change.disabled ?? u.disabled } });
      say(true, done);
    } catch (err) {
      say(false, `Nicht geändert: ${reason(err)}`);
    }
    if (u.id === myId) invalidate({ user: true });
    await draw();
  };
  const remove = async (u: Account) => {
    const yes = await confirmDialog({
      title: `Benutzerkonto „${u.name}“ löschen?`,
      body: h("p", {}, `${u.name} (${u.email}) kann sich danach nicht mehr anmelden; laufende Sitzungen enden sofort. Die Einträge, die ${u.name} geschrieben hat, bleiben.`),
      confirmLabel: "Konto löschen",
      danger: true,
    });
    if (!yes) return;
    try {
      await request("DELETE", `/users/${encodeURIComponent(u.id)}`);
      say(true, `Das Benutzerkonto „${u.name}“ wurde gelöscht.`);
    } catch (err) {
      say(false, `Das Benutzerkonto „${u.name}“ wurde nicht gelöscht. ${reason(err)}`);
    }
    await draw();
  };
  const resetLink = async (u: Account) => {
    try {
      const r = await request<{ link: string; expires_at: string }>("POST", `/users/${encodeURIComponent(u.id)}/reset-link`);
      replace(created, linkBox(`Link zum Zurücksetzen für „${u.name}“`, r.link, r.expires_at));
      (created.querySelector("h3") as HTMLElement).focus();
    } catch (err) {
      say(false, `Kein Link erzeugt: ${reason(err)}`);
    }
  };
  const draw = async () => {
    let items: Account[];
    try {
      items = (await get<Ok<"/users">>("/users")).items;
    } catch (err) {
      replace(list, errorBox(err, "Die Benutzerkonten"));
      return;
    }
    replace(
      list,
      h(
        "div",
        { class: "table-wrap", role: "region", tabindex: 0, "aria-label": "Benutzerkonten (Tabelle)" },
        h(
          "table",
          { class: "cards users" },
          h("caption", {}, `Benutzerkonten (${items.length})`),
          h("thead", {}, h("tr", {}, ["Name", "E-Mail-Adresse", "Rolle", "Status", "Aktionen"].map((c) => h("th", { scope: "col" }, c)))),
          h(
            "tbody",
            {},
            items.map((u) => {
              const role = h(
                "select",
                { "aria-label": `Rolle von ${u.name}`, onchange: (e: Event) => void update(u, { role: (e.target as HTMLSelectElement).value as Role }, `${u.name} hat jetzt die Rolle „${roleLabels[(e.target as HTMLSelectElement).value as Role]}“.`) },
                (Object.keys(roleLabels) as Role[]).map((r) => h("option", { value: r, selected: r === u.role }, roleLabels[r])),
              );
              const state = [u.disabled ? "deaktiviert" : "aktiv", u.single_sign_on ? "Einmalanmeldung" : u.has_password ? "Passwort gesetzt" : "ohne Passwort"].join(", ");
              return h(
                "tr",
                { "data-id": u.id },
                h("th", { scope: "row" }, u.name, u.id === myId ? h("small", {}, " (Sie)") : null),
                h("td", { "data-label": "E-Mail-Adresse" }, u.email),
                h("td", { "data-label": "Rolle" }, role),
                h("td", { "data-label": "Status" }, state),
                h(
                  "td",
                  { class: "actions" },
                  h(
                    "button",
                    { type: "button", class: "link", "aria-label": `${u.name} ${u.disabled ? "aktivieren" : "deaktivieren"}`, onclick: () => void update(u, { disabled: !u.disabled }, `Das Benutzerkonto „${u.name}“ ist ${u.disabled ? "wieder aktiv" : "deaktiviert"}.`) },
                    u.disabled ? "Aktivieren" : "Deaktivieren",
                  ),
                  u.single_sign_on ? null : h("button", { type: "button", class: "link", "aria-label": `Passwort zurücksetzen für ${u.name}`, onclick: () => void resetLink(u) }, "Passwort zurücksetzen"),
                  h("button", { type: "button", class: "link danger", "aria-label": `${u.name} löschen`, onclick: () => void remove(u) }, "Löschen"),
                ),
              );
            }),
          ),
        ),
      ),
    );
  };

  const nameId = uid("user-name");
  const emailId = uid("user-email");
  const roleId = uid("user-role");
  const pwId = uid("user-password");
  const errors = h("div", {});
  const name = h("input", { id: nameId, name: "name", type: "text", required: true, maxlength: 100, autocomplete: "off" }) as HTMLInputElement;
  const email = h("input", { id: emailId, name: "email", type: "email", required: true, maxlength: 254, autocomplete: "off", spellcheck: "false" }) as HTMLInputElement;
  const role = h("select", { id: roleId, name: "role" }, (Object.keys(roleLabels) as Role[]).map((r) => h("option", { value: r, selected: r === "viewer" }, roleLabels[r]))) as HTMLSelectElement;
  const pw = h("input", { id: pwId, name: "password", type: "password", autocomplete: "new-password", minlength: 12, "aria-describedby": pwId + "-hint" }) as HTMLInputElement;
  const inputs: Record<string, HTMLElement> = { name, email, role, password: pw };
  const form = h(
    "form",
    { class: "entity-form", novalidate: true },
    h("div", { class: "field" }, h("label", { for: nameId }, "Name", h("span", { class: "req" }, " (Pflichtfeld)")), name),
    h("div", { class: "field" }, h("label", { for: emailId }, "E-Mail-Adresse", h("span", { class: "req" }, " (Pflichtfeld)")), email),
    h("div", { class: "field" }, h("label", { for: roleId }, "Rolle"), role),
    h(
      "div",
      { class: "field" },
      h("label", { for: pwId }, "Anfangspasswort"),
      h("p", { class: "hint", id: pwId + "-hint" }, "Mindestens 12 Zeichen. Leer lassen: Sie erhalten einen Link, mit dem die Person ihr Passwort selbst festlegt (gültig eine Stunde)."),
      pw,
    ),
    errors,
    h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Benutzerkonto anlegen")),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(errors);
    replace(created);
    for (const i of Object.values(inputs)) i.removeAttribute("aria-invalid");
    try {
      const u = await request<{ name: string; reset_link?: string; reset_expires_at?: string }>("POST", "/users", {
        body: { name: name.value.trim(), email: email.value.trim(), role: role.value, ...(pw.value ? { password: pw.value } : {}) },
      });
      form.reset();
      if (u.reset_link) replace(created, linkBox(`Benutzerkonto „${u.name}“ angelegt`, u.reset_link, u.reset_expires_at ?? ""));
      else replace(created, h("section", { class: "success", "aria-labelledby": "user-created" }, h("h3", { id: "user-created", tabindex: -1 }, `Benutzerkonto „${u.name}“ angelegt`), h("p", {}, "Die Person meldet sich mit ihrer E-Mail-Adresse und dem Anfangspasswort an.")));
      (created.querySelector("h3") as HTMLElement).focus();
      await draw();
    } catch (err) {
      const p: Problem | null = err instanceof ApiError ? err.problem : null;
      for (const e of p?.errors ?? []) inputs[e.field]?.setAttribute("aria-invalid", "true");
      replace(errors, h("div", { class: "error", role: "alert", tabindex: -1 }, h("strong", {}, "Nicht angelegt. "), p?.detail ?? String(err), p?.errors?.length ? h("ul", {}, p.errors.map((e) => h("li", {}, e.message))) : null));
      (errors.firstElementChild as HTMLElement).focus();
    }
  });
  box.append(
    h("p", { class: "lead" }, "Personen melden sich mit ihrer E-Mail-Adresse und ihrem Passwort an. Jede Rolle schließt die vorigen ein: Lesen, Analysieren, Bearbeiten, Verwalten. Das letzte aktive Konto mit der Rolle „Verwalten“ behält sie."),
    outcome,
    list,
    created,
    h("h2", {}, "Neues Benutzerkonto"),
    form,
  );
  await draw();
}

/** linkBox shows a one-time link to set a password this once, with a copy button. */
function linkBox(title: string, link: string, expires: string): HTMLElement {
  return shownOnce({
    title,
    explain: `Geben Sie ihn der Person sicher weiter; mit ihm legt sie ihr Passwort fest. Er gilt einmal, bis ${dateTime(expires)}.`,
    label: "Link zum Festlegen des Passworts",
    value: link.startsWith("/") ? location.origin + link : link,
    what: "Der Link",
  });
}

/** secretBox shows a new token's secret this once, with a copy button. */
function secretBox(t: { name: string; role: Role; secret: string }): HTMLElement {
  return shownOnce({
    title: `Token „${t.name}“ (${roleLabels[t.role] ?? t.role}) angelegt`,
    explain: "Kopieren Sie es und geben Sie es sicher weiter; später lässt es sich nicht mehr anzeigen, nur ein neues anlegen.",
    label: "Geheimnis",
    value: t.secret,
    what: "Das Geheimnis",
  });
}

/** listTitles names the taxonomy's lists in German, in the order shown. */
const listTitles: [keyof Taxonomy & string, string][] = [
  ["legal_domains", "Rechtskreise"],
  ["fields", "Handlungsfelder"],
  ["target_groups", "Zielgruppen"],
  ["actor_kinds", "Akteursarten"],
  ["cooperation_kinds", "Kooperationsarten"],
  ["space_levels", "Gebietsebenen"],
  ["indicators", "Indikatoren"],
];

async function taxonomyPanel(box: HTMLElement): Promise<void> {
  let tax: Taxonomy;
  try {
    tax = structuredClone(await loadTaxonomy());
  } catch (err) {
    box.append(errorBox(err, "Die Taxonomie"));
    return;
  }
  const summary = h("div", {});
  const sections = h("div", {});
  const inputs = new Map<string, HTMLInputElement>();
  const opened = new Set<string>([listTitles[0][0]]);
  const draw = () => {
    inputs.clear();
    replace(sections, listTitles.map(([key, title]) => listEditor(tax[key] as Term[], key, title, opened, inputs, draw)));
  };
  draw();
  const form = h("form", { class: "taxonomy", novalidate: true }, sections, h("div", { class: "tools" }, h("button", { type: "submit", class: "primary" }, "Taxonomie speichern")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    for (const i of inputs.values()) i.removeAttribute("aria-invalid");
    replace(summary, h("p", { class: "status", role: "status" }, "Wird gespeichert …"));
    const body = { ...tax, ...Object.fromEntries(listTitles.map(([k]) => [k, (tax[k] as Term[]).map((t) => ({ ...t, code: t.code.trim(), label: t.label.trim() }))])) };
    try {
      const saved = await request<Taxonomy>("PUT", "/taxonomy", { body });
      invalidate();
      tax = structuredClone(await loadTaxonomy());
      tax.version = saved.version;
      draw();
      replace(summary, h("p", { class: "success", role: "status", tabindex: -1 }, "Die Taxonomie wurde gespeichert."));
    } catch (err) {
      const p: Problem | null = err instanceof ApiError ? err.problem : null;
      const fields = (p?.errors ?? []).map((e) => {
        const input = inputs.get(e.field);
        input?.setAttribute("aria-invalid", "true");
        return h("li", {}, input ? h("a", { href: "#" + input.id, onclick: (ev: Event) => (ev.preventDefault(), openAndFocus(input)) }, fieldName(e.field), ": ", e.message) : `${fieldName(e.field)}: ${e.message}`);
      });
      replace(
        summary,
        h(
          "div",
          { class: "error-summary", role: "alert", tabindex: -1 },
          h("h2", {}, p?.title ?? "Nicht gespeichert"),
          p?.detail ? h("p", {}, p.detail) : null,
          p?.status === 409 && !p.detail?.includes("verwendet") ? h("p", {}, "Laden Sie die Seite neu, um den aktuellen Stand zu sehen.") : null,
          fields.length ? h("ul", {}, fields) : null,
          p ? null : h("p", {}, err instanceof Error ? err.message : String(err)),
        ),
      );
    }
    (summary.firstElementChild as HTMLElement | null)?.focus();
  });
  box.append(
    h("p", { class: "lead" }, "Die Codes stehen in Daten, Importen und Exporten; die Bezeichnungen sieht man in der Oberfläche. Ein Code, den noch Einträge verwenden, lässt sich nicht entfernen oder umbenennen."),
    summary,
    form,
  );
}

/** fieldName turns an error path such as "fields[3].code" into German. */
function fieldName(path: string): string {
  const m = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?/.exec(path);
  if (!m) return path;
  const list = listTitles.find(([k]) => k === m[1])?.[1] ?? m[1];
  const what = m[3] === "code" ? "Code" : m[3] === "label" ? "Bezeichnung" : m[3] === "description" ? "Beschreibung" : "";
  return [list, m[2] !== undefined ? `Zeile ${Number(m[2]) + 1}` : "", what].filter(Boolean).join(", ");
}

function openAndFocus(input: HTMLInputElement): void {
  const d = input.closest("details");
  if (d) d.open = true;
  input.focus();
}

/** listEditor edits one list of terms in place: code, label, description, remove, add. */
function listEditor(terms: Term[], key: string, title: string, opened: Set<string>, inputs: Map<string, HTMLInputElement>, redraw: () => void): HTMLElement {
  const cell = (t: Term, i: number, prop: "code" | "label" | "description", label: string) => {
    const input = h("input", {
      type: "text",
      id: uid(`tax-${key}-${prop}`),
      value: t[prop] ?? "",
      "aria-label": `${label}, ${title}, Zeile ${i + 1}`,
      spellcheck: prop === "code" ? "false" : null,
      oninput: (e: Event) => {
        const v = (e.target as HTMLInputElement).value;
        if (prop === "description") t.description = v || undefined;
        else t[prop] = v;
      },
    }) as HTMLInputElement;
    inputs.set(`${key}[${i}].${prop}`, input);
    return h("td", { "data-label": label }, input);
  };
  const details = h(
    "details",
    { class: "tax-list", open: opened.has(key) },
    h("summary", {}, `${title} (${terms.length})`),
    h(
      "div",
      { class: "table-wrap", role: "region", tabindex: 0, "aria-label": `${title} (Tabelle)` },
      h(
        "table",
        { class: "cards" },
        h("caption", { class: "sr-only" }, title),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Code"), h("th", { scope: "col" }, "Bezeichnung"), h("th", { scope: "col" }, "Beschreibung"), h("th", { scope: "col" }, "Aktion"))),
        h(
          "tbody",
          {},
          terms.map((t, i) =>
            h(
              "tr",
              {},
              cell(t, i, "code", "Code"),
              cell(t, i, "label", "Bezeichnung"),
              cell(t, i, "description", "Beschreibung"),
              h("td", { class: "actions" }, h("button", { type: "button", class: "link danger", "aria-label": `${t.label || t.code} aus ${title} entfernen`, onclick: () => (terms.splice(i, 1), redraw()) }, "Entfernen")),
            ),
          ),
        ),
      ),
    ),
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          terms.push({ code: "", label: "" });
          redraw();
          const added = inputs.get(`${key}[${terms.length - 1}].code`);
          openAndFocus(added!);
        },
      },
      `Eintrag zu ${title} hinzufügen`,
    ),
  );
  details.addEventListener("toggle", () => (details.open ? opened.add(key) : opened.delete(key)));
  return details;
}
