import { describe, expect, it } from "vitest";
import { checkTie, fold, matchRoster, parseTieField, takeSecret, tieField, type Questions } from "../src/api/survey";

const all: Questions = { kinds: true, intensity: true, trust: true, value: true, direction: true, since: true, note: true };

describe("takeSecret", () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  };

  it("moves the secret from the address into the tab's storage and out of the address bar", () => {
    const s = store();
    const replaced: string[] = [];
    const hist = { replaceState: (_d: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) };
    expect(takeSecret({ hash: "#abc%2Ddef", pathname: "/umfrage", search: "" }, hist, s)).toBe("abc-def");
    expect(replaced).toEqual(["/umfrage"]);
    // A reload without the hash uses the stored secret and leaves the address alone.
    expect(takeSecret({ hash: "", pathname: "/umfrage", search: "" }, hist, s)).toBe("abc-def");
    expect(replaced).toHaveLength(1);
  });

  it("has none without a hash or a stored one", () => {
    expect(takeSecret({ hash: "", pathname: "/umfrage", search: "" }, { replaceState: () => {} }, store())).toBeNull();
    expect(takeSecret({ hash: "#  ", pathname: "/umfrage", search: "" }, { replaceState: () => {} }, store())).toBeNull();
  });
});

describe("checkTie", () => {
  it("asks for what the survey asks, in German, by field", () => {
    const m = checkTie({ partner_id: "a", kinds: [] }, all, 2026);
    expect([...m.keys()].sort()).toEqual(["intensity", "kinds", "trust", "value"]);
    expect(m.get("trust")).toBe("Bitte das Vertrauen von 1 bis 4 angeben.");
    expect(checkTie({ partner_id: "a", kinds: [] }, { ...all, kinds: false, intensity: false, trust: false, value: false }, 2026).size).toBe(0);
  });

  it("takes a complete answer and refuses a year outside 1900 to this year", () => {
    const t = { partner_id: "a", kinds: ["exchange"], intensity: 2, trust: 3, value: 4, direction: "both", since: 2019 } as const;
    expect(checkTie({ ...t, kinds: [...t.kinds] }, all, 2026).size).toBe(0);
    expect(checkTie({ ...t, kinds: ["x"], since: 2027 }, all, 2026).get("since")).toBe("Bitte ein Jahr zwischen 1900 und 2026 angeben.");
    expect(checkTie({ ...t, kinds: ["x"], since: 1999.5 }, all, 2026).has("since")).toBe(true);
    expect(checkTie({ ...t, kinds: ["x"], note: "x".repeat(2001) }, all, 2026).has("note")).toBe(true);
  });
});

describe("tie fields", () => {
  it("names and reads the server's error paths", () => {
    expect(tieField(2, "trust")).toBe("ties[2].trust");
    expect(parseTieField("ties[2].trust")).toEqual({ index: 2, field: "trust" });
    expect(parseTieField("ties[12]")).toEqual({ index: 12, field: "" });
    expect(parseTieField("proposals[0].name")).toBeNull();
  });
});

describe("matchRoster", () => {
  const roster = [
    { id: "1", name: "Caritasverband Nord" },
    { id: "2", name: "Jobcenter Landkreis" },
    { id: "3", name: "Ärztehaus am Markt" },
    { id: "4", name: "Stadtwerke (Jobticket)" },
  ];

  it("ignores case and umlauts and puts names that begin with the text first", () => {
    expect(fold("Ärzte Straße")).toBe("arzte strasse");
    expect(matchRoster(roster, "arzte").map((n) => n.id)).toEqual(["3"]);
    expect(matchRoster(roster, "job").map((n) => n.id)).toEqual(["2", "4"]);
    expect(matchRoster(roster, "job land").map((n) => n.id)).toEqual(["2"]);
    expect(matchRoster(roster, "  ")).toEqual([]);
    expect(matchRoster(roster, "a", 2)).toHaveLength(2);
  });
});
