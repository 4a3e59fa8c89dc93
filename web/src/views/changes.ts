// Veränderungen: the network at T1 against T2 (waves or dates, kept in the address as
// ?from= and ?to=): the figures at both times and their difference, the server's
// summary, new and lapsed ties drawn on the map and listed, risers and fallers, the
// coupling cells that crossed the "weak" line, and how many of T1's top coupling
// potentials were realised by T2.

import { get, type Query } from "../api/client";
import {
  figureLabels,
  paramOf,
  readActorPage,
  readChanges,
  readTiePage,
  selectionFromParam,
  stateSentence,
  type ActorList,
  type ChangedActor,
  type ChangePage,
  type Changes,
  type Mover,
  type Selection,
  type Tie,
  type TieList,
} from "../api/time";
import type { Taxonomy } from "../api/types";
import { changeMap } from "../ui/changeMap";
import { navigate } from "../router";
import { labeller, loadStates, loadTaxonomy } from "../state";
import { fmt, h, replace, type Child } from "../ui/dom";
import { stateChooser } from "../ui/stateSelect";
import { errorBox, loading } from "../ui/status";
import { growingTable, sortableTable, type Column } from "../ui/table";
import { saveViewForm } from "./savedViews";

const title = "Veränderungen";
/**
 * pageRows is how many entries of each list of ties and actors the comparison's answer
 * holds (the API's default), and how many each "Weitere laden" adds: a federal state's
 * lists hold over 100,000 ties.
 */
const pageRows = 1000;

const pct = (v: number | null) => (v === null ? "–" : fmt(v * 100, 1) + " %");

export async function changesView(main: HTMLElement, _p: string[], query: URLSearchParams): Promise<void> {
  const out = h("div", {});
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Wie hat sich das Netzwerk zwischen zwei Zeitpunkten verändert? Wählen Sie zwei Erhebungswellen oder Stichtage: Sie sehen neue und weggefallene Kooperationen, die Kennzahlen zu beiden Zeitpunkten und welche Kopplungspotenziale inzwischen genutzt werden."),
    out,
  );
  let from = selectionFromParam(query.get("from"));
  let to = selectionFromParam(query.get("to"));
  const states = loadStates();
  if (!paramOf(from) || !paramOf(to)) {
    // Default: the two newest waves (or the only wave against today).
    const list = await states.catch(() => null);
    const waves = list?.states ?? [];
    if (!paramOf(to)) to = waves[0] ? { wave: waves[0].wave_id } : {};
    if (!paramOf(from)) from = waves[1] ? { wave: waves[1].wave_id } : {};
  }
  const t1 = stateChooser("changes-from", "Von (T1)", from, states);
  const t2 = stateChooser("changes-to", "Bis (T2)", to, states);
  const form = h("form", { class: "filters inline state-select", "aria-label": "Zeitpunkte" }, t1.element, t2.element, h("button", { type: "submit", class: "primary" }, "Vergleichen"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = t1.read();
    const b = t2.read();
    if (!a || !b) return;
    const qs = new URLSearchParams();
    if (paramOf(a)) qs.set("from", paramOf(a));
    if (paramOf(b)) qs.set("to", paramOf(b));
    navigate(`/veraenderungen?${qs}`, "changes-from");
  });
  out.before(form, saveViewForm());
  if (!paramOf(from)) {
    replace(out, h("p", { class: "notice" }, "Zum Vergleichen braucht es zwei Zeitpunkte. Wählen Sie für T1 eine Erhebungswelle oder einen Stichtag."));
    return;
  }
  replace(out, loading("Der Vergleich"));
  let c: Changes, tax: Taxonomy | null;
  const q: Query = { from: paramOf(from) };
  if (paramOf(to)) q.to = paramOf(to);
  try {
    [c, tax] = await Promise.all([get("/analysis/changes", { ...q, limit: pageRows }).then(readChanges), loadTaxonomy().catch(() => null)]);
  } catch (err) {
    replace(out, errorBox(err, "Der Vergleich"));
    return;
  }
  const pages: ChangePages = {
    ties: (list, offset) => get("/analysis/changes/ties", { ...q, list, offset, limit: pageRows }).then(readTiePage),
    actors: (list, offset) => get("/analysis/changes/actors", { ...q, list, offset, limit: pageRows }).then(readActorPage),
  };
  await drawChanges(out, c, tax, from, to, pages);
}

/** ChangePages fetch further pages of the lists of the comparison shown. */
interface ChangePages {
  ties: (list: TieList, offset: number) => Promise<ChangePage<Tie>>;
  actors: (list: ActorList, offset: number) => Promise<ChangePage<ChangedActor>>;
}

/** fold folds the content of a list of more than 12 entries under the summary, so that the page stays short. */
function fold(entries: number, summary: HTMLElement, ...content: Child[]): HTMLElement {
  return entries > 12 ? h("details", { class: "fold" }, summary, ...content) : h("div", {}, ...content);
}

/**
 * pagedList shows the first entries of a long list with a button that loads the
 * next pageRows (what: "Neue Kooperationen"), folded (see fold) under a summary that
 * says how many it shows.
 */
function pagedList<T>(first: T[], total: number, what: string, view: (rows: T[]) => { element: HTMLElement; append: (more: T[]) => void }, more: (offset: number) => Promise<ChangePage<T>>): HTMLElement {
  let shown = first.length;
  const list = view(first);
  const label = () => (shown < total ? `${what}: ${fmt(shown)} von ${fmt(total)} zeigen` : `${what}: alle ${fmt(total)} zeigen`);
  const summary = h("summary", {}, label());
  const status = h("p", { role: "status", class: "hint" });
  const problem = h("div", {});
  const button = h("button", { type: "button" }) as HTMLButtonElement;
  const sync = () => {
    summary.textContent = label();
    status.textContent = shown < total ? `${fmt(shown)} von ${fmt(total)} geladen.` : "";
    button.textContent = `${what}: weitere ${fmt(Math.min(pageRows, total - shown))} laden`;
    button.hidden = shown >= total;
  };
  button.addEventListener("click", async () => {
    button.disabled = true;
    replace(problem);
    try {
      const page = await more(shown);
      list.append(page.items);
      shown += page.items.length;
      total = page.total;
      sync();
      if (button.hidden) list.element.focus();
    } catch (err) {
      replace(problem, errorBox(err, "Die weiteren Einträge"));
    }
    button.disabled = false;
  });
  sync();
  return fold(total, summary, list.element, status, problem, button);
}

async function drawChanges(out: HTMLElement, c: Changes, tax: Taxonomy | null, from: Selection, to: Selection, pages: ChangePages): Promise<void> {
  const kind = tax ? labeller(tax.cooperation_kinds) : (k: string) => k;
  const group = (code: string) => (tax ? [...tax.legal_domains, ...tax.actor_kinds].find((t) => t.code === code)?.label ?? code : code);
  const kinds = (l: string[]) => (l.length ? l.map(kind).join(", ") : "–");
  const actorLink = (id: string, name: string) => h("a", { href: `/akteure/${encodeURIComponent(id)}`, "data-link": true }, name || id);
  const mapBox = h("div", {}, loading("Die Karte"));
  const tieTable = (list: TieList, caption: string, when: "before" | "after" | "both") => {
    const rows = c.ties[list];
    const total = c.tieCounts[list];
    const cols: Column<Tie>[] = [
      { key: "a", label: "Akteur A", value: (t) => t.from_name || t.from, cell: (t) => actorLink(t.from, t.from_name) },
      { key: "b", label: "Akteur B", value: (t) => t.to_name || t.to, cell: (t) => actorLink(t.to, t.to_name) },
      ...(when === "both"
        ? [
            { key: "before", label: "Vorher", value: (t: Tie) => `${kinds(t.kinds_before)} (${t.intensity_before ?? "–"})` },
            { key: "after", label: "Nachher", value: (t: Tie) => `${kinds(t.kinds_after)} (${t.intensity_after ?? "–"})` },
          ]
        : [
            { key: "kinds", label: "Kooperationsarten", value: (t: Tie) => kinds(when === "after" ? t.kinds_after : t.kinds_before) },
            { key: "intensity", label: "Intensität", numeric: true, value: (t: Tie) => (when === "after" ? t.intensity_after : t.intensity_before) },
          ]),
      { key: "sentence", label: "Beschreibung", value: (t) => t.sentence },
    ];
    // A list that comes in pages starts with the closest ties, as the server sends them.
    const order = total > rows.length && when !== "both" ? { sortKey: "intensity", descending: true } : {};
    return total
      ? pagedList(rows, total, caption, (first) => growingTable(first, cols, { caption, total, ...order }), (offset) => pages.ties(list, offset))
      : h("p", {}, `Keine (${caption}).`);
  };
  const actorList = (list: ActorList, what: string) => {
    const view = (first: ChangedActor[]) => {
      const item = (a: ChangedActor) => h("li", {}, actorLink(a.id, a.name), a.sentence ? ` – ${a.sentence}` : "");
      const ul = h("ul", { class: "notes", tabindex: -1 }, first.map(item));
      return { element: ul, append: (more: ChangedActor[]) => ul.append(...more.map(item)) };
    };
    return c.actorCounts[list] ? pagedList(c.actors[list], c.actorCounts[list], what, view, (offset) => pages.actors(list, offset)) : h("p", {}, "Keine.");
  };
  const moverTable = (rows: Mover[], caption: string) =>
    rows.length
      ? sortableTable(
          rows,
          [
            { key: "name", label: "Akteur", value: (m) => m.name || m.id, cell: (m) => actorLink(m.id, m.name) },
            { key: "db", label: "Partner vorher", numeric: true, value: (m) => m.degree_before },
            { key: "da", label: "Partner nachher", numeric: true, value: (m) => m.degree_after },
            { key: "bb", label: "Vermittlung vorher", numeric: true, value: (m) => m.betweenness_before, cell: (m) => fmt(m.betweenness_before) },
            { key: "ba", label: "Vermittlung nachher", numeric: true, value: (m) => m.betweenness_after, cell: (m) => fmt(m.betweenness_after) },
            { key: "sentence", label: "Beschreibung", value: (m) => m.sentence },
          ],
          { caption },
        )
      : h("p", {}, `Keine (${caption}).`);
  const section = (id: string, heading: string, ...content: Child[]) => h("section", { "aria-labelledby": id }, h("h2", { id }, heading), ...content);
  const p = c.potentials;
  replace(
    out,
    h("p", { class: "state-line", role: "status" }, "Vergleich von ", h("strong", {}, stateSentence(c.from)), " mit ", h("strong", {}, stateSentence(c.to)), "."),
    c.summary.length ? section("ch-sum", "Zusammenfassung", h("ul", { class: "notes" }, c.summary.map((s) => h("li", {}, s)))) : null,
    c.notes.length ? h("div", { class: "notice" }, c.notes.map((n) => h("p", {}, n))) : null,
    section(
      "ch-fig",
      "Kennzahlen T1 und T2",
      c.figures.length
        ? h(
            "div",
            { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Kennzahlen zu beiden Zeitpunkten" },
            h(
              "table",
              { class: "figures" },
              h("caption", {}, "Kennzahlen des Netzwerks zu beiden Zeitpunkten"),
              h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Kennzahl"), h("th", { scope: "col", class: "num" }, `T1: ${c.from.label}`), h("th", { scope: "col", class: "num" }, `T2: ${c.to.label}`), h("th", { scope: "col", class: "num" }, "Veränderung"))),
              h(
                "tbody",
                {},
                c.figures.map((f) =>
                  h("tr", { "data-code": f.code }, h("th", { scope: "row" }, figureLabels[f.code] ?? f.code), h("td", { class: "num" }, fmt(f.from)), h("td", { class: "num" }, fmt(f.to)), h("td", { class: "num" }, f.delta === null ? "–" : (f.delta > 0 ? "+" : f.delta < 0 ? "−" : "±") + fmt(Math.abs(f.delta)))),
                ),
              ),
            ),
          )
        : null,
      c.figureSentences.length ? h("ul", { class: "notes" }, c.figureSentences.map((s) => h("li", {}, s))) : null,
    ),
    section("ch-map", "Neue und weggefallene Kooperationen auf der Karte", mapBox),
    section("ch-new", `Neue Kooperationen (${fmt(c.tieCounts.new)})`, tieTable("new", "Neue Kooperationen", "after")),
    section("ch-lapsed", `Weggefallene Kooperationen (${fmt(c.tieCounts.lapsed)})`, tieTable("lapsed", "Weggefallene Kooperationen", "before")),
    section("ch-changed", `Veränderte Kooperationen (${fmt(c.tieCounts.changed)})`, h("p", { class: "hint" }, "In Klammern die Intensität (1 gelegentlich – 4 sehr eng)."), tieTable("changed", "Veränderte Kooperationen", "both")),
    section(
      "ch-actors",
      "Neue und nicht mehr vertretene Akteure",
      h("h3", {}, `Neu (${fmt(c.actorCounts.new)})`),
      actorList("new", "Neue Akteure"),
      h("h3", {}, `Nicht mehr vertreten (${fmt(c.actorCounts.gone)})`),
      actorList("gone", "Nicht mehr vertretene Akteure"),
    ),
    section("ch-rise", "Aufsteiger und Absteiger", moverTable(c.risers, "Aufsteiger"), moverTable(c.fallers, "Absteiger")),
    section(
      "ch-coupling",
      "Kopplung zwischen Rechtskreisen",
      c.crossed.length
        ? sortableTable(
            c.crossed,
            [
              { key: "row", label: "Gruppe A", value: (x) => group(x.row) },
              { key: "col", label: "Gruppe B", value: (x) => group(x.col) },
              { key: "became", label: "Jetzt", value: (x) => (x.became === "weak" ? "schwach gekoppelt" : "nicht mehr schwach gekoppelt") },
              { key: "sentence", label: "Beschreibung", value: (x) => x.sentence },
            ],
            { caption: "Zellen der Kopplungsmatrix, die die Schwelle „schwach gekoppelt“ überschritten haben" },
          )
        : h("p", {}, "Keine Zelle der Kopplungsmatrix hat die Schwelle „schwach gekoppelt“ überschritten."),
    ),
    section(
      "ch-pot",
      "Genutzte Kopplungspotenziale",
      p
        ? [
            p.sentence ? h("p", {}, p.sentence) : null,
            h(
              "dl",
              { class: "facts" },
              h("dt", {}, "Trefferquote"),
              h("dd", {}, pct(p.hit_rate), ` (${fmt(p.realised)} von ${fmt(p.top)} der stärksten Potenziale zu T1 kooperieren zu T2)`),
              h("dt", {}, "Bei Zufall zu erwarten"),
              h("dd", {}, pct(p.expected_rate), h("span", { class: "explain" }, "Anteil der zu T1 nicht kooperierenden Paare, die zu T2 kooperieren.")),
            ),
            p.pairs.length
              ? fold(p.pairs.length, h("summary", {}, `Kopplungspotenziale zu T1: alle ${fmt(p.pairs.length)} zeigen`), sortableTable(
                  p.pairs,
                  [
                    { key: "a", label: "Akteur A", value: (x) => x.a_name || x.a, cell: (x) => actorLink(x.a, x.a_name) },
                    { key: "b", label: "Akteur B", value: (x) => x.b_name || x.b, cell: (x) => actorLink(x.b, x.b_name) },
                    { key: "realised", label: "Kooperieren zu T2", value: (x) => (x.realised ? "ja" : "nein") },
                    { key: "sentence", label: "Beschreibung", value: (x) => x.sentence },
                  ],
                  { caption: `Die ${fmt(p.top)} stärksten Kopplungspotenziale zu T1`, sortKey: "realised", descending: true },
                ))
              : null,
          ]
        : h("p", {}, "Für diesen Vergleich liegen keine Kopplungspotenziale vor."),
    ),
  );
  try {
    // The map draws every new and lapsed tie; beyond the first page they come in pages at once.
    const whole = async (list: TieList): Promise<Tie[]> => {
      const offsets: number[] = [];
      for (let o = c.ties[list].length; o < c.tieCounts[list]; o += pageRows) offsets.push(o);
      const rest = await Promise.all(offsets.map((o) => pages.ties(list, o)));
      return [...c.ties[list], ...rest.flatMap((p) => p.items)];
    };
    replace(mapBox, await changeMap(c, from, to, whole));
  } catch (err) {
    replace(mapBox, errorBox(err, "Die Karte"));
  }
}
