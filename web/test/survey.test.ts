import { describe, expect, it } from "vitest";
import { checkTie, fold, matchRoster, parseTieField, takeSecret, tieField } from "../src/api/survey";

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
  it("asks for the intensity, which every survey asks, in German", () => {
    const m = checkTie({ partner: "a", kinds: [] }, 2026);
    expect([...m]).toEqual([["intensity", "Bitte die Intensität von 1 bis 4 angeben."]]);
    expect(checkTie({ partner: "a", kinds: [], intensity: 2 }, 2026).size).toBe(0);
  });

  it("takes a four-digit year up to this one and a note up to 1,000 characters", () => {
    const t = { partner: "a", kinds: ["exchange"], intensity: 2, trust: 3, value: 4, direction: "both" } as const;
    expect(checkTie({ ...t, kinds: [], since: "2019", note: "x".repeat(1000) }, 2026).size).toBe(0);
    expect(checkTie({ ...t, kinds: [], since: "2027" }, 2026).get("since")).toBe("Bitte ein Jahr zwischen 1900 und 2026 angeben, zum Beispiel 2023.");
    for (const since of ["19", "1899", "20a9", "2019 "]) expect(checkTie({ ...t, kinds: [], since }, 2026).has("since"), since).toBe(true);
    expect(checkTie({ ...t, kinds: [], note: "x".repeat(1001) }, 2026).get("note")).toBe("Der Freitext darf höchstens 1.000 Zeichen lang sein.");
  });
});

describe("tie fields", () => {
  it("names and reads the server's error paths", () => {
    expect(tieField(2, "trust")).toBe("ties[2].trust");
    expect(parseTieField("ties[2].trust")).toEqual({ index: 2, field: "trust" });
    expect(parseTieField("ties[12]")).toEqual({ index: 12, field: "" });
    expect(parseTieField("answers.ties[3].kinds[0]")).toEqual({ index: 3, field: "kinds" });
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
