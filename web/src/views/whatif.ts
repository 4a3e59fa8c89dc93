// Was wäre, wenn: a planner proposes ties (from the top coupling potentials or by
// hand) and removes actors, and sees the network figures, the coupling matrix and the
// resilience before and after, side by side (POST /analysis/what-if). Nothing is
// written to the network. The proposal lives in the address (?plus=, ?minus=), so
// that it can be linked, and can be kept under a name (saved scenarios).

import { ApiError } from "../api/problem";
import { get, isMissing, request } from "../api/client";
import { cellLookup, readPotentials, type ActorImpact, type CouplingCell, type CouplingMatrix, type Potential } from "../api/analysis";
import { withSelection, type Selection } from "../api/time";
import { proposalFrom, readWhatIf, withProposal, type Proposal, type WhatIfReport, type WhatIfScenario } from "../api/whatif";
import { deleteScenario, listScenarios, saveScenario, type SavedScenario } from "../api/scenarios";
import { ratioColor } from "../graph/colors";
import type { Dataset } from "../graph/dataset";
import { searchNodes } from "../graph/filters";
import { navigate } from "../router";
import { labeller, loadDataset, loadStates, loadTaxonomy, options, selection, stateParams } from "../state";
import { combobox } from "../ui/combobox";
import { confirmDialog } from "../ui/confirm";
import { fmt, h, labelledSelect, replace } from "../ui/dom";
import { heatmap } from "../ui/heatmap";
import { stateLine, stateSelect } from "../ui/stateSelect";
import { errorBox, loading } from "../ui/status";
import type { Taxonomy } from "../api/types";

const title = "Was wäre, wenn";
const topPotentials = 8;
const pct = (v: number) => fmt(v * 100, 1) + " %";
const count = (n: number, one: string, many: string) => `${fmt(n)} ${n === 1 ? one : many}`;

export async function whatIfView(main: HTMLElement, _p: string[] = [], query = new URLSearchParams()): Promise<void> {
  const body = h("div", {}, loading(title));
  replace(
    main,
    h("h1", { tabindex: -1 }, title),
    h(
      "p",
      { class: "lead" },
      "Probieren Sie aus, was neue Kooperationen oder der Wegfall von Akteuren am Netzwerk ändern würden: Kennzahlen, Kopplungsmatrix und Resilienz vorher und nachher. Es wird nichts ins Netzwerk geschrieben.",
    ),
    stateSelect(),
    body,
  );
  let tax: Taxonomy, ds: Dataset;
  try {
    [tax, ds] = await Promise.all([loadTaxonomy(), loadDataset()]);
  } catch (err) {
    replace(body, errorBox(err, title));
    return;
  }
  const kinds = tax.cooperation_kinds;
  const defaultKind = kinds.find((k) => k.code === "information")?.code ?? kinds[0]?.code ?? "";
  const kindLabel = labeller(kinds);
  const name = (id: string) => ds.nodeData.get(id)?.label ?? id;
  const proposal = proposalFrom(query, defaultKind);
  const path = location.pathname;

  const result = h("div", { "aria-live": "polite" });
  const potentialsBox = h("div", {}, loading("Kopplungspotenziale"));
  const scenariosBox = h("div", {});

  let request = 0;
  /** update keeps the address in step with the proposal and recomputes the comparison. */
  const update = async (focus?: HTMLElement | null) => {
    if (location.pathname === path) history.replaceState(history.state, "", path + "?" + withProposal(new URLSearchParams(location.search), proposal));
    drawProposal();
    drawPotentials();
    focus?.focus();
    const mine = ++request;
    if (!proposal.add.length && !proposal.remove.length) {
      replace(result, h("p", { role: "status" }, "Noch keine Änderung: Fügen Sie eine Kooperation hinzu oder lassen Sie einen Akteur wegfallen."));
      return;
    }
    replace(result, loading("Die Wirkung"));
    let r: WhatIfReport;
    try {
      r = readWhatIf(await request_("/analysis/what-if", proposal));
    } catch (err) {
      if (mine === request) replace(result, errorBox(err, "Die Wirkung"));
      return;
    }
    if (mine === request) drawResult(result, r);
  };

  // ---- the proposal ----
  const tieList = h("ul", { class: "proposal" });
  const removeList = h("ul", { class: "proposal" });
  const drawProposal = () => {
    replace(
      tieList,
      proposal.add.map((t, i) =>
        h(
          "li",
          {},
          `${name(t.from)} – ${name(t.to)} (${t.kinds.map(kindLabel).join(", ")}, Intensität ${t.intensity}) `,
          h("button", { type: "button", class: "link", "aria-label": `Kooperation ${name(t.from)} – ${name(t.to)} zurücknehmen`, onclick: () => (proposal.add.splice(i, 1), void update(addA.input)) }, "zurücknehmen"),
        ),
      ),
    );
    if (!proposal.add.length) replace(tieList, h("li", { class: "none" }, "keine"));
    replace(
      removeList,
      proposal.remove.map((id, i) =>
        h(
          "li",
          {},
          `${name(id)} fällt weg `,
          h("button", { type: "button", class: "link", "aria-label": `Wegfall von ${name(id)} zurücknehmen`, onclick: () => (proposal.remove.splice(i, 1), void update(drop.input)) }, "zurücknehmen"),
        ),
      ),
    );
    if (!proposal.remove.length) replace(removeList, h("li", { class: "none" }, "keiner"));
  };

  const actorSearch = (text: string) => searchNodes(ds, text, 10).map((id) => ({ value: id, label: name(id) }));
  const addA = combobox("Akteur A", "whatif_a", actorSearch);
  const addB = combobox("Akteur B", "whatif_b", actorSearch);
  let kind = defaultKind;
  let intensity = "2";
  const addForm = h(
    "form",
    { class: "filters inline", "aria-labelledby": "wi-add", novalidate: true },
    addA.element,
    addB.element,
    labelledSelect("Art", "whatif_kind", options(kinds), kind, null, (v) => (kind = v)),
    labelledSelect("Intensität", "whatif_intensity", ["1", "2", "3", "4"].map((v) => ({ value: v, label: v })), intensity, null, (v) => (intensity = v)),
    h("div", { class: "field" }, h("button", { type: "submit", class: "primary" }, "Kooperation hinzufügen")),
  );
  addForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const a = addA.value();
    const b = addB.value();
    addA.error(a ? null : "Bitte Akteur A aus der Vorschlagsliste wählen.");
    addB.error(b ? (b === a ? "Akteur B muss ein anderer Akteur sein als Akteur A." : null) : "Bitte Akteur B aus der Vorschlagsliste wählen.");
    if (!a) return addA.input.focus();
    if (!b || a === b) return addB.input.focus();
    if (proposal.remove.includes(a) || proposal.remove.includes(b)) {
      (proposal.remove.includes(a) ? addA : addB).error(`${name(proposal.remove.includes(a) ? a : b)} fällt im Vorschlag weg; bitte den Wegfall erst zurücknehmen.`);
      return;
    }
    proposal.add.push({ from: a, to: b, kinds: [kind], intensity: Number(intensity) });
    addA.clear();
    addB.clear();
    void update(addA.input);
  });

  const drop = combobox("Akteur", "whatif_drop", actorSearch);
  const dropForm = h("form", { class: "filters inline", "aria-labelledby": "wi-drop", novalidate: true }, drop.element, h("div", { class: "field" }, h("button", { type: "submit" }, "Wegfallen lassen")));
  dropForm.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const id = drop.value();
    if (!id) return drop.error("Bitte einen Akteur aus der Vorschlagsliste wählen."), drop.input.focus();
    if (proposal.remove.includes(id)) return drop.error(`${name(id)} fällt schon weg.`), drop.input.focus();
    const ties = proposal.add.filter((t) => t.from === id || t.to === id).length;
    if (ties) return drop.error(`${name(id)} hat ${ties === 1 ? "eine vorgeschlagene Kooperation" : `${ties} vorgeschlagene Kooperationen`}; bitte diese erst zurücknehmen.`), drop.input.focus();
    proposal.remove.push(id);
    drop.clear();
    void update(drop.input);
  });

  // ---- the top coupling potentials ----
  let potentials: Potential[] | null = null;
  const drawPotentials = () => {
    if (!potentials) return;
    const has = (p: Potential) => proposal.add.some((t) => (t.from === p.a.id && t.to === p.b.id) || (t.from === p.b.id && t.to === p.a.id));
    replace(
      potentialsBox,
      potentials.length
        ? h(
            "ol",
            { class: "potentials" },
            potentials.map((p) =>
              h(
                "li",
                {},
                `${p.a.name} – ${p.b.name} (Potenzial ${fmt(p.score, 2)}) `,
                has(p)
                  ? h("span", { class: "hint" }, "im Vorschlag")
                  : h(
                      "button",
                      {
                        type: "button",
                        "aria-label": `Kooperation ${p.a.name} – ${p.b.name} hinzufügen`,
                        disabled: proposal.remove.includes(p.a.id) || proposal.remove.includes(p.b.id),
                        onclick: () => (proposal.add.push({ from: p.a.id, to: p.b.id, kinds: [defaultKind], intensity: 2 }), void update(addA.input)),
                      },
                      "Hinzufügen",
                    ),
              ),
            ),
          )
        : h("p", {}, "Für diesen Stand gibt es keine Kopplungspotenziale."),
    );
  };

  replace(
    body,
    h(
      "section",
      { "aria-labelledby": "wi-proposal" },
      h("h2", { id: "wi-proposal" }, "Vorschlag"),
      h("div", { class: "columns" }, h("div", {}, h("h3", {}, "Neue Kooperationen"), tieList), h("div", {}, h("h3", {}, "Wegfallende Akteure"), removeList)),
      h("h3", { id: "wi-add" }, "Kooperation von Hand hinzufügen"),
      addForm,
      h("h3", { id: "wi-drop" }, "Akteur wegfallen lassen"),
      dropForm,
      h("h3", { id: "wi-pot" }, `Die ${topPotentials} stärksten Kopplungspotenziale`),
      potentialsBox,
      h("p", {}, h("button", { type: "button", onclick: () => ((proposal.add = []), (proposal.remove = []), void update(addA.input)) }, "Vorschlag leeren")),
    ),
    h("section", { "aria-labelledby": "wi-effect" }, h("h2", { id: "wi-effect" }, "Wirkung"), result),
    h("section", { "aria-labelledby": "wi-saved" }, h("h2", { id: "wi-saved" }, "Gespeicherte Szenarien"), scenariosBox),
  );

  void get("/analysis/coupling-potentials", { limit: topPotentials, ...stateParams() }).then(
    (data) => ((potentials = readPotentials(data).potentials), drawPotentials()),
    (err) => replace(potentialsBox, errorBox(err, "Die Kopplungspotenziale")),
  );
  void drawScenarios(scenariosBox, proposal);
  await update();
}

/** request_ posts the proposal for the chosen state. */
function request_(path: string, p: Proposal): Promise<unknown> {
  return request("POST", path, { query: stateParams(), body: p });
}

/** figureRows are the figures compared, with how each is shown. */
const figureRows: { key: keyof WhatIfScenario; label: string; format: (v: number) => string; explain?: string }[] = [
  { key: "actors", label: "Akteure", format: (v) => fmt(v) },
  { key: "ties", label: "Kooperationen (Paare)", format: (v) => fmt(v) },
  { key: "density", label: "Dichte", format: (v) => fmt(v, 4) },
  { key: "components", label: "Getrennte Teilnetze", format: (v) => fmt(v) },
  { key: "largest_component", label: "Akteure im größten Teilnetz", format: (v) => fmt(v) },
  { key: "connected_share", label: "Akteurspaare, die einander erreichen", format: pct },
  { key: "cross_domain_ties", label: "Kooperationen zwischen Rechtskreisen", format: (v) => fmt(v) },
  { key: "weak_domain_pairs", label: "Kaum gekoppelte Rechtskreispaare", format: (v) => fmt(v) },
  { key: "articulation_points", label: "Schlüsselakteure (Artikulationspunkte)", format: (v) => fmt(v) },
];

function drawResult(out: HTMLElement, r: WhatIfReport): void {
  const b = r.before;
  const a = r.after;
  const delta = (x: number, y: number, format: (v: number) => string) => (y === x ? "±0" : (y > x ? "+" : "−") + format(Math.abs(y - x)));
  replace(
    out,
    stateLine(r.state, "Berechnet für: "),
    h("ul", { class: "notes", id: "wi-changes" }, r.changes.map((s) => h("li", {}, s))),
    h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "Kennzahlen vorher und nachher" },
      h(
        "table",
        { class: "figures", id: "wi-figures" },
        h("caption", {}, "Kennzahlen vorher und nachher"),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Kennzahl"), h("th", { scope: "col", class: "num" }, "Vorher"), h("th", { scope: "col", class: "num" }, "Nachher"), h("th", { scope: "col", class: "num" }, "Änderung"))),
        h(
          "tbody",
          {},
          figureRows.map((f) => {
            const x = b[f.key] as number;
            const y = a[f.key] as number;
            return h("tr", { "data-code": f.key }, h("th", { scope: "row" }, f.label), h("td", { class: "num" }, f.format(x)), h("td", { class: "num" }, f.format(y)), h("td", { class: "num" }, delta(x, y, f.format)));
          }),
        ),
      ),
    ),
    h("h3", {}, "Kopplungsmatrix der Rechtskreise"),
    matrices(b.coupling, a.coupling),
    h("h3", {}, "Resilienz: die kritischsten Akteure"),
    h("div", { class: "columns" }, critical("Vorher", b.most_critical), critical("Nachher", a.most_critical)),
  );
}

/** matrices shows the coupling matrix before and after side by side; the cells that change are marked and listed in words. */
function matrices(before: CouplingMatrix, after: CouplingMatrix): HTMLElement {
  const was = cellLookup(before);
  const now = cellLookup(after);
  const label = new Map([...before.groups, ...after.groups].map((g) => [g.code, g.label]));
  const groups = (m: CouplingMatrix) => m.groups.filter((g) => g.actors > 0).map((g) => ({ key: g.code, label: `${g.label} (${g.actors})` }));
  // A cell changes when its count of ties or its weak coupling does; the ratios of
  // almost every cell move a little when an actor goes, and are shown, not marked.
  const differs = (x: CouplingCell | null, y: CouplingCell | null) => (x?.ties ?? 0) !== (y?.ties ?? 0) || (x?.weak ?? false) !== (y?.weak ?? false);
  const changes: string[] = [];
  for (const c of after.cells) {
    const old = was(c.a, c.b);
    if (!differs(old, c)) continue;
    const pair = `${label.get(c.a) ?? c.a} – ${label.get(c.b) ?? c.b}`;
    const weak = old?.weak === c.weak ? "" : c.weak ? "; jetzt schwach gekoppelt" : "; nicht mehr schwach gekoppelt";
    changes.push(`${pair}: ${fmt(old?.ties ?? 0)} → ${fmt(c.ties)} Kooperationen, Verhältnis ${fmt(old?.ratio ?? null, 2)} → ${fmt(c.ratio, 2)}${weak}.`);
  }
  const side = (caption: string, m: CouplingMatrix, cell: (a: string, b: string) => CouplingCell | null, other?: (a: string, b: string) => CouplingCell | null) =>
    h(
      "div",
      {},
      heatmap({
        caption,
        rows: groups(m),
        cols: groups(m),
        value: (x, y) => cell(x, y)?.ratio ?? null,
        color: ratioColor,
        format: (v) => fmt(v, 2),
        flag: (x, y) => (cell(x, y)?.weak ? "schwach gekoppelt" : null),
        changed: other ? (x, y) => (differs(other(x, y), cell(x, y)) ? `verändert: vorher ${fmt(other(x, y)?.ties ?? 0)} Kooperationen, Verhältnis ${fmt(other(x, y)?.ratio ?? null, 2)}` : null) : undefined,
      }),
    );
  return h(
    "div",
    {},
    h("div", { class: "side-by-side" }, side("Vorher: beobachtet ÷ erwartet", before, was), side("Nachher: beobachtet ÷ erwartet", after, now, was)),
    h("p", { class: "hint" }, "„!“ und Rahmen: schwach gekoppelt. „Δ“ und gestrichelter Rahmen: Anzahl der Kooperationen oder schwache Kopplung ändern sich durch den Vorschlag."),
    changes.length
      ? h("div", {}, h("h4", { id: "wi-cells" }, `Veränderte Zellen (${changes.length})`), h("ul", { class: "notes", "aria-labelledby": "wi-cells" }, changes.map((s) => h("li", {}, s))))
      : h("p", {}, "Keine Zelle der Kopplungsmatrix ändert sich."),
  );
}

function critical(caption: string, list: ActorImpact[]): HTMLElement {
  return h(
    "div",
    {},
    h("h4", {}, caption),
    list.length
      ? h("ol", { class: "critical" }, list.map((x) => h("li", {}, h("strong", {}, x.name), `: Kritikalität ${fmt(x.criticality)}, ${fmt(x.disconnected_pairs)} getrennte Paare${x.articulation_point ? ", Schlüsselakteur" : ""}`)))
      : h("p", {}, "Kein Akteur hält das Netzwerk allein zusammen."),
  );
}

/** drawScenarios shows the saved scenarios (open, delete) and the form that keeps the current proposal under a name. */
async function drawScenarios(box: HTMLElement, proposal: Proposal): Promise<void> {
  let list: SavedScenario[];
  let waves = new Map<string, string>();
  try {
    list = await listScenarios();
    waves = new Map((await loadStates().catch(() => null))?.states.map((st) => [st.wave_id, st.wave_name || st.label]) ?? []);
  } catch (err) {
    replace(box, isMissing(err) ? h("p", { class: "hint" }, "Szenarien lassen sich auf diesem Server noch nicht speichern.") : errorBox(err, "Die Szenarien"));
    return;
  }
  const nameInput = h("input", { id: "wi-name", name: "name", type: "text", maxlength: 100, autocomplete: "off", "aria-describedby": "wi-name-err" }) as HTMLInputElement;
  const nameError = h("p", { class: "field-error", id: "wi-name-err", hidden: true });
  const status = h("p", { role: "status" });
  const fail = (message: string) => {
    replace(nameError, message);
    nameError.hidden = false;
    nameInput.setAttribute("aria-invalid", "true");
    nameInput.focus();
  };
  const form = h(
    "form",
    { class: "filters inline", "aria-label": "Szenario speichern", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "wi-name" }, "Name des Szenarios"), nameInput, nameError),
    h("div", { class: "field" }, h("button", { type: "submit", class: "primary" }, "Szenario speichern")),
  );
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    nameError.hidden = true;
    nameInput.removeAttribute("aria-invalid");
    replace(status);
    if (!nameInput.value.trim()) return fail("Bitte einen Namen angeben.");
    if (!proposal.add.length && !proposal.remove.length) return fail("Der Vorschlag ist leer; es gibt nichts zu speichern.");
    try {
      await saveScenario(nameInput.value.trim(), selection(), proposal);
    } catch (err) {
      // A conflict's detail names the taken name; otherwise each field's message says what is wrong.
      if (err instanceof ApiError) return fail((err.status === 409 ? "" : (err.problem.errors ?? []).map((e) => e.message).join(" ")) || err.problem.detail || err.problem.title);
      throw err;
    }
    replace(status, `Szenario „${nameInput.value.trim()}“ gespeichert.`);
    await drawScenarios(box, proposal);
    (box.querySelector("[role=status]") as HTMLElement | null)?.replaceChildren(`Szenario „${nameInput.value.trim()}“ gespeichert.`);
  });
  const open = (s: SavedScenario) => {
    const sel: Selection = s.wave ? { wave: s.wave } : s.date ? { date: s.date } : {};
    navigate(withSelection("/was-waere-wenn?" + withProposal(new URLSearchParams(), s.proposal), sel));
  };
  replace(
    box,
    form,
    status,
    list.length
      ? h(
          "ul",
          { class: "scenarios" },
          list.map((s) =>
            h(
              "li",
              {},
              h("strong", {}, s.name),
              ` – ${count(s.proposal.add.length, "neue Kooperation", "neue Kooperationen")}, ${count(s.proposal.remove.length, "wegfallender Akteur", "wegfallende Akteure")}, ${s.wave ? "Erhebungswelle " + (waves.get(s.wave) ?? s.wave) : s.date ? "Stichtag " + s.date : "Stand heute"} `,
              h("button", { type: "button", "aria-label": `Szenario „${s.name}“ öffnen`, onclick: () => open(s) }, "Öffnen"),
              " ",
              h(
                "button",
                {
                  type: "button",
                  class: "danger",
                  "aria-label": `Szenario „${s.name}“ löschen`,
                  onclick: async () => {
                    const ok = await confirmDialog({ title: "Szenario löschen?", body: `Das Szenario „${s.name}“ wird gelöscht. Das Netzwerk bleibt unverändert.`, confirmLabel: "Löschen", danger: true });
                    if (!ok) return;
                    try {
                      await deleteScenario(s.id);
                    } catch (err) {
                      replace(status, errorBox(err, "Das Szenario"));
                      return;
                    }
                    await drawScenarios(box, proposal);
                    (box.querySelector("[role=status]") as HTMLElement | null)?.replaceChildren(`Szenario „${s.name}“ gelöscht.`);
                    (box.querySelector("#wi-name") as HTMLElement | null)?.focus();
                  },
                },
                "Löschen",
              ),
            ),
          ),
        )
      : h("p", {}, "Noch kein Szenario gespeichert."),
  );
}
