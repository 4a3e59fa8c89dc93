// Erhebung (role editor): the partner surveys of the waves. The list, a new survey,
// and per survey three tabs: the settings (respondents, roster, questions, master
// data, dates, consent text, contact, threshold), the personal links (mail-merge CSV)
// and the mailings with their log, and the dashboard (surveyDashboard.ts).

import { allows } from "../api/auth";
import { authHeaders, fileName, get, request, url } from "../api/client";
import { ApiError, toProblem } from "../api/problem";
import { questionLabels, dateLabel, type Questions } from "../api/survey";
import { fromForm, toForm, mailingKinds, surveyState, type Mailing, type Survey } from "../api/surveyAdmin";
import type { Ok } from "../api/types";
import { navigate } from "../router";
import { currentUser, getAll, loadSpaces, loadTaxonomy, options, spaceOptions } from "../state";
import { confirmDialog } from "../ui/confirm";
import { fmt, h, replace } from "../ui/dom";
import { save } from "../ui/download";
import { entityForm, type FieldSpec } from "../ui/form";
import { errorBox, loading } from "../ui/status";
import { sortableTable } from "../ui/table";
import { dashboardPanel } from "./surveyDashboard";

const title = "Erhebung";

const tabs = [
  { slug: "einstellungen", title: "Einstellungen" },
  { slug: "links", title: "Links und Versand" },
  { slug: "auswertung", title: "Auswertung" },
];

/** surveyRoute matches /erhebung, /erhebung/neu and /erhebung/{id}[/{tab}]. */
export const surveyRoute = new RegExp(`^/erhebung(?:/([^/]+)(?:/(${tabs.map((t) => t.slug).join("|")}))?)?$`);

export async function surveyView(main: HTMLElement, [id, slug]: string[]): Promise<void> {
  replace(main, h("h1", { tabindex: -1 }, title), loading("Die Erhebungen"));
  const me = await currentUser();
  if (!allows(me?.role, "editor")) {
    replace(main, h("h1", { tabindex: -1 }, title), h("p", { class: "notice" }, "Erhebungen planen und auswerten nur angemeldete Personen mit der Rolle „Bearbeiten“ oder „Verwalten“. ", h("a", { href: "/anmeldung", "data-link": true }, "Zur Anmeldung"), "."));
    return;
  }
  if (!id) return listPanel(main);
  if (id === "neu") return editPanel(main, null);
  let survey: Survey;
  try {
    survey = await get<Survey>(`/surveys/${encodeURIComponent(id)}`);
  } catch (err) {
    replace(main, h("h1", { tabindex: -1 }, title), errorBox(err, "Die Erhebung"));
    return;
  }
  const tab = tabs.find((t) => t.slug === slug) ?? tabs[0];
  const content = h("div", {});
  replace(
    main,
    h("p", { class: "crumbs" }, h("a", { href: "/erhebung", "data-link": true }, "Alle Erhebungen")),
    h("h1", { tabindex: -1 }, `${title}: ${survey.title}`),
    h(
      "nav",
      { "aria-label": "Bereiche der Erhebung", class: "tabs" },
      h("ul", {}, tabs.map((t) => h("li", {}, h("a", { href: `/erhebung/${encodeURIComponent(survey.id)}/${t.slug}`, "data-link": true, "aria-current": t === tab ? "page" : null }, t.title)))),
    ),
    content,
  );
  if (tab.slug === "einstellungen") await editPanel(content, survey);
  else if (tab.slug === "links") await linksPanel(content, survey);
  else await dashboardPanel(content, survey);
}

async function listPanel(main: HTMLElement): Promise<void> {
  let surveys: Survey[];
  let waveName: Map<string, string>;
  try {
    const [list, waves] = await Promise.all([get<Ok<"/surveys">>("/surveys"), getAll("/waves")]);
    surveys = list.items;
    waveName = new Map(waves.map((w) => [w.id, `${w.name} (${w.date})`]));
  } catch (err) {
    replace(main, h("h1", { tabindex: -1 }, title), errorBox(err, "Die Erhebungen"));
    return;
  }
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Eine Netzwerkerhebung fragt die Organisationen selbst nach ihren Kooperationen: jede bekommt einen persönlichen Link, kreuzt ihre Partner an und beantwortet Fragen zu jeder Zusammenarbeit. Die geprüften Antworten übernehmen Sie danach in die Erhebungswelle."),
    h("p", {}, h("a", { href: "/erhebung/neu", "data-link": true, class: "button primary" }, "Neue Erhebung anlegen")),
    surveys.length
      ? sortableTable(
          surveys,
          [
            { key: "title", label: "Erhebung", value: (s) => s.title, cell: (s) => h("a", { href: `/erhebung/${encodeURIComponent(s.id)}/auswertung`, "data-link": true }, s.title) },
            { key: "wave", label: "Welle", value: (s) => waveName.get(s.wave_id) ?? s.wave_id },
            { key: "opens", label: "Beginn", value: (s) => s.opens_at ?? "", cell: (s) => dateLabel(s.opens_at) },
            { key: "closes", label: "Ende", value: (s) => s.closes_at ?? "", cell: (s) => dateLabel(s.closes_at) },
            { key: "state", label: "Stand", value: (s) => surveyState(s) },
          ],
          { caption: "Erhebungen", sortKey: "opens", descending: true },
        )
      : h("p", {}, "Noch keine Erhebung angelegt."),
  );
}

/** editPanel edits a survey's settings, or creates one (survey null). */
async function editPanel(box: HTMLElement, survey: Survey | null): Promise<void> {
  let specs: FieldSpec[];
  try {
    const [tax, spaces, waves] = await Promise.all([loadTaxonomy(), loadSpaces(), getAll("/waves")]);
    const spaceOpts = spaceOptions(spaces).map((o) => ({ ...o, label: o.label.trim() }));
    specs = [
      { name: "title", label: "Titel", type: "text", required: true, hint: "Sehen die Befragten über ihren Fragen, zum Beispiel „Netzwerkerhebung 2027“." },
      { name: "wave_id", label: "Erhebungswelle", type: "select", required: true, options: waves.map((w) => ({ value: w.id, label: `${w.name} (${w.date})` })), hint: "In diese Welle werden die Antworten übernommen." },
      { name: "opens_at", label: "Beginn", type: "date", required: true },
      { name: "closes_at", label: "Ende", type: "date", required: true, hint: "Bis einschließlich dieses Tages gelten die Links; danach nimmt die Erhebung keine Antworten mehr an." },
      { name: "respondents.legal_domains", label: "Befragte: Rechtskreise", type: "checkboxes", options: options(tax.legal_domains), hint: "Keine Auswahl: alle Akteure werden befragt. Mehrere Filter gelten zusammen." },
      { name: "respondents.kinds", label: "Befragte: Akteursarten", type: "checkboxes", options: options(tax.actor_kinds) },
      { name: "respondents.social_spaces", label: "Befragte: Sozialräume", type: "checkboxes", options: spaceOpts },
      {
        name: "roster.mode",
        label: "Liste der Organisationen zum Ankreuzen",
        type: "select",
        required: true,
        options: [
          { value: "all", label: "Alle Akteure" },
          { value: "same_social_space", label: "Akteure desselben Sozialraums" },
          { value: "legal_domains", label: "Akteure dieser Rechtskreise" },
        ],
        hint: "Bis etwa 50 Einträge sehen die Befragten eine Liste zum Ankreuzen, darüber eine Suche.",
      },
      { name: "roster.legal_domains", label: "Liste: Rechtskreise", type: "checkboxes", options: options(tax.legal_domains), hint: "Nur bei „Akteure dieser Rechtskreise“." },
      { name: "questions", label: "Fragen zu jeder Kooperation", type: "checkboxes", options: (Object.keys(questionLabels) as (keyof Questions)[]).map((k) => ({ value: k, label: questionLabels[k] })), hint: "Die Intensität (1–4) wird immer gefragt." },
      { name: "master_data", label: "Die Befragten bestätigen oder korrigieren ihre Stammdaten und Angebote", type: "checkbox" },
      { name: "consent_text", label: "Einwilligung und Datenschutz", type: "textarea", required: !!survey, hint: survey ? "Zweck, Rechtsgrundlage, wer was sieht, Speicherdauer. Absätze durch eine Leerzeile trennen." : "Leer lassen: der deutsche Standardtext (Zweck, Rechtsgrundlage, wer was sieht, Speicherdauer) wird eingesetzt und lässt sich danach bearbeiten." },
      { name: "contact.name", label: "Ansprechperson", type: "text", required: true },
      { name: "contact.email", label: "E-Mail der Ansprechperson", type: "email", required: true },
      { name: "contact.phone", label: "Telefon der Ansprechperson", type: "tel" },
      { name: "threshold", label: "Mindest-Rücklaufquote in %", type: "number", min: 0, max: 100, step: "1", hint: "Darunter tragen alle Auswertungen dieser Welle einen Hinweis. Standard: 65 %." },
    ];
  } catch (err) {
    box.append(errorBox(err, "Die Auswahllisten"));
    return;
  }
  const outcome = h("div", {});
  const form = entityForm(specs, toForm(survey), survey ? "Einstellungen speichern" : "Erhebung anlegen", async (f) => {
    f.clearErrors();
    replace(outcome);
    const body = fromForm(f.read(toForm(survey)));
    try {
      const saved = survey
        ? await request<Survey>("PUT", `/surveys/${encodeURIComponent(survey.id)}`, { body })
        : await request<Survey>("POST", "/surveys", { body });
      if (!survey) return navigate(`/erhebung/${encodeURIComponent(saved.id)}/links`);
      survey = saved;
      replace(outcome, h("p", { class: "success", role: "status", tabindex: -1 }, "Die Einstellungen wurden gespeichert."));
      (outcome.firstElementChild as HTMLElement).focus();
    } catch (err) {
      if (err instanceof ApiError) f.showProblem(err.problem);
      else replace(outcome, errorBox(err, "Die Erhebung"));
    }
  });
  if (!survey) replace(box, h("p", { class: "crumbs" }, h("a", { href: "/erhebung", "data-link": true }, "Alle Erhebungen")), h("h1", { tabindex: -1 }, "Neue Erhebung"));
  box.append(outcome, form.element);
  if (survey) box.append(deletePart(survey));
}

function deletePart(survey: Survey): HTMLElement {
  const out = h("div", {});
  const button = h("button", { type: "button", class: "danger" }, "Erhebung löschen");
  button.addEventListener("click", async () => {
    const yes = await confirmDialog({
      title: `Erhebung „${survey.title}“ löschen?`,
      body: h("p", {}, "Mit ihr werden alle Links ungültig und alle Antworten gelöscht. Was bereits in die Welle übernommen wurde, bleibt."),
      confirmLabel: "Erhebung löschen",
      danger: true,
    });
    if (!yes) return;
    try {
      await request("DELETE", `/surveys/${encodeURIComponent(survey.id)}`, { query: { version: survey.version } });
      navigate("/erhebung");
    } catch (err) {
      replace(out, errorBox(err, "Das Löschen"));
    }
  });
  return h("section", { class: "danger-zone" }, h("h2", {}, "Löschen"), button, out);
}

/** postFile posts to path with the signed-in token and saves the file it answers. */
async function postFile(path: string, body: unknown, fallback: string): Promise<{ name: string; rows: number }> {
  let res: Response;
  try {
    res = await fetch(url(path), { method: "POST", headers: { ...authHeaders(), "Content-Type": "application/json", Accept: "text/csv, application/problem+json" }, body: JSON.stringify(body) });
  } catch {
    throw new ApiError(toProblem(0, null));
  }
  const text = await res.text();
  if (!res.ok) {
    let data: unknown = null;
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
    throw new ApiError(toProblem(res.status, data));
  }
  const name = fileName(res.headers.get("Content-Disposition"), fallback);
  save(name, new Blob([text], { type: res.headers.get("Content-Type") ?? "text/csv" }));
  return { name, rows: Math.max(0, text.split(/\r?\n/).filter((l) => l.trim()).length - 1) };
}

/** recipients lists the organisations of a mailing that got no mail, with the reason. */
function recipients(list: Mailing["failed"], reason: boolean): Node | string {
  if (!list?.length) return "0";
  return h("details", { class: "fold" }, h("summary", {}, fmt(list.length)), h("ul", {}, list.map((r) => h("li", {}, r.name, reason && r.error ? `: ${r.error}` : ""))));
}

async function linksPanel(box: HTMLElement, survey: Survey): Promise<void> {
  const linkStatus = h("div", { role: "status" });
  const makeLinks = h("button", { type: "button", class: "primary" }, "Links erzeugen und als CSV herunterladen") as HTMLButtonElement;
  makeLinks.addEventListener("click", async () => {
    const yes = await confirmDialog({
      title: "Neue persönliche Links erzeugen?",
      body: [
        h("p", {}, "Jede befragte Organisation bekommt einen neuen Link. Links, die vorher erzeugt wurden, bleiben gültig, bis Sie sie widerrufen oder die Erhebung endet; gespeicherte Antworten bleiben erhalten."),
        h("p", {}, "Die CSV-Datei enthält die Links im Klartext: Bewahren Sie sie sicher auf und löschen Sie sie nach dem Versand."),
      ],
      confirmLabel: "Links erzeugen",
    });
    if (!yes) return;
    makeLinks.disabled = true;
    replace(linkStatus, "Links werden erzeugt …");
    try {
      const f = await postFile(`/surveys/${encodeURIComponent(survey.id)}/links`, {}, "erhebung-links.csv");
      replace(linkStatus, h("p", { class: "success" }, `${fmt(f.rows)} Links erzeugt und als ${f.name} heruntergeladen (für den Serienbrief: Name, E-Mail, Link).`));
    } catch (err) {
      replace(linkStatus, errorBox(err, "Die Links"));
    } finally {
      makeLinks.disabled = false;
    }
  });

  const revokeStatus = h("div", { role: "status" });
  const revoke = h("button", { type: "button", class: "danger" }, "Alle Links widerrufen") as HTMLButtonElement;
  revoke.addEventListener("click", async () => {
    const yes = await confirmDialog({
      title: "Alle Links dieser Erhebung widerrufen?",
      body: h("p", {}, "Keiner der bisher erzeugten oder versandten Links öffnet die Erhebung dann noch. Gespeicherte Antworten bleiben erhalten; neue Links können Sie jederzeit erzeugen."),
      confirmLabel: "Alle Links widerrufen",
      danger: true,
    });
    if (!yes) return;
    try {
      const res = await request<Ok<"/surveys/{id}/links/revoke", "post">>("POST", `/surveys/${encodeURIComponent(survey.id)}/links/revoke`, { body: {} });
      replace(revokeStatus, h("p", { class: "success" }, `${fmt(res.revoked)} Links widerrufen.`));
    } catch (err) {
      replace(revokeStatus, errorBox(err, "Das Widerrufen"));
    }
  });
  const log = h("div", {});
  const drawLog = async () => {
    replace(log, loading("Das Versandprotokoll"));
    try {
      const items = await get<Mailing[]>(`/surveys/${encodeURIComponent(survey.id)}/mailings`);
      replace(
        log,
        items.length
          ? sortableTable(
              items,
              [
                { key: "at", label: "Zeitpunkt", value: (m) => m.at, cell: (m) => new Date(m.at).toLocaleString("de-DE", { dateStyle: "medium", timeStyle: "short" }) },
                { key: "kind", label: "Art", value: (m) => mailingKinds[m.kind] ?? m.kind },
                { key: "by", label: "Von", value: (m) => m.by },
                { key: "sent", label: "Versandt", numeric: true, value: (m) => m.sent?.length ?? 0 },
                { key: "failed", label: "Nicht zugestellt", numeric: true, value: (m) => m.failed?.length ?? 0, cell: (m) => recipients(m.failed, true) },
                { key: "none", label: "Ohne E-Mail-Adresse", numeric: true, value: (m) => m.no_address?.length ?? 0, cell: (m) => recipients(m.no_address, false) },
              ],
              { caption: "Versandprotokoll", sortKey: "at", descending: true },
            )
          : h("p", {}, "Noch nichts versandt."),
      );
    } catch (err) {
      replace(log, errorBox(err, "Das Versandprotokoll"));
    }
  };
  const mailStatus = h("div", { role: "status" });
  const send = (kind: "invitation" | "reminder") => async () => {
    const yes = await confirmDialog({
      title: kind === "invitation" ? "Einladungen versenden?" : "Erinnerungen versenden?",
      body: h(
        "p",
        {},
        kind === "invitation"
          ? "Jede befragte Organisation mit E-Mail-Adresse bekommt eine Einladung mit einem neuen persönlichen Link."
          : "Nur Organisationen, die noch nicht abgesendet haben, bekommen eine Erinnerung mit einem neuen persönlichen Link.",
      ),
      confirmLabel: kind === "invitation" ? "Einladungen versenden" : "Erinnerungen versenden",
    });
    if (!yes) return;
    replace(mailStatus, "Wird versandt …");
    try {
      const m = await request<Mailing>("POST", `/surveys/${encodeURIComponent(survey.id)}/mailings`, { body: { kind } });
      const failed = (m.failed?.length ?? 0) + (m.no_address?.length ?? 0);
      replace(mailStatus, h("p", { class: failed ? "notice" : "success" }, `${fmt(m.sent?.length ?? 0)} ${kind === "invitation" ? "Einladungen" : "Erinnerungen"} versandt${failed ? `, ${fmt(failed)} nicht (siehe Protokoll)` : ""}.`));
    } catch (err) {
      replace(mailStatus, errorBox(err, "Der Versand"));
    }
    await drawLog();
  };
  box.append(
    h("h2", {}, "Persönliche Links"),
    h("p", { class: "lead" }, "Jede befragte Organisation bekommt einen eigenen Link. Er gilt nur für sie und diese Erhebung und endet mit der Erhebung. Gespeichert wird nur ein Prüfwert, daher lässt sich ein Link später nicht mehr anzeigen, nur neu erzeugen oder widerrufen."),
    h("div", { class: "tools" }, makeLinks, revoke),
    linkStatus,
    revokeStatus,
    h("h2", {}, "Versand per E-Mail"),
    h("div", { class: "tools" }, h("button", { type: "button", onclick: send("invitation") }, "Einladungen versenden"), h("button", { type: "button", onclick: send("reminder") }, "Erinnerungen versenden")),
    mailStatus,
    log,
  );
  await drawLog();
}
