// Verzeichnis pflegen: what keeps the public counselling directory (/beratung)
// current. Visitors' reports ("Angebot fehlt?", "Fehler melden") wait here until an
// editor marks them done or rejects them, with a note; nothing a visitor writes is
// published by itself. Entries not confirmed for the server's limit (12 months by
// default) are listed with "Bestätigen"; their providers can be sent a personal
// link (shown once, or by e-mail) with which they confirm or correct their entries
// themselves; corrections come back as reports marked as the provider's. The
// reports link the entry's edit form.

import { request } from "../api/client";
import type { paths } from "../api/schema";
import type { DirectoryReport, StaleEntry } from "../api/types";
import { fmt, h, replace, uid } from "../ui/dom";
import { shownOnce } from "../ui/shownOnce";
import { errorBox, loading } from "../ui/status";

type ProviderLink = paths["/api/v1/directory/provider-links"]["post"]["responses"][201]["content"]["application/json"];

const title = "Verzeichnis pflegen";

/** germanDate writes an ISO date or time as DD.MM.YYYY. */
function germanDate(iso: string | undefined): string {
  if (!iso) return "–";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}.${m}.${y}`;
}

/** editLink links the offer's edit form in Daten. */
function editLink(id: string, name: string): HTMLElement {
  return h("a", { href: `/daten/angebote?bearbeiten=${encodeURIComponent(id)}`, "data-link": true, "aria-label": `Eintrag bearbeiten: „${name}“` }, "Eintrag bearbeiten");
}

/** reportTitle names what a report is about. */
function reportTitle(r: DirectoryReport): string {
  if (r.kind === "missing") return `Angebot fehlt: ${r.name ?? ""}`;
  return `${r.from_provider ? "Korrektur vom Anbieter" : "Fehler"} in „${r.offer_name ?? r.offer_id ?? ""}“`;
}

/** reportFacts lists what a report says, as term and description. */
function reportFacts(r: DirectoryReport): [string, string | undefined][] {
  const contact: [string, string] = ["Kontakt", r.contact || "keiner angegeben"];
  if (r.kind === "missing") return [["Träger", r.provider], ["Ort", r.place], ["Was es bietet", r.text], contact];
  const fixes: [string, string][] = (r.corrections ?? []).map((c) => [
    `${c.label} stimmt nicht`,
    `bisher: ${c.shown || "keine Angabe"}${c.new ? `; richtig: ${c.new}` : ""}`,
  ]);
  return [...(r.from_provider ? [["Von", "dem Anbieter selbst (Bestätigungslink)"] as [string, string]] : []), ...fixes, ["Was nicht stimmt", r.text || "–"], contact];
}

/** providerLinks lists the providers of outdated entries, each with a button that
 * makes its personal link (shown once) and, where mail is set up and the provider has
 * an address, one that sends it by e-mail. */
function providerLinks(items: StaleEntry[], mail: boolean): HTMLElement {
  const providers = new Map<string, { name: string; mail: boolean; count: number }>();
  for (const e of items) {
    const p = providers.get(e.provider_id) ?? { name: e.provider, mail: e.provider_mail, count: 0 };
    p.count++;
    providers.set(e.provider_id, p);
  }
  const list = h("ul", { class: "provider-links" });
  for (const [id, p] of providers) {
    const out = h("div", {});
    const make = async (send: boolean, buttons: HTMLButtonElement[]) => {
      buttons.forEach((b) => (b.disabled = true));
      try {
        const l = await request<ProviderLink>("POST", "/directory/provider-links", { body: { actor_id: id, mail: send } });
        const until = new Date(l.expires_at).toLocaleDateString("de-DE", { dateStyle: "medium" });
        const sent = l.mailed_to
          ? h("p", {}, `Per E-Mail gesendet an ${l.mailed_to}.`)
          : l.mail_error
            ? h("p", { class: "error" }, l.mail_error)
            : null;
        replace(out, shownOnce({
          title: `Bestätigungslink für „${p.name}“`,
          explain: `Geben Sie ihn dem Anbieter weiter; mit ihm bestätigt oder korrigiert er seine Einträge. Er gilt bis ${until}; ein früherer Link für „${p.name}“ gilt nicht mehr.`,
          label: "Bestätigungslink",
          value: l.url,
          what: "Der Link",
        }, sent));
        (out.querySelector("h3") as HTMLElement).focus();
      } catch (err) {
        replace(out, errorBox(err, "Der Bestätigungslink"));
      }
      buttons.forEach((b) => (b.disabled = false));
    };
    const create = h("button", { type: "button", "aria-label": `Bestätigungslink erstellen: „${p.name}“` }, "Bestätigungslink erstellen") as HTMLButtonElement;
    const send = mail && p.mail ? (h("button", { type: "button", "aria-label": `Bestätigungslink per E-Mail senden: „${p.name}“` }, "per E-Mail senden") as HTMLButtonElement) : null;
    const buttons = send ? [create, send] : [create];
    create.addEventListener("click", () => void make(false, buttons));
    send?.addEventListener("click", () => void make(true, buttons));
    list.append(h("li", { class: "provider-link" },
      h("p", {}, h("strong", {}, p.name), ` – ${p.count === 1 ? "1 veralteter Eintrag" : `${fmt(p.count)} veraltete Einträge`}`),
      h("p", { class: "buttons" }, create, send ? " " : null, send),
      out));
  }
  return list;
}

export async function directoryUpkeepView(main: HTMLElement): Promise<void> {
  const status = h("div", { role: "status", class: "upkeep-status" });
  const body = h("div", {}, loading("Die Meldungen"));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Meldungen aus der öffentlichen Beratungssuche und Einträge, die lange nicht bestätigt wurden. Was Besucherinnen und Besucher melden, erscheint nie von selbst im Verzeichnis: Sie prüfen es, ändern den Eintrag und entscheiden die Meldung."),
    status,
    body,
  );
  let open: DirectoryReport[], decided: DirectoryReport[], outdated: { max_age_months: number; mail: boolean; items: StaleEntry[] };
  try {
    [open, decided, outdated] = await Promise.all([
      request<{ items: DirectoryReport[] }>("GET", "/directory/reports").then((r) => r.items),
      request<{ items: DirectoryReport[] }>("GET", "/directory/reports", { query: { status: "decided" } }).then((r) => r.items),
      request<{ max_age_months: number; mail: boolean; items: StaleEntry[] }>("GET", "/directory/outdated"),
    ]);
  } catch (err) {
    replace(body, errorBox(err, "Die Meldungen"));
    return;
  }
  const say = (text: string) => replace(status, h("p", { class: "success" }, text));

  const openHead = h("h2", { id: "open-h" }, "");
  const openList = h("ul", { class: "upkeep-reports", "aria-labelledby": "open-h" });
  const countOpen = () => {
    const n = openList.children.length;
    openHead.textContent = `Offene Meldungen (${fmt(n)})`;
    if (!n) openList.after(h("p", { id: "open-none" }, "Keine offenen Meldungen."));
  };
  const decidedBody = h("tbody", {});
  const decidedRow = (r: DirectoryReport) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, reportTitle(r)),
      h("td", {}, r.status === "done" ? "erledigt" : "abgelehnt"),
      h("td", {}, r.decided_by ?? ""),
      h("td", {}, germanDate(r.decided_at)),
      h("td", {}, r.note ?? ""),
    );
  decidedBody.append(...decided.map(decidedRow));

  for (const r of open) {
    const noteId = uid("note");
    const note = h("textarea", { id: noteId, rows: 2, maxlength: 1000 }) as HTMLTextAreaElement;
    const done = h("button", { type: "button", class: "primary" }, "Erledigt") as HTMLButtonElement;
    const reject = h("button", { type: "button" }, "Ablehnen") as HTMLButtonElement;
    const error = h("div", {});
    const headId = uid("rep");
    const facts = reportFacts(r);
    const item = h(
      "li",
      { class: "upkeep-report" },
      h("article", { "aria-labelledby": headId },
        h("h3", { id: headId }, reportTitle(r)),
        h("p", { class: "hint" }, `Eingegangen am ${germanDate(r.created_at)}`),
        h("dl", {}, facts.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v ?? "")])),
        r.kind === "error" && r.offer_id
          ? h("p", {}, editLink(r.offer_id, r.offer_name ?? r.offer_id), " · ", h("a", { href: `/beratung/angebot/${encodeURIComponent(r.offer_id)}` }, "Öffentliche Seite"))
          : h("p", {}, h("a", { href: "/daten/angebote", "data-link": true }, "Angebote in den Daten anlegen")),
        h("div", { class: "field" }, h("label", { for: noteId }, "Notiz zur Entscheidung (freiwillig)"), note),
        h("p", { class: "buttons" }, done, " ", reject),
        error,
      ),
    );
    const decide = async (decision: "done" | "rejected") => {
      done.disabled = reject.disabled = true;
      try {
        const saved = await request<DirectoryReport>("POST", `/directory/reports/${encodeURIComponent(r.id)}/decision`, { body: { status: decision, note: note.value } });
        item.remove();
        decidedBody.prepend(decidedRow(saved));
        countOpen();
        say(`„${reportTitle(r)}“ ist ${decision === "done" ? "erledigt" : "abgelehnt"}.`);
        openHead.focus();
      } catch (err) {
        replace(error, errorBox(err, "Die Entscheidung"));
        done.disabled = reject.disabled = false;
      }
    };
    done.addEventListener("click", () => void decide("done"));
    reject.addEventListener("click", () => void decide("rejected"));
    openList.append(item);
  }
  openHead.setAttribute("tabindex", "-1");

  const staleHead = h("h2", { id: "stale-h", tabindex: -1 }, "");
  const staleBody = h("tbody", {});
  const countStale = () => {
    staleHead.textContent = `Veraltete Einträge (${fmt(staleBody.children.length)})`;
  };
  for (const e of outdated.items) {
    const confirm = h("button", { type: "button", "aria-label": `Bestätigen: „${e.name}“` }, "Bestätigen") as HTMLButtonElement;
    const row = h(
      "tr",
      {},
      h("th", { scope: "row" }, e.name, h("br", {}), editLink(e.offer_id, e.name)),
      h("td", {}, e.provider),
      h("td", {}, e.last_confirmed ? germanDate(e.last_confirmed) : "nie"),
      h("td", {}, germanDate(e.updated_at)),
      h("td", {}, confirm),
    );
    confirm.addEventListener("click", async () => {
      confirm.disabled = true;
      try {
        await request("POST", `/directory/offers/${encodeURIComponent(e.offer_id)}/confirmation`);
        row.remove();
        countStale();
        say(`„${e.name}“ ist bestätigt; die öffentliche Seite zeigt den Stand von heute.`);
        staleHead.focus();
      } catch (err) {
        confirm.disabled = false;
        replace(status, errorBox(err, "Die Bestätigung"));
      }
    });
    staleBody.append(row);
  }

  replace(
    body,
    h("section", { "aria-labelledby": "open-h" }, openHead, openList),
    h(
      "section",
      { "aria-labelledby": "stale-h" },
      staleHead,
      h("p", { class: "hint" }, `Einträge, die seit mehr als ${fmt(outdated.max_age_months)} Monaten nicht bestätigt wurden. Fragen Sie beim Träger nach, ändern Sie den Eintrag, wenn nötig, und bestätigen Sie ihn dann.`),
      h(
        "div",
        { class: "table-wrap", role: "region", tabindex: 0, "aria-label": "Veraltete Einträge (Tabelle)" },
        h("table", {}, h("caption", {}, "Nicht bestätigte Einträge, die ältesten zuerst"),
          h("thead", {}, h("tr", {}, ["Angebot", "Träger", "Zuletzt bestätigt", "Zuletzt geändert", "Aktion"].map((c) => h("th", { scope: "col" }, c)))),
          staleBody),
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "links-h" },
      h("h2", { id: "links-h" }, "Anbieter um Bestätigung bitten"),
      h("p", { class: "hint" }, "Ein persönlicher Link öffnet dem Anbieter seine Einträge, so wie die Öffentlichkeit sie sieht: Er bestätigt sie mit einem Klick oder schickt eine Korrektur, die hier als Meldung erscheint. Ein neuer Link ersetzt den vorigen desselben Anbieters."
        + (outdated.mail ? "" : " Es ist kein E-Mail-Versand eingerichtet: Kopieren Sie den Link und geben Sie ihn weiter.")),
      outdated.items.length ? providerLinks(outdated.items, outdated.mail) : h("p", {}, "Keine veralteten Einträge."),
    ),
    h(
      "section",
      { "aria-labelledby": "decided-h" },
      h("h2", { id: "decided-h" }, "Entschiedene Meldungen"),
      h(
        "div",
        { class: "table-wrap", role: "region", tabindex: 0, "aria-label": "Entschiedene Meldungen (Tabelle)" },
        h("table", {}, h("caption", {}, "Die zuletzt entschiedenen zuerst"),
          h("thead", {}, h("tr", {}, ["Meldung", "Entscheidung", "Von", "Am", "Notiz"].map((c) => h("th", { scope: "col" }, c)))),
          decidedBody),
      ),
    ),
  );
  countOpen();
  countStale();
}
