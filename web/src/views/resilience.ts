// Resilienz: which actors hold the network together (GET /analysis/resilience) –
// those whose loss would cut most pairs of actors apart and most ties between legal
// domains, each explained.

import { readResilience, type ActorImpact, type MetricDef } from "../api/analysis";
import { loadDefinitions } from "../state";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { sortableTable } from "../ui/table";
import { keepParam, viewParam } from "../ui/viewParams";
import { analysisPage } from "./analysisPage";

const pct = (v: number) => fmt(v * 100, 1) + " %";

export function resilienceView(main: HTMLElement): Promise<void> {
  return analysisPage(
    main,
    "Resilienz",
    "Was geschähe, wenn ein Akteur wegfiele – etwa weil eine Stelle nicht besetzt wird oder ein Träger aufgibt? Oben stehen die Akteure, deren Ausfall das Netzwerk am stärksten auseinanderreißen und die meisten Kooperationen zwischen Rechtskreisen kappen würde. Für sie lohnt es sich, Vertretungen und zweite Verbindungen aufzubauen.",
    "/analysis/resilience",
    async (body, data) => {
      const r = readResilience(data);
      const defs = await loadDefinitions();
      const def = (code: string): MetricDef | undefined => defs.find((d) => d.code === code);
      const keyActors = r.actors.filter((a) => a.articulation_point).length;
      body.append(
        h(
          "section",
          { "aria-labelledby": "rs-now" },
          h("h2", { id: "rs-now" }, "Das Netzwerk heute"),
          h(
            "dl",
            { class: "facts" },
            h("dt", {}, "Getrennte Teilnetze"),
            h("dd", {}, fmt(r.components)),
            h("dt", {}, "Akteurspaare, die einander erreichen"),
            h("dd", {}, pct(r.connected_share)),
            h("dt", {}, "Kooperationen zwischen Rechtskreisen"),
            h("dd", {}, fmt(r.cross_domain_ties), h("span", { class: "explain" }, "Kooperationen zwischen Akteuren ohne gemeinsamen Rechtskreis.")),
            h("dt", {}, "Schlüsselakteure"),
            h("dd", {}, fmt(keyActors), h("span", { class: "explain" }, def("articulation_point")?.explanation ?? "Akteure, ohne die das Netzwerk in Teile zerfiele.")),
          ),
        ),
      );
      const out = h("div", {});
      const limits = ["10", "25", "50", "100"] as const;
      let limit = Number(viewParam("res_limit", limits, "25"));
      let onlyKey = viewParam("res_key", ["key"], "" as "key") === "key";
      const draw = () => {
        const rows = r.actors.filter((a) => !onlyKey || a.articulation_point);
        replace(
          out,
          rows.length
            ? sortableTable<ActorImpact & { rank: number }>(
                rows.map((a, i) => ({ ...a, rank: i + 1 })),
                [
                  { key: "rank", label: "Rang", value: (a) => a.rank, numeric: true },
                  { key: "name", label: "Akteur", value: (a) => a.name, cell: (a) => h("span", {}, h("a", { href: `/akteure/${encodeURIComponent(a.id)}`, "data-link": true }, a.name), h("span", { class: "explain" }, a.explanation)) },
                  { key: "criticality", label: def("resilience.criticality")?.label ?? "Kritikalität", title: def("resilience.criticality")?.explanation, value: (a) => a.criticality, cell: (a) => fmt(a.criticality), numeric: true },
                  { key: "pairs", label: def("resilience.disconnected_pairs")?.label ?? "Getrennte Akteurspaare", title: def("resilience.disconnected_pairs")?.explanation, value: (a) => a.disconnected_pairs, numeric: true, cell: (a) => fmt(a.disconnected_pairs) },
                  { key: "share", label: "Erreichbar danach", title: "Anteil der übrigen Akteurspaare, die einander ohne den Akteur noch erreichen", value: (a) => a.connected_share, numeric: true, cell: (a) => pct(a.connected_share) },
                  { key: "components", label: "Teilnetze danach", value: (a) => a.components, numeric: true, cell: (a) => fmt(a.components) },
                  { key: "cross", label: "Wegfallende Kooperationen über Rechtskreise", value: (a) => a.cross_domain_ties_lost, numeric: true, cell: (a) => fmt(a.cross_domain_ties_lost) },
                  { key: "degree", label: "Kooperationen", value: (a) => a.degree, numeric: true, cell: (a) => fmt(a.degree) },
                  { key: "key", label: "Schlüsselakteur", value: (a) => (a.articulation_point ? "ja" : "nein") },
                ],
                { caption: "Akteure, deren Ausfall das Netzwerk am stärksten trennt", sortKey: "rank", limit, class: "resilience" },
              )
            : h("p", { role: "status" }, "Kein Akteur hält das Netzwerk allein zusammen."),
        );
      };
      body.append(
        h(
          "section",
          { "aria-labelledby": "rs-list" },
          h("h2", { id: "rs-list" }, "Kritische Akteure"),
          h(
            "form",
            { class: "filters inline", "aria-label": "Auswahl der Akteure", onsubmit: (e: Event) => e.preventDefault() },
            labelledSelect("Anzahl", "res_limit", limits.map((n) => ({ value: n, label: n })), String(limit), null, (v) => (keepParam("res_limit", v, "25"), (limit = Number(v)), draw())),
            labelledSelect("Akteure", "res_key", [{ value: "key", label: `nur Schlüsselakteure (${keyActors})` }], onlyKey ? "key" : "", `alle (${r.actors.length})`, (v) => (keepParam("res_key", v), (onlyKey = v === "key"), draw())),
          ),
          out,
        ),
      );
      draw();
    },
    { slug: "resilienz", what: "Resilienz" },
  );
}
