// What the Daten view edits: per kind its collection, German names, list columns and
// form fields, built from the taxonomy, the social spaces and the actors.

import type { Taxonomy } from "../api/types";
import { options } from "../state";
import type { Option, FieldSpec } from "../ui/form";

export interface KindSpec {
  slug: string;
  path: string;
  title: string;
  singular: string;
  /** label names an item in lists. */
  label: (item: Record<string, unknown>, actorName: (id: string) => string) => string;
  fields: FieldSpec[];
  /** blank is a new item's initial value. */
  blank: Record<string, unknown>;
}

export function kindSpecs(tax: Taxonomy, spaces: Option[], actors: Option[]): KindSpec[] {
  return [
    {
      slug: "akteure",
      path: "/actors",
      title: "Akteure",
      singular: "Akteur",
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
      path: "/cooperations",
      title: "Kooperationen",
      singular: "Kooperation",
      label: (c, name) => `${name(String(c.from))} – ${name(String(c.to))}`,
      blank: { kinds: [], intensity: 2 },
      fields: [
        { name: "from", label: "Erster Akteur", type: "select", required: true, options: actors },
        { name: "to", label: "Zweiter Akteur", type: "select", required: true, options: actors },
        { name: "directed", label: "Gerichtet (vom ersten zum zweiten Akteur)", type: "checkbox" },
        { name: "kinds", label: "Kooperationsarten", type: "checkboxes", required: true, options: options(tax.cooperation_kinds) },
        { name: "intensity", label: "Intensität (1 gelegentlich – 4 sehr eng)", type: "number", required: true, min: 1, max: 4 },
        { name: "trust", label: "Vertrauen (1–4, leer = nicht bewertet)", type: "number", min: 1, max: 4 },
        { name: "value", label: "Nutzen (1–4, leer = nicht bewertet)", type: "number", min: 1, max: 4 },
        { name: "valid_from", label: "Gültig ab", type: "date" },
        { name: "valid_until", label: "Gültig bis", type: "date" },
        { name: "source", label: "Quelle", type: "text" },
        { name: "note", label: "Notiz", type: "textarea" },
      ],
    },
    {
      slug: "angebote",
      path: "/offers",
      title: "Angebote",
      singular: "Angebot",
      label: (o, name) => `${String(o.name ?? o.id)} (${name(String(o.actor_id))})`,
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
  ];
}
