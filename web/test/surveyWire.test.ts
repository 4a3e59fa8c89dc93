import { describe, expect, it } from "vitest";
import { addProposal, masterChanged, partnerName, readInvitation, removeProposal, writeAnswers } from "../src/api/respondWire";
import { fromForm, surveyState, toForm, type Survey } from "../src/api/surveyAdmin";
import { pairChoice, pairDecision, reportText } from "../src/views/surveyDashboard";

/** view is a GET /respond answer as the OpenAPI document describes it. */
function view(over: Record<string, unknown> = {}) {
  return {
    title: "Netzwerkerhebung 2027",
    consent_text: "Zweck: …\n\nRechtsgrundlage: …",
    contact: { name: "Frau Kranz", email: "kranz@example.org" },
    opens_at: "2027-01-01T00:00:00Z",
    closes_at: "2027-02-01T00:00:00Z",
    questions: { kinds: true, trust: true, value: false, direction: true, since: true, note: true },
    asks_master_data: true,
    organisation: { id: "a1", name: "Jugendamt", city: "Nordstadt" },
    own_data: { name: "Jugendamt", address: { city: "Nordstadt" }, email: "ja@example.org" },
    own_offers: [{ name: "Erziehungsberatung", fields: ["Bildung"], target_groups: ["Familien"] }],
    roster: null,
    roster_size: 120,
    partners: [{ id: "a7", name: "Caritas" }],
    answers: { consent: true, ties: [{ partner: "a7", intensity: 3, kinds: ["exchange"], since: "2019" }] },
    version: 4,
    state: "open",
    ...over,
  };
}

describe("readInvitation", () => {
  it("reads the view, the names of the partners and the saved answers", () => {
    const inv = readInvitation(view());
    expect(inv.survey.title).toBe("Netzwerkerhebung 2027");
    expect(inv.roster).toEqual([]);
    expect(inv.rosterSize).toBe(120);
    expect(inv.names.get("a7")).toBe("Caritas");
    expect(inv.ties).toEqual([{ partner: "a7", kinds: ["exchange"], intensity: 3, trust: undefined, value: undefined, direction: undefined, since: "2019", note: undefined }]);
    expect(inv.version).toBe(4);
    expect(inv.consent).toBe(true);
    expect(inv.master.city).toBe("Nordstadt");
    expect(masterChanged(inv)).toBe(false);
    expect(inv.ownOffers).toEqual([{ name: "Erziehungsberatung", fields: ["Bildung"], target_groups: ["Familien"] }]);
  });

  it("leaves the kinds question out while the view names no kinds to offer", () => {
    expect(readInvitation(view()).survey.questions.kinds).toBe(false);
    const inv = readInvitation(view({ kinds: [{ code: "exchange", label: "Informationsaustausch" }] }));
    expect(inv.survey.questions.kinds).toBe(true);
    expect(inv.survey.kinds).toEqual([{ code: "exchange", label: "Informationsaustausch" }]);
  });

  it("says where an answer does not have the documented shape", () => {
    expect(() => readInvitation(view({ roster_size: "viele" }))).toThrow(/roster_size/);
    expect(() => readInvitation(view({ answers: { consent: true, ties: [{ intensity: 2 }] } }))).toThrow(/ties\[0\]/);
  });
});

describe("writeAnswers", () => {
  it("sends the version read, drops empty fields, and sends an unanswered intensity as 0", () => {
    const inv = readInvitation(view());
    inv.ties.push({ partner: "a9", kinds: [], note: "  " });
    expect(writeAnswers(inv)).toEqual({
      version: 4,
      answers: { consent: true, ties: [{ partner: "a7", kinds: ["exchange"], intensity: 3, since: "2019" }, { partner: "a9", kinds: [], intensity: 0 }], proposals: [] },
    });
  });

  it("sends the master data only when it was changed, with the address nested", () => {
    const inv = readInvitation(view());
    inv.master.street = "Marktplatz 1";
    expect(masterChanged(inv)).toBe(true);
    expect(writeAnswers(inv).answers.master_data).toEqual({ name: "Jugendamt", address: { street: "Marktplatz 1", city: "Nordstadt" }, email: "ja@example.org" });
  });
});

describe("survey settings form", () => {
  const survey = {
    id: "s1",
    wave_id: "w1",
    title: "Erhebung",
    respondents: {},
    roster: { mode: "all" },
    questions: { kinds: true, trust: false, value: true, direction: true, since: false, note: true },
    opens_at: "2027-01-01T00:00:00Z",
    closes_at: "2027-01-31T22:59:59Z",
    consent_text: "…",
    contact: { name: "K" },
    threshold: 0.65,
    version: 2,
    updated_at: "2027-01-01T00:00:00Z",
  } as Survey;

  it("shows the threshold in per cent and the asked questions as a list, and writes them back", () => {
    const f = toForm(survey);
    expect(f.threshold).toBe(65);
    expect(f.questions).toEqual(["kinds", "value", "direction", "note"]);
    const back = fromForm({ ...f, opens_at: "2027-01-01", closes_at: "2027-01-31" });
    expect(back.threshold).toBeCloseTo(0.65);
    expect(back.questions).toEqual(survey.questions);
    expect(back.master_data).toBe(false);
    // The first day from its start, the last to its end, in local time.
    expect(new Date(back.opens_at as string).getHours()).toBe(0);
    expect(new Date(back.closes_at as string).getHours()).toBe(23);
  });

  it("starts a new survey with every question, the master data and 65 %", () => {
    expect(toForm(null)).toMatchObject({ roster: { mode: "all" }, threshold: 65, master_data: true });
  });

  it("says whether a survey is planned, running or over", () => {
    const now = new Date("2027-01-15T12:00:00Z");
    expect(surveyState(survey, now)).toBe("läuft");
    expect(surveyState(survey, new Date("2026-12-01T00:00:00Z"))).toBe("geplant");
    expect(surveyState(survey, new Date("2027-03-01T00:00:00Z"))).toBe("beendet");
  });
});

describe("dashboard", () => {
  it("words a report from the reporter's side", () => {
    expect(reportText({ partner: "b", intensity: 3, direction: "out", trust: 4, since: "2019" }, "Caritas")).toBe("Intensität 3 · verweist an Caritas · Vertrauen 4 · seit 2019");
    expect(reportText({ partner: "b", intensity: 1 }, "Caritas")).toBe("Intensität 1 · in beide Richtungen");
    expect(reportText(undefined, "Caritas")).toBe("nicht gemeldet");
  });

  it("turns a pair's decision into the select's value and back", () => {
    expect(pairChoice({})).toBe("");
    expect(pairChoice({ decision: "accept", prefer: "a1" })).toBe("accept:a1");
    expect(pairChoice({ decision: "reject" })).toBe("reject");
    expect(pairDecision("a1|a2", "accept:a2")).toEqual({ kind: "tie", key: "a1|a2", decision: "accept", prefer: "a2" });
    expect(pairDecision("a1|a2", "")).toEqual({ kind: "tie", key: "a1|a2", decision: "" });
  });
});

describe("proposed organisations", () => {
  it("get a tie named by the proposal, which goes with it and keeps the later ones' numbers right", () => {
    const inv = readInvitation(view());
    addProposal(inv);
    addProposal(inv);
    inv.proposals[1].name = "Tafel am Markt";
    expect(inv.ties.map((t) => t.partner)).toEqual(["a7", "new:0", "new:1"]);
    expect(partnerName(inv, "new:0")).toBe("Vorgeschlagene Organisation 1");
    expect(partnerName(inv, "new:1")).toBe("Tafel am Markt");
    inv.ties[2].intensity = 2;
    removeProposal(inv, 0);
    expect(inv.ties.map((t) => [t.partner, t.intensity])).toEqual([["a7", 3], ["new:0", 2]]);
    expect(partnerName(inv, "new:0")).toBe("Tafel am Markt");
  });
});
