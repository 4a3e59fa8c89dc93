// Maßnahmen: the measures the steering group agreed on, with their status and what
// the waves since showed of them (GET /analysis/measures: did the proposed tie
// appear, did the gap's supply change). Editing and deleting go through the Daten
// view's form, as for every other kind of entry.

import { allows } from "../api/auth";
import { get } from "../api/client";
import { actorOptions, currentUser, invalidate, labeller, loadDataset, loadSpaces, loadTaxonomy } from "../state";
import { fmt, h, replace } from "../ui/dom";
import { deleteEntity, outcomeBox } from "../ui/remove";
import { errorBox, loading } from "../ui/status";
import { sortableTable } from "../ui/table";

const title = "Maßnahmen";

/** Measure is what the list shows of a measure (graph.Measure). */
interface Measure {
  id: string;
  version: number;
  title: string;
  status: string;
  origin: { kind: string; from?: string; to?: string; social_space_id?: string; field?: string; target_group?: string };
  responsible?: string;
  due?: string;
}

/** Evaluation is the evaluation of a measure (graph/analysis/measures.Evaluation). */
interface Evaluation {
  measure_id: string;
  outcome: string;
  text: string;
  agreed: { label: string };
}

/** outcomeLabels name the outcomes of an evaluation in German. */
export const outcomeLabels: Record<string, string> = {
  pending: "noch offen",
  realised: "entstanden",
  not_realised: "nicht entstanden",
  lapsed: "wieder beendet",
  closed: "Lücke geschlossen",
  improved: "verbessert",
  unchanged: "unverändert",
  worsened: "verschlechtert",
};

export async function measuresView(main: HTMLElement): Promise<void> {
  const body = h("div", {}, loading(title));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h("p", { class: "lead" }, "Was die Steuerungsgruppe aus Kopplungspotenzialen und Angebotslücken vereinbart hat, und was die Erhebungswellen seither zeigen: Ist die Kooperation entstanden, hat sich die Versorgung verändert?"),
    body,
  );
  const outcome = h("div", {});
  const draw = async () => {
    let items: Measure[], evals: Evaluation[], canEdit: boolean;
    let actorName: (id: string) => string, spaceName: (id: string) => string, field: (c: string) => string, group: (c: string) => string;
    try {
      const [list, ev, me, tax, spaces, ds] = await Promise.all([
        get<{ items: Measure[] }>("/measures", { limit: 1000 }),
        get<{ evaluations: Evaluation[] }>("/analysis/measures"),
        currentUser(),
        loadTaxonomy(),
        loadSpaces(),
        loadDataset(),
      ]);
      items = list.items;
      evals = ev.evaluations;
      canEdit = allows(me?.role, "editor");
      const actors = new Map(actorOptions(ds).map((o) => [o.value, o.label]));
      const spaceNames = new Map(spaces.map((sp) => [sp.id, sp.name]));
      actorName = (id) => actors.get(id) ?? id;
      spaceName = (id) => spaceNames.get(id) ?? id;
      field = labeller(tax.fields);
      group = labeller(tax.target_groups);
    } catch (err) {
      replace(body, errorBox(err, title));
      return;
    }
    const byId = new Map(evals.map((e) => [e.measure_id, e]));
    const origin = (m: Measure) =>
      m.origin.kind === "potential"
        ? `Kopplung: ${actorName(m.origin.from ?? "")} und ${actorName(m.origin.to ?? "")}`
        : `Lücke: ${field(m.origin.field ?? "")}${m.origin.target_group ? ` für ${group(m.origin.target_group)}` : ""} in ${spaceName(m.origin.social_space_id ?? "")}`;
    const remove = async (m: Measure) => {
      const o = await deleteEntity({ kind: "measure", path: "/measures", id: m.id, version: m.version, singular: "Maßnahme", label: m.title });
      if (!o) return;
      replace(outcome, outcomeBox(o));
      if (o.done) {
        invalidate();
        await draw();
      }
      (outcome.firstElementChild as HTMLElement | null)?.focus?.();
    };
    replace(
      body,
      canEdit ? h("div", { class: "tools" }, h("a", { class: "button primary", href: "/daten/massnahmen?neu", "data-link": true }, "Maßnahme anlegen")) : null,
      outcome,
      h("p", { role: "status" }, items.length ? `${fmt(items.length)} Maßnahmen.` : "Noch keine Maßnahmen. Legen Sie eine aus den Kopplungspotenzialen oder den Angebotslücken an."),
      items.length
        ? sortableTable(items, [
            { key: "title", label: "Maßnahme", value: (m) => m.title, cell: (m) => h("span", {}, m.title, h("br", {}), h("small", {}, origin(m))) },
            { key: "status", label: "Stand", value: (m) => m.status },
            { key: "due", label: "Fällig", value: (m) => m.due ?? null, cell: (m) => (m.due ? new Date(m.due).toLocaleDateString("de-DE") : "–") },
            { key: "responsible", label: "Verantwortlich", value: (m) => m.responsible ?? null },
            { key: "outcome", label: "Ergebnis", value: (m) => outcomeLabels[byId.get(m.id)?.outcome ?? ""] ?? null },
            { key: "evaluation", label: "Auswertung", value: (m) => byId.get(m.id)?.text ?? null },
            ...(canEdit
              ? [
                  {
                    key: "actions",
                    label: "Aktion",
                    value: () => null,
                    cell: (m: Measure) =>
                      h(
                        "span",
                        { class: "actions" },
                        h("a", { href: `/daten/massnahmen?bearbeiten=${encodeURIComponent(m.id)}`, "data-link": true, "aria-label": `${m.title} bearbeiten` }, "Bearbeiten"),
                        " ",
                        h("button", { type: "button", class: "link danger", "aria-label": `${m.title} löschen`, onclick: () => void remove(m) }, "Löschen"),
                      ),
                  },
                ]
              : []),
          ], { caption: title, sortKey: "title" })
        : null,
    );
  };
  await draw();
}
