// Akteursprofil: an actor's details, offers, partners and metrics with rank and
// explanation in the chosen state of the network, its ego network, and (second tab,
// ?ansicht=verlauf) its history with "Wiederherstellen".

import { get, isMissing } from "../api/client";
import { isFlag, rankOf, type ActorMetrics } from "../api/analysis";
import type { Actor, Cooperation, Offer, SocialSpace, Taxonomy } from "../api/types";
import { categoryColors } from "../graph/colors";
import { allows } from "../api/auth";
import { coopCount } from "../api/time";
import { neighbours } from "../graph/dataset";
import { navigate } from "../router";
import { currentUser, getAll, invalidate, labeller, loadActorMetrics, loadNetwork, loadSpaces, loadStates, loadTaxonomy } from "../state";
import { historyPanel, specLabels } from "../ui/history";
import { deleteEntity, outcomeBox, setFlash } from "../ui/remove";
import { stateSelect } from "../ui/stateSelect";
import { kindSpecs } from "./entities";
import { fmt, h, replace, s } from "../ui/dom";
import { errorBox, loading, unavailable } from "../ui/status";
import { sortableTable } from "../ui/table";

export async function actorView(main: HTMLElement, [id]: string[], query = new URLSearchParams()): Promise<void> {
  main.append(h("h1", { tabindex: -1 }, "Akteursprofil"), loading("Das Profil"));
  let actor: Actor, offers: Offer[], coops: Cooperation[], tax: Taxonomy, spaces: SocialSpace[];
  try {
    [actor, offers, coops, tax, spaces] = await Promise.all([
      get<Actor>(`/actors/${encodeURIComponent(id)}`),
      getAll("/offers", { actor_id: id }),
      getAll("/cooperations", { actor_id: id }),
      loadTaxonomy(),
      loadSpaces(),
    ]);
  } catch (err) {
    replace(main, h("h1", { tabindex: -1 }, "Akteursprofil"), errorBox(err, "Das Profil"));
    return;
  }
  const net = await loadNetwork().catch(() => null);
  const ds = net?.dataset ?? null;
  const canEdit = allows((await currentUser())?.role, "editor");
  const outcome = h("div", {});
  const remove = async () => {
    const o = await deleteEntity({ kind: "actor", path: "/actors", id, version: actor.version, singular: "Akteur", label: actor.name });
    if (!o) return;
    if (o.done) {
      invalidate();
      setFlash(o);
      navigate("/daten/akteure");
    } else {
      replace(outcome, outcomeBox(o));
      (outcome.firstElementChild as HTMLElement).focus();
    }
  };
  const nameOf = (aid: string) => ds?.nodeData.get(aid)?.label ?? aid;
  const tabs = h(
    "nav",
    { "aria-label": "Ansichten des Akteurs", class: "tabs" },
    h(
      "ul",
      {},
      h("li", {}, h("a", { href: `/akteure/${encodeURIComponent(id)}`, "data-link": true, "aria-current": query.get("ansicht") === "verlauf" ? null : "page" }, "Profil")),
      h("li", {}, h("a", { href: `/akteure/${encodeURIComponent(id)}?ansicht=verlauf`, "data-link": true, "aria-current": query.get("ansicht") === "verlauf" ? "page" : null }, "Verlauf")),
    ),
  );
  if (query.get("ansicht") === "verlauf") {
    const me = await currentUser();
    const spec = kindSpecs(tax, spaces.map((sp) => ({ value: sp.id, label: sp.name })), [])[0];
    replace(
      main,
      h("h1", { tabindex: -1 }, actor.name),
      tabs,
      h("h2", {}, "Verlauf"),
      h("p", {}, "Jede Änderung an den Angaben dieses Akteurs, mit der Person und den geänderten Feldern. Eine frühere Version lässt sich wiederherstellen."),
      historyPanel({ kind: "actor", id, canEdit: allows(me?.role, "editor"), ...specLabels(spec.fields) }),
    );
    return;
  }
  // The partners in the chosen state: the ties of the state's network (one per pair).
  const statePartners = ds?.nodeData.has(id) ? neighbours(ds, id) : new Set<string>();
  const waveName = new Map(((await loadStates().catch(() => null))?.states ?? []).map((st) => [st.wave_id, st.wave_name || st.label]));
  const L = {
    kind: labeller(tax.actor_kinds),
    domain: labeller(tax.legal_domains),
    field: labeller(tax.fields),
    group: labeller(tax.target_groups),
    coop: labeller(tax.cooperation_kinds),
  };
  const spaceName = new Map(spaces.map((sp) => [sp.id, sp.name]));
  const metricsBox = h("section", { "aria-labelledby": "kz" }, h("h2", { id: "kz" }, "Kennzahlen"), loading("Die Kennzahlen"));
  const partnerOf = (c: Cooperation) => (c.from === id ? c.to : c.from);

  const stateText = net?.state?.label ?? "";
  replace(
    main,
    h("h1", { tabindex: -1 }, actor.name),
    tabs,
    h("p", { class: "lead" }, L.kind(actor.kind), " · ", (actor.legal_domains ?? []).map(L.domain).join(", ") || "nicht zugeordnet"),
    stateSelect(),
    h("p", { class: "state-line" }, h("strong", {}, `${statePartners.size} Partner`), ` (${coopCount(statePartners.size)})`, stateText ? `, ${stateText}` : "", "."),
    h(
      "div",
      { class: "tools" },
      h("a", { href: `/karte?akteur=${encodeURIComponent(id)}`, "data-link": true }, "Auf der Karte zeigen"),
      canEdit ? h("a", { class: "button", href: `/daten/akteure?bearbeiten=${encodeURIComponent(id)}`, "data-link": true }, "Bearbeiten") : null,
      canEdit ? h("button", { type: "button", class: "danger", onclick: () => void remove() }, "Akteur löschen") : null,
    ),
    outcome,
    h(
      "div",
      { class: "columns" },
      h(
        "section",
        { "aria-labelledby": "an" },
        h("h2", { id: "an" }, "Angaben"),
        h(
          "dl",
          { class: "facts" },
          fact("Kurzname", actor.short_name),
          fact("Handlungsfelder", actor.fields?.map(L.field).join(", ")),
          fact("Zielgruppen", actor.target_groups?.map(L.group).join(", ")),
          fact("Sozialräume", actor.social_spaces?.map((x) => spaceName.get(x) ?? x).join(", ")),
          fact("Anschrift", [actor.address?.street, [actor.address?.postal_code, actor.address?.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")),
          fact("Webseite", actor.website),
          fact("E-Mail", actor.email),
          fact("Telefon", actor.phone),
          fact("Beschreibung", actor.description),
        ),
      ),
      h("section", { "aria-labelledby": "ego" }, h("h2", { id: "ego" }, "Ego-Netzwerk"), egoNetwork(id, coops.filter((c) => statePartners.has(partnerOf(c))), nameOf)),
    ),
    metricsBox,
    h(
      "section",
      { "aria-labelledby": "pa" },
      h("h2", { id: "pa" }, `Partner (${statePartners.size})`),
      h("p", { class: "hint" }, `Die Tabelle nennt jede erfasste Kooperation aus allen Erhebungswellen und Zeiträumen (${coops.length}); die Spalte „Im gezeigten Stand“ sagt, ob der Partner ${stateText ? `im ${stateText}` : "im gezeigten Stand"} zählt. Mehrere Einträge desselben Paares zählen als eine Kooperation.`),
      coops.length
        ? sortableTable(coops, [
            { key: "partner", label: "Partner", value: (c) => nameOf(partnerOf(c)), cell: (c) => h("a", { href: `/akteure/${encodeURIComponent(partnerOf(c))}`, "data-link": true }, nameOf(partnerOf(c))) },
            { key: "kinds", label: "Kooperationsarten", value: (c) => (c.kinds ?? []).map(L.coop).join(", ") || "nicht zugeordnet" },
            { key: "direction", label: "Richtung", value: (c) => (!c.directed ? "gegenseitig" : c.from === id ? "ausgehend" : "eingehend") },
            { key: "intensity", label: "Intensität", value: (c) => c.intensity, numeric: true },
            { key: "wave", label: "Erhebungswelle", value: (c) => (c.wave_id ? (waveName.get(c.wave_id) ?? c.wave_id) : [c.valid_from, c.valid_until].some(Boolean) ? `gültig ${c.valid_from ?? "…"} bis ${c.valid_until ?? "…"}` : "–") },
            { key: "state", label: "Im gezeigten Stand", value: (c) => (statePartners.has(partnerOf(c)) ? "ja" : "nein") },
          ], { caption: "Erfasste Kooperationen", sortKey: "intensity", descending: true })
        : h("p", {}, "Keine Kooperationen erfasst."),
    ),
    h(
      "section",
      { "aria-labelledby": "ag" },
      h("h2", { id: "ag" }, "Angebote"),
      offers.length
        ? sortableTable(offers, [
            { key: "name", label: "Angebot", value: (o) => o.name },
            { key: "fields", label: "Handlungsfelder", value: (o) => o.fields.map(L.field).join(", ") },
            { key: "groups", label: "Zielgruppen", value: (o) => (o.target_groups ?? []).map(L.group).join(", ") },
            { key: "spaces", label: "Sozialräume", value: (o) => (o.social_spaces ?? []).map((x) => spaceName.get(x) ?? x).join(", ") },
            { key: "access", label: "Zugang", value: (o) => [o.barrier_free && "barrierefrei", o.low_threshold && "niedrigschwellig", o.counselling && "Beratung"].filter(Boolean).join(", ") },
          ], { caption: "Angebote" })
        : h("p", {}, "Keine Angebote erfasst."),
    ),
  );

  try {
    const m = await loadActorMetrics();
    replace(metricsBox, h("h2", { id: "kz" }, "Kennzahlen"), metricList(m, id));
  } catch (err) {
    replace(metricsBox, h("h2", { id: "kz" }, "Kennzahlen"), isMissing(err) ? unavailable("Kennzahlen") : errorBox(err, "Die Kennzahlen"));
  }
}

function fact(label: string, value: string | undefined): Node[] {
  if (!value) return [];
  return [h("dt", {}, label), h("dd", {}, value)];
}

function metricList(m: ActorMetrics, id: string): HTMLElement {
  const row = m.rows.find((r) => r.actorId === id);
  if (!row) return h("p", {}, "Für diesen Akteur liegen keine Kennzahlen vor.");
  return h(
    "dl",
    { class: "metrics" },
    m.metrics
      .filter((d) => d.code in row.values)
      .map((d) => {
        const flag = isFlag(d.code);
        const r = flag ? null : rankOf(m.rows, d.code, id);
        return [
          h("dt", {}, d.label),
          h("dd", {}, h("strong", {}, flag ? (row.values[d.code] ? "ja" : "nein") : fmt(row.values[d.code])), r ? ` – Rang ${r.rank} von ${r.of}` : "", d.explanation ? h("span", { class: "explain" }, d.explanation) : null),
        ];
      }),
  );
}

/** egoNetwork draws the actor in the middle, its partners on a circle and its ties. */
function egoNetwork(id: string, coops: Cooperation[], nameOf: (id: string) => string): Node {
  const partners = [...new Set(coops.map((c) => (c.from === id ? c.to : c.from)))];
  if (!partners.length) return h("p", {}, "Keine Partner.");
  const size = 360;
  const c = size / 2;
  const r = size / 2 - 70;
  const pos = new Map<string, [number, number]>([[id, [c, c]]]);
  partners.forEach((p, i) => {
    const a = (2 * Math.PI * i) / partners.length - Math.PI / 2;
    pos.set(p, [c + r * Math.cos(a), c + r * Math.sin(a)]);
  });
  const color = categoryColors(["ego", "partner"]);
  const shown = partners.length <= 24;
  return s(
    "svg",
    { viewBox: `0 0 ${size} ${size}`, class: "ego", role: "img", "aria-label": `Ego-Netzwerk mit ${partners.length} Partnern` },
    coops.map((co) => {
      const [x1, y1] = pos.get(co.from)!;
      const [x2, y2] = pos.get(co.to)!;
      return s("line", { x1, y1, x2, y2, stroke: "#7d8893", "stroke-width": co.intensity });
    }),
    [...pos].map(([n, [x, y]]) =>
      s(
        "g",
        {},
        s("circle", { cx: x, cy: y, r: n === id ? 12 : 7, fill: color.get(n === id ? "ego" : "partner")! }, s("title", {}, nameOf(n))),
        shown || n === id ? s("text", { x, y: y + (n === id ? 26 : 18), "text-anchor": "middle", class: "ego-label" }, truncate(nameOf(n), 22)) : null,
      ),
    ),
  );
}

function truncate(t: string, n: number): string {
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}
