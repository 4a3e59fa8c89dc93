// What the Daten view edits: per kind its collection, German names, list labels and
// form fields, built from the taxonomy, the social spaces, the waves and the actors.

import type { Taxonomy } from "../api/types";
import { labeller, options } from "../state";
import type { Option, FieldSpec } from "../ui/form";

/** Names turns IDs and codes into what a person reads in a list. */
export interface Names {
  actor: (id: string) => string;
  space: (id: string) => string;
}

export interface KindSpec {
  slug: string;
  /** kind is the entity kind of the API (DELETE answers, the CSV export's kind=). */
  kind: string;
  path: string;
  title: string;
  singular: string;
  /** searchable says whether the list takes a q= search. */
  searchable: boolean;
  /** label names an item in lists and confirmations. */
  label: (item: Record<string, unknown>, names: Names) => string;
  fields: FieldSpec[];
  /** blank is a new item's initial value. */
  blank: Record<string, unknown>;
  /** prefill returns the values a link gives a new item (see measureHref), merged over blank. */
  prefill?: (query: URLSearchParams) => Record<string, unknown>;
}

/** statusOptions are the statuses of a measure (graph.Measure*). */
export const statusOptions: Option[] = ["geplant", "begonnen", "erledigt", "verworfen"].map((s) => ({ value: s, label: s }));

/** originOptions are the origins of a measure (graph.Origin*). */
export const originOptions: Option[] = [
  { value: "potential", label: "Kopplungspotenzial (zwei Akteure zusammenbringen)" },
  { value: "gap", label: "Angebotslücke (Sozialraum und Handlungsfeld)" },
];

/** measurePrefill reads the values of a new measure from a link of measureHref. */
export function measurePrefill(q: URLSearchParams): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const kind = q.get("herkunft");
  if (kind === "potential") out.origin = { kind, from: q.get("von") ?? "", to: q.get("zu") ?? "" };
  if (kind === "gap") out.origin = { kind, social_space_id: q.get("sozialraum") ?? "", field: q.get("feld") ?? "", target_group: q.get("zielgruppe") || undefined };
  if (kind === "potential") out.actors = [q.get("von"), q.get("zu")].filter(Boolean);
  if (q.get("titel")) out.title = q.get("titel");
  if (q.get("welle")) out.agreed_wave_id = q.get("welle");
  else if (q.get("datum")) out.agreed_on = q.get("datum");
  return out;
}

/** measureHref is the link that opens a new measure filled from a potential or a gap, agreed at the state shown. */
export function measureHref(values: Record<string, string | undefined>, state: { wave_id: string; date: string } | null): string {
  const q = new URLSearchParams({ neu: "" });
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  if (state?.wave_id) q.set("welle", state.wave_id);
  else if (state?.date) q.set("datum", state.date);
  return `/daten/massnahmen?${q}`;
}

/** measureOptions are the measures of a need (graph.Measure*). */
export const measureOptions: Option[] = [
  { value: "offers", label: "Angebote (Anzahl)" },
  { value: "offers_per_1000", label: "Angebote je 1.000 Einwohner" },
  { value: "places_per_1000", label: "Plätze je 1.000 Einwohner" },
];

export function kindSpecs(tax: Taxonomy, spaces: Option[], actors: Option[], waves: Option[] = []): KindSpec[] {
  const field = labeller(tax.fields);
  const group = labeller(tax.target_groups);
  const level = labeller(tax.space_levels);
  const measure = (code: string) => measureOptions.find((m) => m.value === code)?.label ?? code;
  return [
    {
      slug: "akteure",
      kind: "actor",
      path: "/actors",
      title: "Akteure",
      singular: "Akteur",
      searchable: true,
      label: (a) => String(a.name ?? a.id),
      blank: { legal_domains: [] },
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        { name: "short_name", label: "Kurzname", type: "text" },
        { name: "kind", label: "Akteursart", type: "select", required: true, options: options(tax.actor_kinds) },
        { name: "legal_domains", label: "Rechtskreise", type: "checkboxes", required: true, options: options(tax.legal_domains), hint: "Mindestens einer." },
        { name: "fields", label: "Handlungsfelder", type: "checkboxes", options: options(tax.fields) },
        { name: "target_groups", label: "Zielgruppen", type: "checkboxes", options: options(tax.target_groups) },
        { name: "social_spaces", label: "Sozialräume", type: "checkboxes", options: spaces },
        { name: "address.street", label: "Straße", type: "text" },
        { name: "address.postal_code", label: "Postleitzahl", type: "text" },
        { name: "address.city", label: "Ort", type: "text" },
        { name: "website", label: "Webseite", type: "url", hint: "Mit http:// oder https://." },
        { name: "email", label: "E-Mail", type: "email" },
        { name: "phone", label: "Telefon", type: "tel" },
        { name: "description", label: "Beschreibung", type: "textarea" },
      ],
    },
    {
      slug: "kooperationen",
      kind: "cooperation",
      path: "/cooperations",
      title: "Kooperationen",
      singular: "Kooperation",
      searchable: false,
      label: (c, n) => `${n.actor(String(c.from))} – ${n.actor(String(c.to))}`,
      blank: { kinds: [], intensity: 2 },
      fields: [
        { name: "from", label: "Erster Akteur", type: "select", required: true, options: actors },
        { name: "to", label: "Zweiter Akteur", type: "select", required: true, options: actors },
        { name: "directed", label: "Gerichtet (vom ersten zum zweiten Akteur)", type: "checkbox" },
        { name: "kinds", label: "Kooperationsarten", type: "checkboxes", required: true, options: options(tax.cooperation_kinds) },
        { name: "intensity", label: "Intensität (1 gelegentlich – 4 sehr eng)", type: "number", required: true, min: 1, max: 4 },
        { name: "trust", label: "Vertrauen (1–4, leer = nicht bewertet)", type: "number", min: 1, max: 4 },
        { name: "value", label: "Nutzen (1–4, leer = nicht bewertet)", type: "number", min: 1, max: 4 },
        { name: "wave_id", label: "Erhebungswelle", type: "select", options: waves },
        { name: "valid_from", label: "Gültig ab", type: "date" },
        { name: "valid_until", label: "Gültig bis", type: "date" },
        { name: "source", label: "Quelle", type: "text" },
        { name: "note", label: "Notiz", type: "textarea" },
      ],
    },
    {
      slug: "angebote",
      kind: "offer",
      path: "/offers",
      title: "Angebote",
      singular: "Angebot",
      searchable: true,
      label: (o, n) => `${String(o.name ?? o.id)} (${n.actor(String(o.actor_id))})`,
      blank: { fields: [] },
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        { name: "actor_id", label: "Anbietender Akteur", type: "select", required: true, options: actors },
        { name: "fields", label: "Handlungsfelder", type: "checkboxes", required: true, options: options(tax.fields) },
        { name: "target_groups", label: "Zielgruppen", type: "checkboxes", options: options(tax.target_groups) },
        { name: "social_spaces", label: "Sozialräume", type: "checkboxes", options: spaces },
        { name: "legal_domains", label: "Rechtskreise", type: "checkboxes", options: options(tax.legal_domains) },
        { name: "legal_basis", label: "Rechtsgrundlage", type: "text", hint: "Zum Beispiel „§ 113 SGB IX“." },
        { name: "capacity", label: "Plätze", type: "number", min: 0 },
        { name: "barrier_free", label: "Barrierefrei", type: "checkbox" },
        { name: "low_threshold", label: "Niedrigschwellig", type: "checkbox" },
        { name: "counselling", label: "Beratungsangebot (§ 106 SGB IX)", type: "checkbox" },
        { name: "description", label: "Beschreibung", type: "textarea" },
      ],
    },
    {
      slug: "bedarfe",
      kind: "need",
      path: "/needs",
      title: "Bedarfe",
      singular: "Bedarf",
      searchable: false,
      label: (b, n) =>
        `${n.space(String(b.social_space_id))}: ${field(String(b.field))}${b.target_group ? ` für ${group(String(b.target_group))}` : ""}, Ziel ${String(b.target).replace(".", ",")} ${measure(String(b.measure))}${b.year ? ` (${String(b.year)})` : ""}`,
      blank: { measure: "offers_per_1000" },
      fields: [
        { name: "social_space_id", label: "Sozialraum", type: "select", required: true, options: spaces },
        { name: "field", label: "Handlungsfeld", type: "select", required: true, options: options(tax.fields) },
        { name: "target_group", label: "Zielgruppe", type: "select", options: options(tax.target_groups), hint: "Leer: für alle Zielgruppen." },
        { name: "measure", label: "Maß", type: "select", required: true, options: measureOptions },
        { name: "target", label: "Zielwert", type: "number", required: true, min: 0, step: "any", hint: "Größer als 0, zum Beispiel 1,5." },
        { name: "year", label: "Planungsjahr", type: "number", min: 1900, max: 2200, hint: "Leer: gilt für jedes Jahr." },
        { name: "note", label: "Notiz", type: "textarea" },
      ],
    },
    {
      slug: "sozialraeume",
      kind: "social_space",
      path: "/social-spaces",
      title: "Sozialräume",
      singular: "Sozialraum",
      searchable: true,
      label: (s) => `${String(s.name ?? s.id)} (${level(String(s.level))})`,
      blank: {},
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        { name: "level", label: "Gebietsebene", type: "select", required: true, options: options(tax.space_levels) },
        { name: "parent_id", label: "Liegt in", type: "select", options: spaces, hint: "Das übergeordnete Gebiet; leer für die oberste Ebene." },
        { name: "boundary", label: "Grenze", type: "boundary", hint: "GeoJSON-Datei (Polygon oder MultiPolygon in WGS 84, zum Beispiel aus QGIS)." },
      ],
    },
    {
      slug: "massnahmen",
      kind: "measure",
      path: "/measures",
      title: "Maßnahmen",
      singular: "Maßnahme",
      searchable: true,
      label: (m) => `${String(m.title ?? m.id)} (${String(m.status ?? "")})`,
      blank: { status: "geplant", origin: { kind: "potential" } },
      prefill: measurePrefill,
      fields: [
        { name: "title", label: "Titel", type: "text", required: true },
        { name: "status", label: "Stand", type: "select", required: true, options: statusOptions },
        { name: "origin.kind", label: "Herkunft", type: "select", required: true, options: originOptions },
        { name: "origin.from", label: "Erster Akteur (Kopplungspotenzial)", type: "select", options: actors },
        { name: "origin.to", label: "Zweiter Akteur (Kopplungspotenzial)", type: "select", options: actors },
        { name: "origin.social_space_id", label: "Sozialraum (Angebotslücke)", type: "select", options: spaces },
        { name: "origin.field", label: "Handlungsfeld (Angebotslücke)", type: "select", options: options(tax.fields) },
        { name: "origin.target_group", label: "Zielgruppe (Angebotslücke)", type: "select", options: options(tax.target_groups), hint: "Leer: für alle Zielgruppen." },
        { name: "actors", label: "Beteiligte Akteure", type: "checkboxes", options: actors },
        { name: "responsible", label: "Verantwortlich", type: "text", hint: "Wer kümmert sich, zum Beispiel „Sozialplanung, Frau Meier“." },
        { name: "due", label: "Fällig bis", type: "date" },
        { name: "agreed_wave_id", label: "Vereinbart nach der Erhebungswelle", type: "select", options: waves, hint: "Ausgewertet wird bei jeder späteren Welle. Ohne Welle: das Datum darunter." },
        { name: "agreed_on", label: "Vereinbart am", type: "date", hint: "Nur ohne Erhebungswelle." },
        { name: "description", label: "Beschreibung", type: "textarea" },
      ],
    },
    {
      slug: "erhebungswellen",
      kind: "wave",
      path: "/waves",
      title: "Erhebungswellen",
      singular: "Erhebungswelle",
      searchable: true,
      label: (w) => `${String(w.name ?? w.id)}${w.date ? ` (${new Date(String(w.date)).toLocaleDateString("de-DE")})` : ""}`,
      blank: {},
      fields: [
        { name: "name", label: "Name", type: "text", required: true },
        { name: "date", label: "Stichtag", type: "date", required: true },
        { name: "description", label: "Beschreibung", type: "textarea" },
      ],
    },
  ];
}
