// Kopplungspotenziale: ranked pairs of actors from different legal domains that serve
// the same area and group but do not cooperate yet, with the server's reasons. The
// filters are the endpoint's query parameters (kept in the address, so a filtered
// list can be linked); each pair can be shown on the map, and its score explained
// ("Wie entsteht der Wert?") with the parts the server sends.

import { get } from "../api/client";
import { readPotentials, type Potential, type PotentialActor, type PotentialQuery, type ScoreExplanation } from "../api/analysis";
import type { SocialSpace, Taxonomy } from "../api/types";
import type { Dataset } from "../graph/dataset";
import { carryState, stateOf, type State } from "../api/time";
import { pairHref } from "../api/whatif";
import { measureHref } from "./entities";
import { actorOptions, labeller, loadDataset, loadSpaces, loadTaxonomy, options, spaceOptions, stateParams } from "../state";
import { stateLine, stateSelect } from "../ui/stateSelect";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { sortableTable } from "../ui/table";
import { errorBox, loading } from "../ui/status";
import { tableDownloads } from "../ui/download";
import { saveViewForm } from "./savedViews";

const title = "Kopplungspotenziale";
const limits = [25, 50, 100, 200, 500];
const filterKeys = ["legal_domain", "social_space", "target_group", "actor_id"] as const;

export async function potentialsView(main: HTMLElement, _p: string[] = [], query = new URLSearchParams()): Promise<void> {
  const body = h("div", {}, loading(title));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Paare von Akteuren aus verschiedenen Rechtskreisen, die im selben Gebiet dieselben Zielgruppen erreichen, aber noch nicht zusammenarbeiten – nach Potenzial geordnet, jeweils mit Begründung."),
    stateSelect(),
    saveViewForm(),
    body,
  );
  let tax: Taxonomy, spaces: SocialSpace[], ds: Dataset;
  try {
    [tax, spaces, ds] = await Promise.all([loadTaxonomy(), loadSpaces(), loadDataset()]);
  } catch (err) {
    replace(body, errorBox(err, title));
    return;
  }
  const q: PotentialQuery = { limit: limits.includes(Number(query.get("limit"))) ? Number(query.get("limit")) : 50 };
  for (const k of filterKeys) q[k] = query.get(k) ?? "";
  if (query.get("county_wide") === "true") q.county_wide = true;
  const domain = labeller(tax.legal_domains);
  const out = h("div", {});
  const path = location.pathname;
  let request = 0;
  const load = async () => {
    const mine = ++request;
    const qs = new URLSearchParams(stateParams());
    for (const [k, v] of Object.entries(q)) if (v !== "" && v !== undefined && v !== false) qs.set(k, String(v));
    if (location.pathname === path) history.replaceState(history.state, "", path + (qs.toString() ? "?" + qs : ""));
    replace(out, loading(title));
    let rows: Potential[], candidates: number, line: HTMLElement | null, state: State | null;
    try {
      const data = await get("/analysis/coupling-potentials", { ...q, ...stateParams() });
      state = stateOf(data, "/analysis/coupling-potentials");
      line = stateLine(state);
      const report = readPotentials(data);
      rows = report.potentials;
      candidates = report.candidates;
    } catch (err) {
      if (mine === request) replace(out, errorBox(err, title));
      return;
    }
    if (mine !== request) return;
    const ranked = rows.map((p, i) => ({ ...p, rank: i + 1 }));
    replace(
      out,
      line,
      tableDownloads("/analysis/coupling-potentials", { ...q, ...stateParams() }, "kopplungspotenziale", "Kopplungspotenziale"),
      h("p", { role: "status" }, rows.length ? `${rows.length} Paare mit dem höchsten Potenzial aus ${fmt(candidates)} geprüften Paaren.` : "Keine Kopplungspotenziale für diese Auswahl."),
      rows.length
        ? sortableTable(ranked, [
            { key: "rank", label: "Rang", value: (p) => p.rank, numeric: true },
            { key: "a", label: "Akteur A", value: (p) => p.a.name, cell: (p) => actorCell(p.a, domain) },
            { key: "b", label: "Akteur B", value: (p) => p.b.name, cell: (p) => actorCell(p.b, domain) },
            { key: "score", label: "Potenzial", value: (p) => p.score, cell: (p) => fmt(p.score, 2), numeric: true, title: "Zwischen 0 und 1; je höher, desto mehr spricht für eine Kooperation. „Wie entsteht der Wert?“ in der Begründung erklärt ihn." },
            { key: "partners", label: "Gemeinsame Partner", value: (p) => p.shared_partners.length, numeric: true },
            { key: "reasons", label: "Begründung", value: (p) => p.reasons.join(" "), cell: (p) => h("div", {}, h("ul", { class: "reasons" }, p.reasons.map((r) => h("li", {}, r))), explanation(p.explanation, p.score)) },
            { key: "map", label: "Karte", value: () => null, cell: (p) => h("a", { href: `/karte?paar=${encodeURIComponent(p.a.id)},${encodeURIComponent(p.b.id)}`, "data-link": true, "aria-label": `${p.a.name} und ${p.b.name} auf der Karte zeigen` }, "Auf der Karte zeigen") },
            { key: "measure", label: "Maßnahme", value: () => null, cell: (p) => h("a", { href: measureHref({ herkunft: "potential", von: p.a.id, zu: p.b.id, titel: `${p.a.name} und ${p.b.name} zusammenbringen` }, state), "data-link": true, "aria-label": `Maßnahme anlegen: ${p.a.name} und ${p.b.name}` }, "Maßnahme anlegen") },
            { key: "whatif", label: "Was wäre, wenn", value: () => null, cell: (p) => h("a", { href: carryState(pairHref(p.a.id, p.b.id), location.search), "data-link": true, "aria-label": `Kooperation ${p.a.name} – ${p.b.name} im Was-wäre-wenn prüfen` }, "Im Was-wäre-wenn prüfen") },
          ], { caption: title, sortKey: "rank" })
        : null,
    );
  };
  const wide = h("input", { type: "checkbox", id: "county_wide", name: "county_wide", checked: q.county_wide === true, "aria-describedby": "county_wide_hint" }) as HTMLInputElement;
  const wideHint = h("small", { id: "county_wide_hint" }, "Sonst zählen nur Akteure, die im gewählten Sozialraum selbst tätig sind.");
  const wideBox = h("div", { class: "field checkbox" }, h("label", { for: "county_wide" }, wide, " auch kreisweite Akteure"), wideHint);
  const showWide = () => (wideBox.hidden = !q.social_space);
  wide.addEventListener("change", () => {
    q.county_wide = wide.checked;
    void load();
  });
  const set = (k: (typeof filterKeys)[number] | "limit") => (v: string) => {
    if (k === "limit") q.limit = Number(v);
    else q[k] = v;
    showWide();
    void load();
  };
  replace(
    body,
    h(
      "form",
      { class: "filters inline", "aria-label": "Filter", onsubmit: (e: Event) => e.preventDefault() },
      labelledSelect("Rechtskreis", "legal_domain", options(tax.legal_domains), q.legal_domain!, "Alle", set("legal_domain")),
      labelledSelect("Sozialraum", "social_space", spaceOptions(spaces), q.social_space!, "Alle", set("social_space")),
      wideBox,
      labelledSelect("Zielgruppe", "target_group", options(tax.target_groups), q.target_group!, "Alle", set("target_group")),
      labelledSelect("Akteur", "actor_id", actorOptions(ds), q.actor_id!, "Alle", set("actor_id")),
      labelledSelect("Anzahl", "limit", limits.map((n) => ({ value: String(n), label: String(n) })), String(q.limit), null, set("limit")),
    ),
    out,
  );
  showWide();
  await load();
}

/** explanation shows, on demand, how the score of a pair comes about: the server's summary and each part with its value, weight and contribution. */
function explanation(e: ScoreExplanation, score: number): Node {
  const pct = (x: number) => `${fmt(100 * x, 0)} %`;
  return h(
    "details",
    { class: "explanation" },
    h("summary", {}, "Wie entsteht der Wert?"),
    h("p", {}, e.summary),
    h(
      "dl",
      { class: "parts" },
      e.parts.map((x) => [
        h("dt", {}, x.label),
        h("dd", {}, h("span", { class: "sum" }, `${pct(x.value)} × Gewicht ${pct(x.weight)} = ${fmt(x.contribution, 2)}`), " ", x.text),
      ]),
      h("dt", {}, "Summe"),
      h("dd", {}, h("span", { class: "sum" }, `${fmt(score, 2)} = Potenzial`)),
    ),
  );
}

function actorCell(a: PotentialActor, domain: (code: string) => string): Node {
  return h("span", {}, h("a", { href: `/akteure/${encodeURIComponent(a.id)}`, "data-link": true }, a.name), h("br", {}), h("small", {}, a.legal_domains.map(domain).join(", ")));
}
