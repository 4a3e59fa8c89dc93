// The map's filter form, shared by the detailed map and the overview of a large network.

import type { Taxonomy } from "../api/types";
import type { MapFilters } from "../graph/filters";
import { options } from "../state";
import { h, labelledSelect } from "../ui/dom";

/**
 * mapFilterForm returns the map's filter form; selects receives each filter's select
 * element, and change is called with a filter and its new value.
 */
export function mapFilterForm(tax: Taxonomy, spaceOpts: { value: string; label: string }[], selects: Map<keyof MapFilters, HTMLSelectElement>, change: (k: keyof MapFilters, v: string) => void): HTMLFormElement {
  const filter = (k: keyof MapFilters, label: string, name: string, opts: { value: string; label: string }[]) => {
    const el = labelledSelect(label, name, opts, "", "Alle", (v) => change(k, v));
    selects.set(k, el.querySelector("select")!);
    return el;
  };
  return h(
    "form",
    { class: "filters", "aria-label": "Filter", onsubmit: (e: Event) => e.preventDefault() },
    filter("socialSpace", "Sozialraum", "social_space", spaceOpts),
    filter("legalDomain", "Rechtskreis", "legal_domain", options(tax.legal_domains)),
    filter("field", "Handlungsfeld", "field", options(tax.fields)),
    filter("targetGroup", "Zielgruppe", "target_group", options(tax.target_groups)),
    filter("actorKind", "Akteursart", "actor_kind", options(tax.actor_kinds)),
    filter("cooperationKind", "Kooperationsart", "cooperation_kind", options(tax.cooperation_kinds)),
    filter("minIntensity", "Mindestintensität", "min_intensity", [1, 2, 3, 4].map((i) => ({ value: String(i), label: `ab ${i}` }))),
  );
}
