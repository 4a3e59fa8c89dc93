// Kopplungspotenziale: ranked pairs of actors from different legal domains that serve
// the same area and group but do not cooperate yet, with the reasons; filterable, and
// each pair can be shown on the map.

import { readPotentials, type Potential } from "../api/analysis";
import { labeller, loadDataset, loadSpaces, loadTaxonomy, options, spaceOptions } from "../state";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { sortableTable } from "../ui/table";
import { analysisPage } from "./analysisPage";

export function potentialsView(main: HTMLElement): Promise<void> {
  return analysisPage(
    main,
    "Kopplungspotenziale",
    "Paare von Akteuren aus verschiedenen Rechtskreisen, die im selben Gebiet dieselben Zielgruppen erreichen, aber noch nicht zusammenarbeiten – nach Potenzial geordnet, jeweils mit Begründung.",
    "/analysis/coupling-potentials",
    async (body, data) => {
      const [tax, ds, spaces] = await Promise.all([loadTaxonomy(), loadDataset(), loadSpaces()]);
      const all = readPotentials(data);
      const name = (id: string) => ds.nodeData.get(id)?.label ?? id;
      const domains = (id: string) => ds.nodeData.get(id)?.legalDomains ?? [];
      const inSpaces = (id: string) => ds.nodeData.get(id)?.socialSpaces ?? [];
      const domain = labeller(tax.legal_domains);
      let f = { domain: "", space: "", text: "" };
      const out = h("div", {});
      const draw = () => {
        const rows = all.filter(
          (p) =>
            (!f.domain || [...domains(p.a), ...domains(p.b), ...p.legalDomains].includes(f.domain)) &&
            (!f.space || [...inSpaces(p.a), ...inSpaces(p.b), ...p.socialSpaces].includes(f.space)) &&
            (!f.text || (name(p.a) + " " + name(p.b)).toLowerCase().includes(f.text.toLowerCase())),
        );
        replace(
          out,
          rows.length
            ? sortableTable<Potential & { rank: number }>(rows.map((p) => ({ ...p, rank: all.indexOf(p) + 1 })), [
                { key: "rank", label: "Rang", value: (p) => p.rank, numeric: true },
                { key: "a", label: "Akteur A", value: (p) => name(p.a), cell: (p) => actorCell(p.a, name(p.a), domains(p.a).map(domain)) },
                { key: "b", label: "Akteur B", value: (p) => name(p.b), cell: (p) => actorCell(p.b, name(p.b), domains(p.b).map(domain)) },
                { key: "score", label: "Potenzial", value: (p) => p.score, cell: (p) => fmt(p.score, 2), numeric: true },
                { key: "reasons", label: "Begründung", value: (p) => p.reasons.join(" "), cell: (p) => h("ul", { class: "reasons" }, p.reasons.map((r) => h("li", {}, r))) },
                { key: "map", label: "Karte", value: () => null, cell: (p) => h("a", { href: `/karte?paar=${encodeURIComponent(p.a)},${encodeURIComponent(p.b)}`, "data-link": true, "aria-label": `${name(p.a)} und ${name(p.b)} auf der Karte zeigen` }, "Auf der Karte zeigen") },
              ], { caption: "Kopplungspotenziale", sortKey: "rank", limit: 200 })
            : h("p", { role: "status" }, "Keine Kopplungspotenziale für diese Auswahl."),
        );
      };
      const textId = "pot-q";
      body.append(
        h(
          "form",
          { class: "filters inline", "aria-label": "Filter", onsubmit: (e: Event) => e.preventDefault() },
          labelledSelect("Rechtskreis", "legal_domain", options(tax.legal_domains), "", "Alle", (v) => ((f = { ...f, domain: v }), draw())),
          labelledSelect("Sozialraum", "social_space", spaceOptions(spaces), "", "Alle", (v) => ((f = { ...f, space: v }), draw())),
          h("div", { class: "field" }, h("label", { for: textId }, "Name enthält"), h("input", { id: textId, type: "search", oninput: (e: Event) => ((f = { ...f, text: (e.target as HTMLInputElement).value }), draw()) })),
        ),
        out,
      );
      draw();
    },
  );
}

function actorCell(id: string, name: string, domains: string[]): Node {
  return h("span", {}, h("a", { href: `/akteure/${encodeURIComponent(id)}`, "data-link": true }, name), h("br", {}), h("small", {}, domains.join(", ")));
}
