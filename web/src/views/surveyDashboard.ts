// The survey's dashboard (Erhebung › Auswertung): the response rate overall and by
// legal domain, actor kind and social space; who has not answered; the reported ties
// by both sides, one side or in conflict; the proposed organisations and master-data
// changes to accept or reject; and "In die Welle übernehmen" with its revert.

import { get, request } from "../api/client";
import { ApiError } from "../api/problem";
import { ratingLabels, type Direction } from "../api/survey";
import type { Dashboard, Survey } from "../api/surveyAdmin";
import type { components } from "../api/schema";
import { invalidate } from "../state";
import { confirmDialog } from "../ui/confirm";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { errorBox, loading } from "../ui/status";
import { sortableTable } from "../ui/table";

type Schemas = components["schemas"];
type Pair = Schemas["TiePair"];
type Decision = Schemas["Decision"];

/** tieStatus names the statuses of a reported pair in German. */
export const tieStatus: Record<string, string> = { both: "beidseitig", one_side: "einseitig", conflict: "Widerspruch" };

const pct = (r: number) => `${fmt(Math.round(r * 1000) / 10, 1)} %`;

/**
 * reportText says in German what one side reported about a tie, such as
 * "Intensität 3 · verweist an Stadtwerke · Vertrauen 4".
 */
export function reportText(t: Schemas["TieAnswer"] | undefined, other: string): string {
  if (!t) return "nicht gemeldet";
  const dir: Record<Direction, string> = { out: `verweist an ${other}`, in: `${other} verweist hierher`, both: "in beide Richtungen" };
  return [
    `${ratingLabels.intensity} ${t.intensity}`,
    t.direction && t.direction in dir ? dir[t.direction as Direction] : dir.both,
    t.trust ? `${ratingLabels.trust} ${t.trust}` : "",
    t.value ? `${ratingLabels.value} ${t.value}` : "",
    t.since ? `seit ${t.since}` : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

/**
 * pairChoice is the value of a pair's decision select: "" (the default: take over
 * unless a conflict), "reject", or "accept:<id>" (take over the report of that side).
 */
export function pairChoice(p: Pick<Pair, "decision" | "prefer">): string {
  if (p.decision === "reject") return "reject";
  if (p.decision === "accept") return p.prefer ? `accept:${p.prefer}` : "accept";
  return "";
}

/** pairDecision turns a select's value back into the decision to send. */
export function pairDecision(key: string, choice: string): Decision {
  if (choice.startsWith("accept:")) return { kind: "tie", key, decision: "accept", prefer: choice.slice("accept:".length) };
  return { kind: "tie", key, decision: choice };
}

export async function dashboardPanel(box: HTMLElement, survey: Survey): Promise<void> {
  const at = `/surveys/${encodeURIComponent(survey.id)}`;
  replace(box, loading("Die Auswertung"));
  let d: Dashboard;
  try {
    d = await get<Dashboard>(`${at}/dashboard`);
  } catch (err) {
    replace(box, errorBox(err, "Die Auswertung"));
    return;
  }
  const said = h("div", { role: "status", class: "decision-status" });
  const decide = async (ds: Decision[], what: string): Promise<boolean> => {
    replace(said, "Wird gespeichert …");
    try {
      d = await request<Dashboard>("POST", `${at}/decisions`, { body: { decisions: ds } });
      replace(said, h("p", { class: "success" }, `Entscheidung gespeichert: ${what}.`));
      replace(takeoverBox, takeoverPart());
      return true;
    } catch (err) {
      replace(said, errorBox(err, "Die Entscheidung"));
      return false;
    }
  };

  const takeoverBox = h("section", { "aria-labelledby": "takeover-h", class: "takeover" });
  const takeoverPart = () => {
    // The server counts what the takeover will write, as its result will report it.
    const { ties: accepted, actors: proposals, corrected: master } = d.takeover;
    const out = h("div", {});
    const parts = [h("h2", { id: "takeover-h" }, "In die Welle übernehmen")];
    if (d.takeover_batch) {
      parts.push(h("p", { class: "success" }, "Die Antworten sind in die Welle übernommen (Import ", h("code", {}, d.takeover_batch), "). ", h("a", { href: `/aktivitaet?batch_id=${encodeURIComponent(d.takeover_batch)}`, "data-link": true }, "Änderungen ansehen")));
      const revert = h("button", { type: "button", class: "danger" }, "Übernahme rückgängig machen") as HTMLButtonElement;
      revert.addEventListener("click", async () => {
        const yes = await confirmDialog({
          title: "Übernahme rückgängig machen?",
          body: h("p", {}, "Alle Kooperationen, Akteure und Stammdaten, die die Übernahme geschrieben hat, werden auf den Stand davor gesetzt. Spätere Änderungen an diesen Einträgen verhindern das; dann wird nichts verändert."),
          confirmLabel: "Übernahme rückgängig machen",
          danger: true,
        });
        if (!yes) return;
        try {
          const res = await request<Schemas["RevertResponse"]>("POST", `${at}/takeover/revert`);
          invalidate();
          const n = Object.values(res.reverted ?? {}).reduce((a, b) => a + b, 0);
          d = await get<Dashboard>(`${at}/dashboard`);
          replace(takeoverBox, takeoverPart());
          takeoverBox.append(h("p", { class: "success", role: "status", tabindex: -1 }, `Die Übernahme wurde rückgängig gemacht: ${fmt(n)} Einträge auf den Stand davor gesetzt.`));
          (takeoverBox.lastElementChild as HTMLElement).focus();
        } catch (err) {
          replace(out, errorBox(err, "Das Rückgängigmachen"));
        }
      });
      parts.push(h("div", { class: "tools" }, revert));
    } else {
      parts.push(
        h("p", {}, `Übernommen werden ${fmt(accepted)} Kooperationen (beidseitige und einseitige Meldungen, außer abgelehnten, angenommene Widersprüche und die gemeldeten Kooperationen mit angenommenen vorgeschlagenen Organisationen), ${fmt(proposals)} vorgeschlagene Organisationen und ${fmt(master)} Stammdatenänderungen. Jede Kooperation vermerkt, wer sie gemeldet hat.`),
      );
      const go = h("button", { type: "button", class: "primary" }, "In die Welle übernehmen") as HTMLButtonElement;
      go.addEventListener("click", async () => {
        const yes = await confirmDialog({
          title: "Antworten in die Welle übernehmen?",
          body: [
            h("p", {}, `${fmt(accepted)} Kooperationen, ${fmt(proposals)} neue Organisationen und ${fmt(master)} Stammdatenänderungen werden in einem Schritt in die Welle geschrieben.`),
            h("p", {}, "Sie können die Übernahme als Ganzes rückgängig machen."),
          ],
          confirmLabel: "In die Welle übernehmen",
        });
        if (!yes) return;
        go.disabled = true;
        replace(out, h("p", { class: "status", role: "status" }, "Wird übernommen …"));
        try {
          const res = await request<Schemas["TakeoverResult"]>("POST", `${at}/takeover`);
          invalidate();
          d = await get<Dashboard>(`${at}/dashboard`);
          replace(takeoverBox, takeoverPart());
          takeoverBox.append(h("p", { class: "success", role: "status", tabindex: -1 }, `Übernommen: ${fmt(res.ties)} Kooperationen, ${fmt(res.actors)} neue Organisationen, ${fmt(res.corrected)} korrigierte Stammdaten.`));
          (takeoverBox.lastElementChild as HTMLElement).focus();
        } catch (err) {
          go.disabled = false;
          replace(out, err instanceof ApiError ? errorBox(err, "Die Übernahme") : errorBox(err));
        }
      });
      parts.push(h("div", { class: "tools" }, go));
    }
    return [...parts, out];
  };
  replace(takeoverBox, takeoverPart());

  replace(
    box,
    ratePart(d),
    h("h2", {}, `Noch nicht geantwortet (${fmt((d.not_answered ?? []).length)})`),
    (d.not_answered ?? []).length
      ? h("details", { class: "fold" }, h("summary", {}, "Liste anzeigen"), sortableTable(
          d.not_answered ?? [],
          [
            { key: "name", label: "Organisation", value: (p) => p.name },
            { key: "email", label: "E-Mail", value: (p) => p.email ?? "" },
            { key: "draft", label: "Stand", value: (p) => (p.draft ? "Entwurf gespeichert" : "nichts gespeichert") },
            { key: "mailings", label: "Mails erhalten", numeric: true, value: (p) => p.mailings },
          ],
          { caption: "Organisationen, die noch nicht abgeschickt haben" },
        ))
      : h("p", {}, "Alle befragten Organisationen haben abgeschickt."),
    said,
    tiesPart(d, decide),
    proposalsPart(d, decide),
    masterPart(d, decide),
    takeoverBox,
  );
}

function ratePart(d: Dashboard): HTMLElement {
  const groups = (rows: Schemas["RateGroup"][] | null, caption: string) =>
    (rows ?? []).length
      ? sortableTable(
          rows ?? [],
          [
            { key: "label", label: "Gruppe", value: (g) => g.label },
            { key: "respondents", label: "Befragt", numeric: true, value: (g) => g.respondents },
            { key: "submitted", label: "Abgeschickt", numeric: true, value: (g) => g.submitted },
            { key: "rate", label: "Rücklaufquote", numeric: true, value: (g) => g.rate, cell: (g) => pct(g.rate) },
          ],
          { caption, sortKey: "rate" },
        )
      : null;
  return h(
    "section",
    { "aria-labelledby": "rate-h" },
    h("h2", { id: "rate-h" }, "Rücklauf"),
    h("p", { class: "rate" }, h("strong", {}, pct(d.rate)), ` – ${fmt(d.submitted)} von ${fmt(d.respondents)} befragten Organisationen haben abgeschickt; ${fmt(d.drafts)} haben einen Entwurf gespeichert.`),
    d.rate < d.threshold ? h("p", { class: "notice" }, `Die Rücklaufquote liegt unter der Schwelle von ${pct(d.threshold)}: Alle Auswertungen dieser Welle tragen einen Hinweis.`) : null,
    h("p", { class: "hint" }, d.definition),
    h("details", { class: "fold", open: true }, h("summary", {}, "Rücklauf nach Rechtskreis, Akteursart und Sozialraum"), h("div", { class: "columns" }, groups(d.by_legal_domain, "Nach Rechtskreis"), groups(d.by_kind, "Nach Akteursart"), groups(d.by_social_space, "Nach Sozialraum"))),
  );
}

type Decide = (ds: Decision[], what: string) => Promise<boolean>;

function tiesPart(d: Dashboard, decide: Decide): HTMLElement {
  const c = d.tie_counts;
  const pairs = d.ties ?? [];
  const list = h("div", {});
  const LIMIT = 200;
  const show = (status: string) => {
    const rows = status ? pairs.filter((p) => p.status === status) : pairs;
    replace(
      list,
      rows.length
        ? sortableTable(
            rows,
            [
              { key: "pair", label: "Kooperation", value: (p) => `${p.a_name} – ${p.b_name}` },
              { key: "status", label: "Gemeldet", value: (p) => tieStatus[p.status] ?? p.status },
              { key: "a", label: "Angabe der ersten", value: (p) => p.a_name, cell: (p) => h("span", {}, h("strong", {}, p.a_name), ": ", reportText(p.by_a, p.b_name)) },
              { key: "b", label: "Angabe der zweiten", value: (p) => p.b_name, cell: (p) => h("span", {}, h("strong", {}, p.b_name), ": ", reportText(p.by_b, p.a_name)) },
              { key: "decision", label: "Entscheidung", value: (p) => pairChoice(p), cell: (p) => pairSelect(p, decide) },
            ],
            { caption: "Gemeldete Kooperationen", sortKey: "status", limit: LIMIT },
          )
        : h("p", {}, "Keine Kooperationen in dieser Auswahl."),
    );
  };
  const first = c.conflict ? "conflict" : "";
  show(first);
  return h(
    "section",
    { "aria-labelledby": "ties-h" },
    h("h2", { id: "ties-h" }, "Gemeldete Kooperationen"),
    h(
      "ul",
      { class: "tie-counts" },
      h("li", {}, h("strong", {}, fmt(c.both)), " von beiden Seiten übereinstimmend gemeldet"),
      h("li", {}, h("strong", {}, fmt(c.one_side)), " nur von einer Seite gemeldet"),
      h("li", {}, h("strong", {}, fmt(c.conflict)), " im Widerspruch (andere Richtung oder Intensität)"),
    ),
    h("p", { class: "hint" }, "Ohne Entscheidung werden beidseitige und einseitige Meldungen übernommen, Widersprüche nicht: Wählen Sie bei einem Widerspruch, wessen Angabe gilt."),
    h("div", { class: "filters inline" }, labelledSelect("Anzeigen", "tie-status", Object.entries(tieStatus).map(([value, label]) => ({ value, label })), first, "Alle", show)),
    list,
  );
}

function pairSelect(p: Pair, decide: Decide): HTMLElement {
  const opts = [
    { value: "", label: p.status === "conflict" ? "nicht übernehmen (Standard)" : "übernehmen (Standard)" },
    ...(p.status === "conflict"
      ? [
          { value: `accept:${p.a}`, label: `Angabe von ${p.a_name} übernehmen` },
          { value: `accept:${p.b}`, label: `Angabe von ${p.b_name} übernehmen` },
        ]
      : []),
    { value: "reject", label: "ablehnen" },
  ];
  const current = pairChoice(p);
  const sel = h("select", { "aria-label": `Entscheidung zu ${p.a_name} – ${p.b_name}` }, opts.map((o) => h("option", { value: o.value, selected: o.value === current }, o.label))) as HTMLSelectElement;
  let before = current;
  sel.addEventListener("change", async () => {
    const ok = await decide([pairDecision(p.key, sel.value)], `${p.a_name} – ${p.b_name}: ${sel.selectedOptions[0].textContent}`);
    if (ok) before = sel.value;
    else sel.value = before;
  });
  return sel;
}

/** verdict is the accept and reject buttons of a proposal or master-data change, with its decision. */
function verdict(kind: "proposal" | "master_data", key: string, name: string, decision: string | undefined, decide: Decide): HTMLElement {
  const state = h("span", { class: "verdict" }, decision === "accept" ? "angenommen" : decision === "reject" ? "abgelehnt" : "offen");
  const button = (value: "accept" | "reject", label: string) =>
    h(
      "button",
      {
        type: "button",
        "aria-label": `${name}: ${label}`,
        "aria-pressed": String(decision === value),
        onclick: async () => {
          const next = decision === value ? "" : value;
          if (await decide([{ kind, key, decision: next }], `${name} ${next === "accept" ? "angenommen" : next === "reject" ? "abgelehnt" : "wieder offen"}`)) {
            decision = next;
            replace(state, next === "accept" ? "angenommen" : next === "reject" ? "abgelehnt" : "offen");
            cell.querySelectorAll("button").forEach((b, i) => b.setAttribute("aria-pressed", String((i === 0 ? "accept" : "reject") === decision)));
          }
        },
      },
      label,
    );
  const cell = h("div", { class: "tools verdict-tools" }, state, button("accept", "Annehmen"), button("reject", "Ablehnen"));
  return cell;
}

function proposalsPart(d: Dashboard, decide: Decide): HTMLElement {
  const rows = d.proposals ?? [];
  return h(
    "section",
    { "aria-labelledby": "proposals-h" },
    h("h2", { id: "proposals-h" }, "Vorgeschlagene Organisationen"),
    rows.length
      ? sortableTable(
          rows,
          [
            { key: "name", label: "Organisation", value: (p) => p.organisation.name },
            { key: "city", label: "Ort", value: (p) => p.organisation.city ?? "" },
            { key: "note", label: "Beschreibung", value: (p) => p.organisation.note ?? "" },
            { key: "by", label: "Vorgeschlagen von", value: (p) => p.respondent_name },
            { key: "decision", label: "Entscheidung", value: (p) => p.decision ?? "", cell: (p) => verdict("proposal", p.key, p.organisation.name, p.decision, decide) },
          ],
          { caption: "Vorschläge „Organisation fehlt“" },
        )
      : h("p", {}, "Keine Vorschläge."),
  );
}

/** masterValue reads a master-data field ("name", "address.city") of a MasterData. */
function masterValue(m: Schemas["MasterData"], f: string): string {
  const v = f.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Record<string, unknown>)[k] : undefined), m);
  return typeof v === "string" && v ? v : "(leer)";
}

function masterPart(d: Dashboard, decide: Decide): HTMLElement {
  const rows = d.master_data ?? [];
  return h(
    "section",
    { "aria-labelledby": "master-h" },
    h("h2", { id: "master-h" }, "Geänderte Stammdaten"),
    rows.length
      ? sortableTable(
          rows,
          [
            { key: "name", label: "Organisation", value: (c) => c.name },
            { key: "fields", label: "Änderungen", value: (c) => (c.fields ?? []).join(", "), cell: (c) => h("ul", { class: "changes" }, (c.fields ?? []).map((f) => h("li", {}, `${f}: ${masterValue(c.current, f)} → ${masterValue(c.proposed, f)}`))) },
            { key: "decision", label: "Entscheidung", value: (c) => c.decision ?? "", cell: (c) => verdict("master_data", c.key, c.name, c.decision, decide) },
          ],
          { caption: "Korrekturen der eigenen Stammdaten" },
        )
      : h("p", {}, "Keine Änderungen gemeldet."),
  );
}
