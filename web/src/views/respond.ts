// The respondent's pages (/umfrage#<secret>): public, no account, German, mobile first.
// Steps: consent → partners (a checklist, or search with autocomplete for a long
// roster, and "Organisation fehlt") → the questions on each partner → the own master
// data (if asked) → review and submit → receipt with a print view. Answers are saved
// on every step and on request, so that the same link continues later. This module is
// its own chunk: it loads neither the map nor the analyses.

import "./respond.css";
import { ApiError, type Problem } from "../api/problem";
import { storeNotice } from "../api/client";
import {
  checkTie,
  dateLabel,
  directionLabels,
  invalidLink,
  matchRoster,
  maxNote,
  parseTieField,
  ratingLabels,
  respond,
  scaleLabels,
  takeSecret,
  tieField,
  type Direction,
  type Named,
  type Proposal,
  type Scale,
  type Tie,
} from "../api/survey";
import { addProposal, masterChanged, partnerName, readInvitation, removeProposal, writeAnswers, type Invitation, type MasterForm } from "../api/respondWire";
import type { components } from "../api/schema";
import { object, records, str } from "../api/shape";
import { append, h, replace, uid, type Child } from "../ui/dom";

type Saved = components["schemas"]["Saved"];

type Step = "consent" | "partners" | "questions" | "master" | "review";

const stepTitles: Record<Step, string> = {
  consent: "Einwilligung",
  partners: "Partner",
  questions: "Fragen zu den Partnern",
  master: "Eigene Angaben",
  review: "Überprüfen und absenden",
};

/** masterFields are the own master data the respondent may confirm or correct. */
const masterFields: { name: Exclude<keyof MasterForm, "offers">; path: string; label: string; type: string; autocomplete: string }[] = [
  { name: "name", path: "master_data.name", label: "Name der Organisation", type: "text", autocomplete: "organization" },
  { name: "street", path: "master_data.address.street", label: "Straße und Hausnummer", type: "text", autocomplete: "street-address" },
  { name: "postal_code", path: "master_data.address.postal_code", label: "Postleitzahl", type: "text", autocomplete: "postal-code" },
  { name: "city", path: "master_data.address.city", label: "Ort", type: "text", autocomplete: "address-level2" },
  { name: "website", path: "master_data.website", label: "Website", type: "url", autocomplete: "url" },
  { name: "email", path: "master_data.email", label: "E-Mail-Adresse", type: "email", autocomplete: "email" },
  { name: "phone", path: "master_data.phone", label: "Telefon", type: "tel", autocomplete: "tel" },
];

/** Session is the state of one respondent's visit. */
interface Session {
  secret: string;
  inv: Invitation;
  step: Step;
  /** errors are the messages to show, by wire path ("ties[2].trust", "consent", "proposals[0].name"). */
  errors: Map<string, string>;
  main: HTMLElement;
  saved: HTMLElement;
}

const main = document.getElementById("main")!;
frame();
void start();
// Another link opened in this tab (only the part after # changes): show its survey.
window.addEventListener("hashchange", () => location.hash.length > 1 && void start());

/** frame replaces the application's header: a respondent has no menu and no account. */
function frame(): void {
  const top = document.querySelector("header.top");
  top?.replaceChildren(h("span", { class: "brand" }, "Netzwerkatlas"), h("span", { class: "user" }, "Netzwerkerhebung"));
  document.body.classList.add("respondent");
}

async function start(): Promise<void> {
  document.title = "Netzwerkerhebung – Netzwerkatlas";
  replace(main, h("p", { class: "status", role: "status" }, "Die Erhebung wird geladen …"));
  const secret = takeSecret();
  if (!secret) return invalid();
  let inv: Invitation;
  try {
    inv = readInvitation(await respond(secret, "GET", ""));
  } catch (err) {
    if (invalidLink(err)) return invalid();
    replace(main, h("h1", { tabindex: -1 }, "Netzwerkerhebung"), problemBox(err, false), h("button", { type: "button", onclick: () => void start() }, "Erneut versuchen"));
    return;
  }
  const s: Session = { secret, inv, step: inv.consent ? "partners" : "consent", errors: new Map(), main, saved: h("p", { class: "saved", role: "status" }) };
  if (inv.state === "submitted") return receipt(s, false);
  if (inv.state === "closed" || inv.state === "planned") return closed(s);
  draw(s);
}

/** invalid is the one page for every link that does not work, saying nothing of why. */
function invalid(): void {
  document.title = "Link ungültig oder abgelaufen – Netzwerkatlas";
  replace(
    main,
    h("h1", { tabindex: -1 }, "Link ungültig oder abgelaufen"),
    h("p", {}, "Mit diesem Link lässt sich keine Erhebung öffnen. Vielleicht ist die Erhebung beendet, oder der Link wurde nicht vollständig kopiert."),
    h("p", {}, "Bitte öffnen Sie den Link aus Ihrer Einladung noch einmal, oder wenden Sie sich an die Person, die Sie eingeladen hat."),
  );
  main.querySelector("h1")!.focus();
}

function steps(s: Session): Step[] {
  return ["consent", "partners", "questions", ...(s.inv.survey.master_data ? (["master"] as Step[]) : []), "review"];
}

/** draw shows the current step with the step list, its content and the navigation. */
function draw(s: Session, focus: string | null = "h2"): void {
  const list = steps(s);
  const at = list.indexOf(s.step);
  document.title = `${stepTitles[s.step]} – ${s.inv.survey.title} – Netzwerkatlas`;
  const body = h("div", { class: "step-body" });
  if (s.step === "consent") consentStep(s, body);
  else if (s.step === "partners") partnersStep(s, body);
  else if (s.step === "questions") questionsStep(s, body);
  else if (s.step === "master") masterStep(s, body);
  else reviewStep(s, body);
  const back = at > 0 ? h("button", { type: "button", onclick: () => void go(s, list[at - 1], false) }, "Zurück") : null;
  const next =
    s.step === "review"
      ? h("button", { type: "button", class: "primary", onclick: () => void submit(s) }, "Antworten absenden")
      : h("button", { type: "button", class: "primary", onclick: () => void go(s, list[at + 1], true) }, "Weiter");
  const keep = s.step !== "consent" ? h("button", { type: "button", onclick: () => void save(s) }, "Zwischenspeichern") : null;
  replace(
    s.main,
    h("h1", { tabindex: -1 }, s.inv.survey.title),
    h("p", { class: "org" }, "Für: ", h("strong", {}, s.inv.organisation.name)),
    h(
      "nav",
      { "aria-label": "Fortschritt" },
      h(
        "ol",
        { class: "steps" },
        list.map((st, i) => h("li", { "aria-current": st === s.step ? "step" : null, class: i < at ? "done" : null }, stepTitles[st])),
      ),
    ),
    h("h2", { tabindex: -1, id: "step-title" }, `Schritt ${at + 1} von ${list.length}: ${stepTitles[s.step]}`),
    errorSummary(s),
    body,
    h("div", { class: "tools step-nav" }, back, keep, next),
    s.saved,
  );
  if (focus === "h2") (s.main.querySelector("h2") as HTMLElement).focus();
  else if (focus) (document.getElementById(focus) ?? s.main.querySelector("h2"))?.focus();
}

/** go moves to another step; forward, the current step is checked and the answers saved first. */
async function go(s: Session, to: Step, forward: boolean): Promise<void> {
  if (forward) {
    s.errors = localErrors(s, s.step);
    if (s.errors.size) return draw(s, "error-summary");
    if (!(await save(s))) return;
  }
  s.step = to;
  draw(s);
}

/** localErrors checks a step (all steps for "review") before anything is sent. */
function localErrors(s: Session, step: Step): Map<string, string> {
  const out = new Map<string, string>();
  if ((step === "consent" || step === "review") && !s.inv.consent) out.set("consent", "Bitte bestätigen Sie die Einwilligung, um fortzufahren.");
  if (step === "questions" || step === "review") {
    s.inv.ties.forEach((t, i) => {
      for (const [f, m] of checkTie(t)) out.set(tieField(i, f), m);
    });
  }
  if (step === "partners" || step === "review") {
    s.inv.proposals.forEach((p, i) => {
      if (!p.name.trim()) out.set(`proposals[${i}].name`, "Bitte den Namen der fehlenden Organisation angeben.");
    });
  }
  return out;
}

/** errorSummary lists the messages with links to their fields, or nothing. */
function errorSummary(s: Session): HTMLElement | null {
  if (!s.errors.size) return null;
  return h(
    "div",
    { class: "error-summary", role: "alert", tabindex: -1, id: "error-summary" },
    h("h3", {}, s.errors.size === 1 ? "Bitte prüfen Sie eine Angabe" : `Bitte prüfen Sie ${s.errors.size} Angaben`),
    h(
      "ul",
      {},
      [...s.errors].map(([path, msg]) => {
        const where = describePath(s, path);
        const step = stepOf(path);
        return h(
          "li",
          {},
          step
            ? h("a", { href: "#" + fieldId(path), onclick: (ev: Event) => (ev.preventDefault(), step === s.step ? document.getElementById(fieldId(path))?.focus() : ((s.step = step), draw(s, fieldId(path)))) }, where ? `${where}: ` : "", msg)
            : msg,
        );
      }),
    ),
  );
}

/** stepOf names the step that edits a wire path; null for messages about the whole. */
function stepOf(path: string): Step | null {
  if (path === "consent") return "consent";
  if (path.startsWith("ties")) return "questions";
  if (path.startsWith("proposals")) return "partners";
  if (path.startsWith("master_data")) return "master";
  return null;
}

/** describePath names a wire path in German ("Stadtwerke, Vertrauen"). */
function describePath(s: Session, path: string): string {
  const tie = parseTieField(path);
  if (tie) {
    const t = s.inv.ties[tie.index];
    const who = t ? partnerName(s.inv, t.partner) : `Partner ${tie.index + 1}`;
    return tie.field ? `${who}, ${fieldLabels[tie.field]}` : who;
  }
  const p = /^proposals\[(\d+)\]/.exec(path);
  if (p) return `Fehlende Organisation ${Number(p[1]) + 1}`;
  if (path.startsWith("master_data")) return masterFields.find((f) => path.startsWith(f.path))?.label ?? (path.startsWith("master_data.offers") ? "Angebote" : "Eigene Angaben");
  return path === "consent" ? "Einwilligung" : "";
}

/** fieldLabels name a tie's fields in German. */
const fieldLabels: Record<keyof Tie, string> = { partner: "Partner", kinds: "Art der Zusammenarbeit", ...ratingLabels, direction: "Richtung", since: "Seit wann", note: "Anmerkungen" };

/** fieldId is the element ID of the control that edits a wire path. */
function fieldId(path: string): string {
  const tie = parseTieField(path);
  const p = tie ? tieField(tie.index, tie.field || "partner") : path.replace(/\[\d+\]$/, "");
  return "f-" + p.replace(/[^\w]+/g, "-").replace(/-$/, "");
}

/** message returns the error element of a wire path (hidden when there is none) and its ID. */
function message(s: Session, path: string): { el: HTMLElement; id: string; invalid: boolean } {
  const id = fieldId(path) + "-err";
  const msg = s.errors.get(path);
  return { el: h("p", { class: "field-error", id, hidden: !msg }, msg ?? ""), id, invalid: !!msg };
}

function consentStep(s: Session, box: HTMLElement): void {
  const c = s.inv.survey.contact;
  const err = message(s, "consent");
  const check = h("input", { type: "checkbox", id: fieldId("consent"), checked: s.inv.consent, "aria-describedby": err.id, "aria-invalid": err.invalid ? "true" : null }) as HTMLInputElement;
  check.addEventListener("change", () => (s.inv.consent = check.checked));
  append(box, [
    h("p", { class: "lead" }, "Mit dieser Erhebung erfasst die Netzwerkkoordination, welche Organisationen zusammenarbeiten. Ihre Angaben helfen, Lücken zu erkennen und Partner zusammenzubringen."),
    h("section", { class: "consent-text", "aria-labelledby": "consent-h" }, h("h3", { id: "consent-h" }, "Hinweise zum Datenschutz"), paragraphs(s.inv.survey.consent_text)),
    c.name || c.email || c.phone
      ? h("p", {}, "Fragen beantwortet: ", [c.name, c.email ? h("a", { href: "mailto:" + c.email }, c.email) : null, c.phone].filter(Boolean).flatMap((x, i) => (i ? [", ", x] : [x])) as Child[])
      : null,
    s.inv.survey.closes_at ? h("p", {}, "Teilnahme möglich bis ", h("strong", {}, dateLabel(s.inv.survey.closes_at)), ".") : null,
    h("div", { class: "field check big" + (err.invalid ? " invalid" : "") }, h("label", { for: check.id }, check, " Ich habe die Hinweise gelesen und willige in die Verarbeitung meiner Angaben ein."), err.el),
  ]);
}

/** paragraphs turns a text with blank lines into paragraphs. */
function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => h("p", {}, p));
}

/** tick adds a partner (with an empty answer) or removes it with its answer. */
function tick(s: Session, n: Named, on: boolean): void {
  const i = s.inv.ties.findIndex((t) => t.partner === n.id);
  if (on && i < 0) {
    s.inv.ties.push({ partner: n.id, kinds: [] });
    s.inv.names.set(n.id, n.name);
  } else if (!on && i >= 0) s.inv.ties.splice(i, 1);
}

function partnersStep(s: Session, box: HTMLElement): void {
  const ticked = h("div", {});
  // Drawn anew when a partner is added; one unticked stays in the list (focus stays, and it can be ticked again).
  const drawTicked = () => {
    if (s.inv.roster.length) return;
    const list = s.inv.ties.filter((t) => !t.partner.startsWith("new:")).map((t) => ({ id: t.partner, name: partnerName(s.inv, t.partner) }));
    replace(
      ticked,
      h(
        "fieldset",
        { class: "roster" },
        h("legend", {}, `Ihre Partner (${list.length})`),
        list.length
          ? h("ul", { class: "check-list" }, list.map((n) => h("li", {}, checkRow(n, true, (on) => tick(s, n, on)))))
          : h("p", { class: "hint" }, "Noch keine Partner gewählt. Suchen Sie oben nach dem Namen."),
      ),
    );
  };
  box.append(h("p", { class: "lead" }, "Mit welchen Organisationen hat Ihre Organisation in den letzten zwölf Monaten zusammengearbeitet? Wählen Sie alle aus, auch wenn der Kontakt selten war."));
  if (s.inv.roster.length) {
    const chosen = new Set(s.inv.ties.map((t) => t.partner));
    const rows = new Map(s.inv.roster.map((n) => [n.id, h("li", {}, checkRow(n, chosen.has(n.id), (on) => tick(s, n, on)))]));
    const filterId = uid("roster-filter");
    const said = h("p", { class: "hint", role: "status", id: filterId + "-said" });
    const filter = h("input", { type: "search", id: filterId, autocomplete: "off", "aria-describedby": said.id }) as HTMLInputElement;
    filter.addEventListener("input", () => {
      const q = filter.value.trim();
      const shown = q ? new Set(matchRoster(s.inv.roster, q, s.inv.roster.length).map((n) => n.id)) : null;
      for (const [id, li] of rows) li.hidden = !!shown && !shown.has(id);
      replace(said, shown ? `${shown.size} von ${s.inv.roster.length} Organisationen angezeigt.` : "");
    });
    box.append(
      h("div", { class: "field" }, h("label", { for: filterId }, "Liste filtern (optional)"), filter, said),
      h("fieldset", { class: "roster" }, h("legend", {}, `Organisationen (${s.inv.roster.length})`), h("ul", { class: "check-list" }, [...rows.values()])),
    );
  } else {
    box.append(
      combobox(s, (n) => {
        tick(s, n, true);
        drawTicked();
      }),
      ticked,
    );
    drawTicked();
  }
  box.append(proposals(s));
}

/** checkRow is one organisation with a check box, its name as the label. */
function checkRow(n: Named, checked: boolean, onchange: (on: boolean) => void): HTMLElement {
  const id = uid("partner");
  const c = h("input", { type: "checkbox", id, value: n.id, checked }) as HTMLInputElement;
  c.addEventListener("change", () => onchange(c.checked));
  return h("div", { class: "check-row" }, c, h("label", { for: id }, n.name, n.city ? h("span", { class: "place" }, ` (${n.city})`) : null));
}

/**
 * combobox is the search over a long roster (WAI-ARIA combobox with a list box): the
 * typed text asks the server, arrow keys move through the hits, Enter or a click
 * chooses one, Escape closes the list; the number of hits is announced.
 */
function combobox(s: Session, choose: (n: Named) => void): HTMLElement {
  const id = uid("roster-search");
  const listId = id + "-list";
  const input = h("input", {
    id,
    type: "text",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "aria-describedby": id + "-hint",
    autocomplete: "off",
    spellcheck: "false",
  }) as HTMLInputElement;
  const listbox = h("ul", { id: listId, role: "listbox", class: "suggestions", "aria-label": "Vorschläge", hidden: true });
  const said = h("p", { class: "sr-only", role: "status" });
  let hits: Named[] = [];
  let active = -1;
  let asked = 0;
  let timer = 0;
  const close = () => {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const mark = (i: number) => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute("aria-selected", String(j === i)));
    if (i >= 0) {
      input.setAttribute("aria-activedescendant", `${listId}-${i}`);
      listbox.children[i].scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const pick = (i: number) => {
    const n = hits[i];
    if (!n) return;
    choose(n);
    input.value = "";
    close();
    replace(said, `${n.name} hinzugefügt.`);
    input.focus();
  };
  const show = (list: Named[]) => {
    const taken = new Set(s.inv.ties.map((t) => t.partner));
    hits = list.filter((n) => !taken.has(n.id) && n.id !== s.inv.organisation.id);
    replace(
      listbox,
      hits.map((n, i) =>
        h("li", { id: `${listId}-${i}`, role: "option", "aria-selected": "false", onmousedown: (ev: Event) => ev.preventDefault(), onclick: () => pick(i) }, n.name, n.city ? h("span", { class: "place" }, ` (${n.city})`) : null),
      ),
    );
    listbox.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    active = -1;
    replace(said, hits.length ? `${hits.length} ${hits.length === 1 ? "Vorschlag" : "Vorschläge"}; mit den Pfeiltasten wählen.` : "Keine passende Organisation gefunden.");
  };
  const search = async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) return close();
    try {
      const res = await respond<unknown>(s.secret, "GET", "/roster", { query: { q } });
      if (mine === asked) show(readHits(res));
    } catch (err) {
      if (mine === asked) replace(said, problemText(err));
    }
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void search(), 150);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && hits.length) {
      ev.preventDefault();
      if (listbox.hidden) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      mark((active + 1) % hits.length);
    } else if (ev.key === "ArrowUp" && hits.length) {
      ev.preventDefault();
      mark(active <= 0 ? hits.length - 1 : active - 1);
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (active >= 0) pick(active);
    } else if (ev.key === "Escape") {
      if (!listbox.hidden) ev.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 150));
  return h(
    "div",
    { class: "field combo" },
    h("label", { for: id }, "Organisation suchen"),
    h("p", { class: "hint", id: id + "-hint" }, `${s.inv.rosterSize.toLocaleString("de-DE")} Organisationen stehen zur Wahl. Tippen Sie mindestens zwei Buchstaben des Namens.`),
    input,
    listbox,
    said,
  );
}

/** readHits reads the answer of GET /respond/roster. */
function readHits(res: unknown): Named[] {
  const where = "GET /respond/roster";
  return records(object<components["schemas"]["SearchResponse"]>(res, where), "items", where).map((n, i) => {
    const at = `${where}, items[${i}]`;
    return { id: str(n, "id", at), name: str(n, "name", at), city: typeof n.city === "string" ? n.city : undefined };
  });
}

/** proposals is "Organisation fehlt": proposing organisations that are not on the roster. */
function proposals(s: Session): HTMLElement {
  const box = h("div", {});
  const drawList = (focus?: string) => {
    replace(
      box,
      s.inv.proposals.map((p, i) => proposalRow(s, p, i, () => (removeProposal(s.inv, i), drawList("add-proposal")))),
      h("button", { type: "button", id: "add-proposal", onclick: () => (addProposal(s.inv), drawList(fieldId(`proposals[${s.inv.proposals.length - 1}].name`))) }, "Fehlende Organisation vorschlagen"),
    );
    if (focus) document.getElementById(focus)?.focus();
  };
  drawList();
  return h(
    "section",
    { class: "proposals", "aria-labelledby": "proposals-h" },
    h("h3", { id: "proposals-h" }, "Organisation fehlt?"),
    h("p", { class: "hint" }, "Fehlt eine Organisation, mit der Sie zusammenarbeiten? Schlagen Sie sie vor; die Fragen zur Zusammenarbeit folgen wie bei den anderen Partnern. Die Netzwerkkoordination prüft den Vorschlag."),
    box,
  );
}

function proposalRow(s: Session, p: Proposal, i: number, remove: () => void): HTMLElement {
  const text = (key: keyof Proposal, label: string, required = false) => {
    const path = `proposals[${i}].${key}`;
    const err = message(s, path);
    const input = h("input", { type: "text", id: fieldId(path), value: p[key] ?? "", required, "aria-describedby": err.id, "aria-invalid": err.invalid ? "true" : null }) as HTMLInputElement;
    input.addEventListener("input", () => (p[key] = input.value));
    return h("div", { class: "field" + (err.invalid ? " invalid" : "") }, h("label", { for: input.id }, label, required ? h("span", { class: "req" }, " (Pflichtfeld)") : null), input, err.el);
  };
  return h(
    "fieldset",
    { class: "proposal" },
    h("legend", {}, `Vorschlag ${i + 1}`),
    text("name", "Name", true),
    text("city", "Ort"),
    text("note", "Was macht die Organisation?"),
    h("button", { type: "button", class: "link danger", onclick: remove }, `Vorschlag ${i + 1} entfernen`),
  );
}

function questionsStep(s: Session, box: HTMLElement): void {
  const q = s.inv.survey.questions;
  if (!s.inv.ties.length) {
    box.append(h("p", { class: "notice" }, "Sie haben keine Partner gewählt. Gehen Sie zurück, um Partner zu wählen, oder weiter, wenn Ihre Organisation mit niemandem zusammenarbeitet."));
    return;
  }
  box.append(h("p", { class: "lead" }, `Bitte beantworten Sie die Fragen zu jedem der ${s.inv.ties.length} gewählten Partner.`));
  s.inv.ties.forEach((t, i) => {
    const name = partnerName(s.inv, t.partner);
    box.append(
      h(
        "fieldset",
        { class: "tie", "data-partner": t.partner },
        h("legend", {}, h("span", { class: "n" }, `${i + 1}. `), name),
        q.kinds ? kindsField(s, t, i, name) : null,
        (["intensity", "trust", "value"] as const).filter((k) => k === "intensity" || q[k]).map((k) => scaleField(s, t, i, k, name)),
        q.direction ? directionField(s, t, i, name) : null,
        q.since ? sinceField(s, t, i) : null,
        q.note ? noteField(s, t, i) : null,
      ),
    );
  });
}

/** group is a fieldset of choices whose legend is the question (naming the partner for screen readers), with its error message. */
function group(s: Session, path: string, legend: string, partner: string, controls: HTMLElement[], cls: string): HTMLElement {
  const err = message(s, path);
  const g = h(
    "fieldset",
    { class: `q ${cls}` + (err.invalid ? " invalid" : ""), id: fieldId(path), tabindex: -1, "aria-describedby": err.id },
    h("legend", {}, legend, h("span", { class: "sr-only" }, ` (${partner})`)),
    h("div", { class: "options" }, controls),
    err.el,
  );
  if (err.invalid) g.querySelectorAll("input").forEach((c) => c.setAttribute("aria-invalid", "true"));
  return g;
}

function choice(type: "radio" | "checkbox", name: string, value: string, label: Child, checked: boolean, onchange: (on: boolean) => void): HTMLElement {
  const id = uid("c");
  const c = h("input", { type, id, name, value, checked }) as HTMLInputElement;
  c.addEventListener("change", () => onchange(c.checked));
  return h("label", { for: id, class: "opt" }, c, h("span", {}, label));
}

function kindsField(s: Session, t: Tie, i: number, partner: string): HTMLElement {
  return group(
    s,
    tieField(i, "kinds"),
    "Art der Zusammenarbeit (mehrere möglich)",
    partner,
    s.inv.survey.kinds.map((k) =>
      choice("checkbox", `kinds-${i}`, k.code, k.label, t.kinds.includes(k.code), (on) => {
        t.kinds = on ? [...t.kinds, k.code] : t.kinds.filter((x) => x !== k.code);
      }),
    ),
    "kinds",
  );
}

const scaleQuestions: Record<"intensity" | "trust" | "value", string> = {
  intensity: "Wie intensiv ist die Zusammenarbeit?",
  trust: "Wie sehr vertrauen Sie dieser Organisation?",
  value: "Wie nützlich ist die Zusammenarbeit für Ihre Arbeit?",
};

function scaleField(s: Session, t: Tie, i: number, k: "intensity" | "trust" | "value", partner: string): HTMLElement {
  return group(
    s,
    tieField(i, k),
    scaleQuestions[k],
    partner,
    scaleLabels[k].map((label, j) => choice("radio", `${k}-${i}`, String(j + 1), [h("strong", {}, String(j + 1)), " ", label], t[k] === j + 1, () => (t[k] = (j + 1) as Scale))),
    "scale",
  );
}

function directionField(s: Session, t: Tie, i: number, partner: string): HTMLElement {
  return group(
    s,
    tieField(i, "direction"),
    "Wer verweist an wen?",
    partner,
    (Object.keys(directionLabels) as Direction[]).map((d) => choice("radio", `direction-${i}`, d, directionLabels[d], t.direction === d, () => (t.direction = d))),
    "direction",
  );
}

function sinceField(s: Session, t: Tie, i: number): HTMLElement {
  const path = tieField(i, "since");
  const err = message(s, path);
  const input = h("input", { type: "text", inputmode: "numeric", id: fieldId(path), maxlength: 4, value: t.since ?? "", "aria-describedby": `${fieldId(path)}-hint ${err.id}`, "aria-invalid": err.invalid ? "true" : null, class: "year", autocomplete: "off" }) as HTMLInputElement;
  input.addEventListener("input", () => (t.since = input.value.trim() || undefined));
  return h("div", { class: "field" + (err.invalid ? " invalid" : "") }, h("label", { for: input.id }, "Seit welchem Jahr? (optional)"), h("p", { class: "hint", id: `${fieldId(path)}-hint` }, "Vierstellig, zum Beispiel 2019."), input, err.el);
}

function noteField(s: Session, t: Tie, i: number): HTMLElement {
  const path = tieField(i, "note");
  const err = message(s, path);
  const area = h("textarea", { id: fieldId(path), rows: 2, maxlength: maxNote, "aria-describedby": err.id, "aria-invalid": err.invalid ? "true" : null }, t.note ?? "") as HTMLTextAreaElement;
  area.addEventListener("input", () => (t.note = area.value || undefined));
  return h("div", { class: "field" + (err.invalid ? " invalid" : "") }, h("label", { for: area.id }, "Anmerkungen (optional)"), area, err.el);
}

function masterStep(s: Session, box: HTMLElement): void {
  const m = s.inv.master;
  const input = (name: keyof MasterForm, path: string, label: string, control: HTMLInputElement | HTMLTextAreaElement, hint?: string) => {
    const err = message(s, path);
    control.id = fieldId(path);
    control.setAttribute("aria-describedby", [hint ? control.id + "-hint" : "", err.id].filter(Boolean).join(" "));
    if (err.invalid) control.setAttribute("aria-invalid", "true");
    control.addEventListener("input", () => (m[name] = control.value));
    return h("div", { class: "field" + (err.invalid ? " invalid" : "") }, h("label", { for: control.id }, label), hint ? h("p", { class: "hint", id: control.id + "-hint" }, hint) : null, control, err.el);
  };
  append(box, [
    h("p", { class: "lead" }, "Stimmen diese Angaben zu Ihrer Organisation? Korrigieren Sie, was nicht stimmt; die Netzwerkkoordination prüft die Änderungen. Lassen Sie alles, wie es ist, wenn die Angaben stimmen."),
    masterFields.map((f) => input(f.name, f.path, f.label, h("input", { type: f.type, value: m[f.name], autocomplete: f.autocomplete }) as HTMLInputElement)),
    h("h3", {}, "Ihre Angebote"),
    s.inv.ownOffers.length
      ? h("ul", { class: "own-offers" }, s.inv.ownOffers.map((o) => h("li", {}, h("strong", {}, o.name), [...o.fields, ...o.target_groups].length ? ` (${[...o.fields, ...o.target_groups].join(", ")})` : "")))
      : h("p", {}, "Bisher ist kein Angebot Ihrer Organisation erfasst."),
    input("offers", "master_data.offers", "Neue oder geänderte Angebote", h("textarea", { rows: 4 }, m.offers) as HTMLTextAreaElement, "Beschreiben Sie Angebote, die fehlen oder sich geändert haben, zum Beispiel „Schuldnerberatung, dienstags 9–12 Uhr“."),
  ]);
}

function reviewStep(s: Session, box: HTMLElement): void {
  box.append(
    h("p", { class: "lead" }, "Bitte prüfen Sie Ihre Antworten. Nach dem Absenden können Sie sie nicht mehr ändern."),
    summary(s),
  );
}

/** summary lists the respondent's answers (review, receipt, print view). */
function summary(s: Session): HTMLElement {
  const q = s.inv.survey.questions;
  const kindLabel = new Map(s.inv.survey.kinds.map((k) => [k.code, k.label]));
  const scale = (k: "intensity" | "trust" | "value", v: Scale | undefined) => (v ? `${v} (${scaleLabels[k][v - 1]})` : "keine Angabe");
  const rows = (t: Tie): [string, string][] => [
    ...(q.kinds ? [["Art", t.kinds.map((k) => kindLabel.get(k) ?? k).join(", ") || "keine Angabe"] as [string, string]] : []),
    ...(["intensity", "trust", "value"] as const).filter((k) => k === "intensity" || q[k]).map((k) => [ratingLabels[k], scale(k, t[k])] as [string, string]),
    ...(q.direction ? [["Richtung", t.direction ? directionLabels[t.direction] : "keine Angabe"] as [string, string]] : []),
    ...(q.since && t.since ? [["Seit", t.since] as [string, string]] : []),
    ...(q.note && t.note ? [["Anmerkungen", t.note] as [string, string]] : []),
  ];
  const m = s.inv.master;
  const changed = masterFields.filter((f) => m[f.name].trim() !== s.inv.masterBefore[f.name].trim());
  return h(
    "div",
    { class: "answers" },
    h("h3", {}, `Partner (${s.inv.ties.length})`),
    s.inv.ties.length
      ? h(
          "ol",
          { class: "tie-list" },
          s.inv.ties.map((t) => h("li", {}, h("strong", {}, partnerName(s.inv, t.partner)), h("dl", { class: "facts" }, rows(t).flatMap(([k, v]) => [h("dt", {}, k), h("dd", {}, v)])))),
        )
      : h("p", {}, "Keine Partner gewählt."),
    s.inv.proposals.length
      ? [h("h3", {}, "Vorgeschlagene Organisationen"), h("ul", {}, s.inv.proposals.map((p) => h("li", {}, [p.name, p.city, p.note].filter(Boolean).join(", "))))]
      : null,
    s.inv.survey.master_data
      ? [
          h("h3", {}, "Eigene Angaben"),
          masterChanged(s.inv)
            ? h(
                "dl",
                { class: "facts" },
                changed.flatMap((f) => [h("dt", {}, f.label), h("dd", {}, m[f.name] || "(leer)")]),
                m.offers.trim() !== s.inv.masterBefore.offers.trim() ? [h("dt", {}, "Angebote"), h("dd", {}, m.offers || "(leer)")] : null,
              )
            : h("p", {}, "Bestätigt, keine Änderungen."),
        ]
      : null,
  );
}

/** save sends the answers as a draft; it returns false (and shows why) when they were not stored. */
async function save(s: Session): Promise<boolean> {
  replace(s.saved, "Wird gespeichert …");
  try {
    const res = await respond<Saved>(s.secret, "PUT", "/answers", { body: writeAnswers(s.inv) });
    s.inv.version = res.version;
    s.errors.clear();
    const open = s.inv.ties.filter((t) => t.intensity === undefined).length;
    replace(
      s.saved,
      `Gespeichert um ${new Date().toLocaleTimeString("de-DE", { hour: "2-digit", minute: "2-digit" })} Uhr. Sie können später über denselben Link weitermachen.`,
      open ? ` Bei ${open === 1 ? "einem Partner fehlt" : `${open} Partnern fehlt`} noch die Intensität der Zusammenarbeit; bitte ergänzen Sie sie vor dem Absenden.` : "",
    );
    s.main.querySelector("#error-summary")?.remove();
    return true;
  } catch (err) {
    shown(s, err);
    return false;
  }
}

/** shown puts a failed request's messages where they belong: at the fields, or above the step. */
function shown(s: Session, err: unknown): void {
  replace(s.saved);
  if (invalidLink(err)) return invalid();
  const p = err instanceof ApiError ? err.problem : null;
  s.errors = new Map((p?.errors ?? []).map((e) => [e.field.replace(/^answers\./, ""), e.message]));
  if (!s.errors.size) {
    const box = problemBox(err, true);
    s.main.querySelector("#error-summary")?.remove();
    box.id = "error-summary";
    s.main.querySelector("h2")!.after(box);
    box.focus();
    return;
  }
  draw(s, "error-summary");
}

async function submit(s: Session): Promise<void> {
  s.errors = localErrors(s, "review");
  if (s.errors.size) return draw(s, "error-summary");
  replace(s.saved, "Wird abgesendet …");
  try {
    const res = await respond<Saved>(s.secret, "POST", "/submit", { body: writeAnswers(s.inv) });
    s.inv.version = res.version;
    s.inv.submittedAt = res.submitted_at ?? new Date().toISOString();
    s.inv.state = res.state;
    receipt(s, true);
  } catch (err) {
    shown(s, err);
  }
}

/** receipt confirms the submission and shows the answers, ready to print. */
function receipt(s: Session, justNow: boolean): void {
  document.title = `Eingangsbestätigung – ${s.inv.survey.title} – Netzwerkatlas`;
  replace(
    s.main,
    h("h1", { tabindex: -1 }, justNow ? "Vielen Dank! Ihre Antworten sind eingegangen." : "Ihre Antworten sind bereits eingegangen."),
    h(
      "div",
      { class: "success receipt" },
      h("p", {}, "Erhebung: ", h("strong", {}, s.inv.survey.title)),
      h("p", {}, "Organisation: ", h("strong", {}, s.inv.organisation.name)),
      h("p", {}, "Eingegangen am ", h("strong", {}, s.inv.submittedAt ? new Date(s.inv.submittedAt).toLocaleString("de-DE", { dateStyle: "long", timeStyle: "short" }) + " Uhr" : "–"), "."),
    ),
    h("div", { class: "tools no-print" }, h("button", { type: "button", class: "primary", onclick: () => window.print() }, "Drucken oder als PDF speichern")),
    h("h2", {}, "Ihre Antworten"),
    summary(s),
  );
  s.main.querySelector("h1")!.focus();
}

/** closed says that the survey is over, with the answers saved before. */
function closed(s: Session): void {
  replace(
    s.main,
    h("h1", { tabindex: -1 }, "Die Erhebung ist beendet"),
    h("p", {}, `„${s.inv.survey.title}“ nimmt keine Antworten mehr an. Was Sie vorher gespeichert haben, bleibt erhalten.`),
    h("h2", {}, "Ihre gespeicherten Antworten"),
    summary(s),
  );
  s.main.querySelector("h1")!.focus();
}

/** problemBox shows a failed request in German; saving says the input stays. */
function problemBox(err: unknown, saving: boolean): HTMLElement {
  return h("div", { class: "error", role: "alert", tabindex: -1 }, problemText(err, saving));
}

function problemText(err: unknown, saving = false): string {
  if (!(err instanceof ApiError)) return `Unerwarteter Fehler: ${err instanceof Error ? err.message : String(err)}`;
  const p: Problem = err.problem;
  if (p.status === 409) return "Ihre Antworten wurden inzwischen an anderer Stelle (etwa in einem anderen Fenster) gespeichert. Bitte laden Sie die Seite neu, um den neuesten Stand zu sehen.";
  if (p.status === 429) return `Zu viele Anfragen in kurzer Zeit. Bitte warten Sie ${p.retry_after ? `${p.retry_after} Sekunden` : "einen Moment"} und versuchen Sie es erneut.`;
  return [p.title, storeNotice(p, saving), p.detail].filter(Boolean).join(" ");
}
