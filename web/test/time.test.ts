import { describe, expect, it } from "vitest";
import {
  batchIdOf,
  carryState,
  changeSentence,
  currentVersion,
  isDate,
  mapCountText,
  pairCount,
  readActorPage,
  readChanges,
  readTiePage,
  readHistory,
  readStates,
  restorable,
  revertSentence,
  selectionFrom,
  selectionFromParam,
  selectionOf,
  stateOf,
  stateQuery,
  stateSentence,
  undoTarget,
  withSelection,
  type HistoryEvent,
} from "../src/api/time";
import { buildDataset } from "../src/graph/dataset";
import { changeEdges, placeNodes } from "../src/ui/changeMap";
import { specLabels } from "../src/ui/history";
import { stateOptions } from "../src/ui/stateSelect";
import { activityQuery } from "../src/views/activity";

const autumn = { wave_id: "w3", wave_name: "Erhebung Herbst 2026", date: "2026-10-15", label: "Stand Erhebung Herbst 2026", actors: 180, cooperations: 498 };
const spring = { wave_id: "w2", wave_name: "Erhebung Frühjahr 2025", date: "2025-04-01", label: "Stand Erhebung Frühjahr 2025", actors: 160, cooperations: 455 };

describe("the chosen state", () => {
  it("is read from the address, a wave before a date, blanks ignored", () => {
    expect(selectionFrom(new URLSearchParams("wave=w3"))).toEqual({ wave: "w3" });
    expect(selectionFrom(new URLSearchParams("date=2025-06-30"))).toEqual({ date: "2025-06-30" });
    expect(selectionFrom(new URLSearchParams("wave=w3&date=2025-06-30"))).toEqual({ wave: "w3" });
    expect(selectionFrom(new URLSearchParams("wave=%20&x=1"))).toEqual({});
    expect(stateQuery({ date: "2025-06-30" })).toEqual({ date: "2025-06-30" });
    expect(stateQuery({})).toEqual({});
  });
  it("is put into an address, keeping its other parameters and fragment", () => {
    expect(withSelection("/kopplungspotenziale?limit=25&date=2024-01-01#x", { wave: "w 3" })).toBe("/kopplungspotenziale?limit=25&wave=w+3#x");
    expect(withSelection("/karte?wave=w3&akteur=a", {})).toBe("/karte?akteur=a");
    expect(selectionOf("wave:w3")).toEqual({ wave: "w3" });
    expect(selectionOf("date:2025-06-30")).toEqual({ date: "2025-06-30" });
    expect(selectionOf("")).toEqual({});
    expect(selectionFromParam("2025-06-30")).toEqual({ date: "2025-06-30" });
    expect(selectionFromParam("herbst-2026")).toEqual({ wave: "herbst-2026" });
  });
  it("follows links between views of a state, not to data pages or links that name their own", () => {
    expect(carryState("/kennzahlen", "?wave=w3")).toBe("/kennzahlen?wave=w3");
    expect(carryState("/karte?paar=a,b", "?date=2025-06-30")).toBe("/karte?paar=a%2Cb&date=2025-06-30");
    expect(carryState("/akteure/a1", "?wave=w3")).toBe("/akteure/a1?wave=w3");
    expect(carryState("/daten/akteure", "?wave=w3")).toBe("/daten/akteure");
    expect(carryState("/kennzahlen?date=2024-01-01", "?wave=w3")).toBe("/kennzahlen?date=2024-01-01");
    expect(carryState("/kennzahlen", "")).toBe("/kennzahlen");
  });
  it("accepts only real calendar dates", () => {
    expect(isDate("2024-02-29")).toBe(true);
    expect(isDate("2025-02-29")).toBe(false);
    expect(isDate("2025-13-01")).toBe(false);
    expect(isDate("30.06.2025")).toBe(false);
  });
  it("is said in German with the count of cooperations", () => {
    const st = stateOf({ state: autumn, actors: [] });
    expect(st && stateSentence(st)).toBe("498 Kooperationen, Stand Erhebung Herbst 2026");
    expect(stateOf({ actors: [] })).toBeNull();
    expect(() => stateOf({ state: { label: "x" } })).toThrow(/date/);
    const list = readStates({ states: [{ ...autumn, closed: true }, spring], default: { ...autumn, wave_id: "", wave_name: "", label: "Stand heute" } });
    expect(list.states.map((s) => [s.wave_id, s.closed])).toEqual([["w3", true], ["w2", false]]);
    expect(stateSentence({ ...list.default, cooperations: 1 })).toBe("1 Kooperation, Stand heute");
  });
});

describe("the map's count", () => {
  it("counts a pair once, whatever its records and directions", () => {
    expect(pairCount([["a", "b"], ["b", "a"], ["a", "b"], ["a", "c"]])).toBe(2);
  });
  it("says the state's count when everything is shown, else how many of it", () => {
    const st = { ...autumn, closed: false };
    expect(mapCountText(180, 180, 498, st)).toBe("180 von 180 Akteuren · 498 Kooperationen, Stand Erhebung Herbst 2026");
    expect(mapCountText(40, 180, 61, st)).toBe("40 von 180 Akteuren · 61 von 498 Kooperationen sichtbar, Stand Erhebung Herbst 2026");
    expect(mapCountText(3, 4, 1, null)).toBe("3 von 4 Akteuren · 1 Kooperation sichtbar");
  });
});

// The shape of GET /analysis/changes as graph/analysis/changes writes it.
const changes = {
  from: spring,
  to: autumn,
  summary: ["Seit der Erhebung Frühjahr 2025 kamen 2 Kooperationen hinzu; 1 fiel weg."],
  ties: {
    new: [{ from: "a", to: "c", from_name: "Jobcenter", to_name: "Sportverein", kinds_before: null, kinds_after: ["information"], intensity_before: 0, intensity_after: 2, sentence: "Jobcenter und Sportverein kooperieren neu." }],
    lapsed: [{ from: "b", to: "d", from_name: "Caritas", to_name: "Tafel", kinds_before: ["referral"], kinds_after: null, intensity_before: 3, intensity_after: 0, sentence: "Caritas und Tafel kooperieren nicht mehr." }],
    changed: null,
  },
  actors: { new: [{ id: "c", name: "Sportverein", sentence: "neu" }], gone: null },
  network: {
    from: { actors: 160, ties: 455, density: 0.036, components: 2, mean_degree: 5.7, clustering: 0.3, sentences: null },
    to: { actors: 180, ties: 498, density: 0.031, components: 1, mean_degree: 5.5, clustering: 0.31, sentences: ["Die Dichte sank."] },
    delta: { actors: 20, ties: 43, density: -0.005, components: -1, mean_degree: -0.2, clustering: 0.01, sentences: ["Das Netz wuchs um 43 Kooperationen.", "Die Dichte sank."] },
  },
  coupling: { from: {}, to: {}, crossed: [{ row: "sgb2", col: "sport", became: "not_weak", sentence: "SGB II und Sport sind nicht mehr schwach gekoppelt." }] },
  risers: [{ id: "a", name: "Jobcenter", degree_before: 4, degree_after: 9, betweenness_before: 0.1, betweenness_after: 0.2, sentence: "steigt" }],
  fallers: null,
  potentials_realised: { top: 50, realised: 6, hit_rate: 0.12, expected_rate: 0.01, pairs: [{ a: "a", b: "c", a_name: "Jobcenter", b_name: "Sportverein", score: 0.8, realised: true, sentence: "genutzt" }], sentence: "6 von 50 genutzt." },
};

describe("readChanges", () => {
  const c = readChanges(changes);
  it("reads ties, actors, movers, crossed cells and realised potentials, null lists as empty", () => {
    expect(c.ties.new[0]).toMatchObject({ from: "a", to: "c", kinds_before: [], kinds_after: ["information"], intensity_after: 2 });
    expect(c.ties.changed).toEqual([]);
    expect(c.notes).toEqual([]);
    expect(readChanges({ ...changes, notes: ["Die Vermittlung ist geschätzt."] }).notes).toEqual(["Die Vermittlung ist geschätzt."]);
    expect(c.actors.gone).toEqual([]);
    expect(c.tieCounts).toEqual({ new: 1, lapsed: 1, changed: 0 });
    expect(c.actorCounts).toEqual({ new: 1, gone: 0 });
    expect(c.fallers).toEqual([]);
    expect(c.risers[0].degree_after).toBe(9);
    expect(c.crossed[0].became).toBe("not_weak");
    expect(c.potentials).toMatchObject({ top: 50, realised: 6, hit_rate: 0.12, expected_rate: 0.01 });
    expect(c.potentials!.pairs[0].realised).toBe(true);
  });
  it("lines the figures up at T1, T2 and their difference, with the sentences once each", () => {
    expect(c.figures.map((f) => f.code)).toEqual(["actors", "ties", "density", "components", "mean_degree", "clustering"]);
    expect(c.figures[1]).toEqual({ code: "ties", from: 455, to: 498, delta: 43 });
    expect(c.figureSentences).toEqual(["Das Netz wuchs um 43 Kooperationen.", "Die Dichte sank."]);
    const noDelta = readChanges({ ...changes, network: { from: { ties: 3 }, to: { ties: 5 } } });
    expect(noDelta.figures).toEqual([{ code: "ties", from: 3, to: 5, delta: 2 }]);
  });
  it("reads the counts of lists the answer cuts, and their pages", () => {
    const cut = readChanges({ ...changes, ties: { ...changes.ties, new_count: 2500, lapsed_count: 1, changed_count: 0 }, actors: { ...changes.actors, new_count: 1, gone_count: 1200 } });
    expect(cut.tieCounts).toEqual({ new: 2500, lapsed: 1, changed: 0 });
    expect(cut.actorCounts).toEqual({ new: 1, gone: 1200 });
    expect(cut.ties.new).toHaveLength(1);
    const page = readTiePage({ items: changes.ties.lapsed, total: 40, limit: 1000, offset: 1000 });
    expect(page).toMatchObject({ total: 40, items: [{ from: "b", to: "d", intensity_before: 3 }] });
    expect(readActorPage({ items: null, total: 0 })).toEqual({ items: [], total: 0 });
    expect(() => readTiePage({ items: [{ to: "c" }], total: 1 })).toThrow(/changes\/ties\.items\[0\]/);
    expect(() => readActorPage({ items: [] })).toThrow(/total/);
    expect(() => readChanges({ ...changes, ties: { ...changes.ties, new_count: "viele" } })).toThrow(/new_count/);
  });
  it("fails, saying where, on a wrong answer", () => {
    expect(() => readChanges({ ...changes, coupling: { crossed: [{ row: "a", col: "b", became: "schwach" }] } })).toThrow(/coupling\.crossed\[0\]/);
    expect(() => readChanges({ ...changes, ties: { new: [{ to: "c" }] } })).toThrow(/from/);
  });
});

describe("the map of the changes", () => {
  const c = readChanges(changes);
  const t2 = buildDataset({
    revision: 1,
    nodes: ["a", "b", "c", "d"].map((id) => ({ id, name: id, kind: "k" })),
    edges: [
      { id: "e1", source: "a", target: "b", intensity: 2 },
      { id: "e2", source: "b", target: "a", intensity: 1 },
      { id: "e3", source: "c", target: "a", intensity: 2 },
    ],
  } as never);
  it("draws each pair once: new and lapsed from the changes, the rest of T2 as lasting, changes on top", () => {
    const edges = changeEdges(c, t2);
    expect(edges.map((e) => [e.a, e.b, e.cls])).toEqual([
      ["a", "b", "kept"],
      ["b", "d", "lapsed"],
      ["a", "c", "new"],
    ]);
  });
  it("keeps stored positions and lays out the rest when too many lack one", () => {
    const edges = changeEdges(c, t2);
    const stored = new Map([["a", { x: 1, y: 2 }], ["b", { x: 3, y: 4 }], ["c", { x: 5, y: 6 }], ["d", { x: 7, y: 8 }]]);
    expect(placeNodes(["a", "b", "c", "d"], edges, stored).get("a")).toEqual({ x: 1, y: 2 });
    const laid = placeNodes(["a", "b", "c", "d"], edges, new Map());
    expect(laid.size).toBe(4);
    for (const p of laid.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });
});

const ev = (version: number, action: HistoryEvent["action"], extra: Partial<HistoryEvent> = {}): HistoryEvent => ({
  id: "e" + version + action,
  at: "2026-12-02T18:00:00Z",
  by: "e2e",
  kind: "actor",
  entity_id: "a1",
  entity_name: "Jobcenter",
  action,
  version,
  batch_id: "",
  deleted: action === "delete",
  changes: [],
  ...extra,
});

describe("history", () => {
  it("reads events, null changes as none and JSON values as they are", () => {
    const { items, next_cursor } = readHistory(
      { items: [{ id: "1", at: "2026-12-02T18:00:00Z", by: "e2e", kind: "actor", entity_id: "a1", entity_name: "J", action: "update", version: 2, batch_id: "", changes: [{ field: "name", before: "A", after: "B" }] }, { id: "0", at: "2026-12-01T18:00:00Z", by: "", kind: "actor", entity_id: "a1", entity_name: "J", action: "create", version: 1, batch_id: "b1", changes: null }], next_cursor: "" },
      "/actors/{id}/history",
    );
    expect(items[0].changes).toEqual([{ field: "name", before: "A", after: "B" }]);
    expect(items[1].changes).toEqual([]);
    expect(next_cursor).toBe("");
    expect(() => readHistory({ items: [{ ...items[0], action: "rename" }] }, "/activity")).toThrow(/rename/);
  });
  it("offers every version but the current one and deletions; of a deleted entity, every version", () => {
    const live = [ev(3, "update"), ev(2, "update"), ev(1, "create")];
    expect(live.map((e) => restorable(live, e))).toEqual([false, true, true]);
    expect(currentVersion(live)).toBe(3);
    const gone = [ev(3, "delete"), ev(3, "update"), ev(1, "create")];
    expect(gone.map((e) => restorable(gone, e))).toEqual([false, true, true]);
    expect(currentVersion(gone)).toBeNull();
  });
  it("undoes an edit by the newest earlier version, and a create by nothing (it is deleted)", () => {
    expect(undoTarget([ev(4, "update"), ev(3, "restore"), ev(1, "create")], 4)).toBe(3);
    expect(undoTarget([ev(1, "create")], 1)).toBeNull();
  });
  it("says a field change and a revert in German", () => {
    expect(changeSentence({ field: "legal_domains", before: ["sgb2"], after: ["sgb2", "sgb9"] }, (f) => (f === "legal_domains" ? "Rechtskreise" : f))).toBe("Rechtskreise: sgb2 → sgb2, sgb9");
    expect(changeSentence({ field: "website", before: null, after: "https://x.de" })).toBe("website: leer → https://x.de");
    expect(revertSentence({ batch_id: "b1", reverted: { actor: 3, cooperation: 12 } })).toBe("Der Import wurde rückgängig gemacht (3 Akteure, 12 Kooperationen).");
    expect(revertSentence({ reverted: {} })).toBe("Der Import wurde rückgängig gemacht.");
    expect(batchIdOf({ batch_id: "b9", dry_run: false })).toBe("b9");
    expect(batchIdOf({ dry_run: true })).toBe("");
  });
  it("asks the activity feed for whole days", () => {
    expect(activityQuery({ kind: "actor", by: " ", batch_id: "", entity_id: "", since: "2026-12-01", until: "2026-12-02" })).toEqual({ kind: "actor", since: "2026-12-01T00:00:00Z", until: "2026-12-02T23:59:59Z" });
  });
});

describe("the selector's choices", () => {
  const list = readStates({ states: [{ ...autumn, closed: true }, spring], default: { ...autumn, wave_id: "", wave_name: "", label: "Stand heute" } });
  it("offers today with its count, each wave with its count, and a reference date", () => {
    expect(stateOptions(list, {})).toEqual([
      { value: "", label: "Heute: 498 Kooperationen, Stand heute" },
      { value: "wave:w3", label: "Erhebung Herbst 2026 (498 Kooperationen, abgeschlossen)" },
      { value: "wave:w2", label: "Erhebung Frühjahr 2025 (455 Kooperationen)" },
      { value: "date", label: "Stichtag wählen …" },
    ]);
  });
  it("keeps a wave named in the address that the list does not know, so that the choice shows", () => {
    expect(stateOptions(null, { wave: "seeland-2024" }).map((o) => o.value)).toEqual(["", "wave:seeland-2024", "date"]);
  });
  it("names history fields and codes by the form's labels and options", () => {
    const l = specLabels([{ name: "legal_domains", label: "Rechtskreise", options: [{ value: "sgb2", label: "SGB II" }] }]);
    expect(changeSentence({ field: "legal_domains", before: ["sgb2"], after: ["sgb2", "x"] }, l.fieldLabel, l.valueLabel)).toBe("Rechtskreise: SGB II → SGB II, x");
    expect(l.fieldLabel!("address")).toBe("Anschrift");
  });
});
