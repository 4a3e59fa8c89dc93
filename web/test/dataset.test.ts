import { describe, expect, it } from "vitest";
import { buildDataset, degrees, neighbours } from "../src/graph/dataset";
import { applyFilters, filterQuery, filtersFromQuery, fold, isFiltered, noFilters, searchNodes, withFilters, within } from "../src/graph/filters";

const network = {
  revision: 7,
  nodes: [
    { id: "a", name: "Jobcenter", kind: "benefit_carrier", legal_domains: ["sgb2"], fields: ["work"], target_groups: ["unemployed"], social_spaces: ["s1"] },
    { id: "b", name: "Caritas", kind: "association", legal_domains: ["sgb12", "sgb8"], fields: ["poverty"], target_groups: ["families"], social_spaces: ["s2"] },
    { id: "c", name: "Sportverein Überlingen", kind: "association", legal_domains: ["sport"], fields: ["sport"], target_groups: [], social_spaces: ["s3"] },
    { id: "a", name: "duplicate", kind: "x", legal_domains: [], fields: [], target_groups: [], social_spaces: [] },
  ],
  edges: [
    { id: "e1", source: "a", target: "b", directed: false, kinds: ["information"], intensity: 3 },
    { id: "e2", source: "b", target: "c", directed: true, kinds: ["referral"], intensity: 1 },
    { id: "e3", source: "c", target: "x", directed: false, kinds: ["information"], intensity: 2 },
    { id: "e4", source: "c", target: "c", directed: false, kinds: ["information"], intensity: 2 },
  ],
};
const spaces = [
  { id: "county" },
  { id: "p1", parent_id: "county" },
  { id: "s1", parent_id: "p1" },
  { id: "s2", parent_id: "p1" },
  { id: "s3", parent_id: "county" },
];

describe("buildDataset", () => {
  const ds = buildDataset(network);
  it("keeps topology and attributes apart and drops duplicates, dangling edges and self-loops", () => {
    expect(ds.revision).toBe(7);
    expect(ds.nodes).toEqual(["a", "b", "c"]);
    expect(ds.edges).toEqual(["e1", "e2"]);
    expect(ds.nodeData.get("a")!.label).toBe("Jobcenter");
    expect(ds.edgeData.get("e2")).toMatchObject({ source: "b", target: "c", directed: true, intensity: 1 });
    expect(ds.layout.size).toBe(0);
  });
  it("starts from the positions another tool gave the nodes (Gephi's viz:position)", () => {
    const nodes = network.nodes.map((n) => (n.id === "b" ? { ...n, layout: { x: 12.5, y: -3, color: "#ff0000" } } : n));
    const given = buildDataset({ ...network, nodes });
    expect([...given.layout]).toEqual([["b", { x: 12.5, y: -3 }]]);
  });
  it("counts partners", () => {
    expect(Object.fromEntries(degrees(ds))).toEqual({ a: 1, b: 2, c: 1 });
    expect([...neighbours(ds, "b")].sort()).toEqual(["a", "c"]);
  });
});

describe("filters", () => {
  const ds = buildDataset(network);
  it("selects everything without filters", () => {
    const sel = applyFilters(ds, noFilters, spaces);
    expect(sel.nodes.size).toBe(3);
    expect(sel.edges.size).toBe(2);
    expect(isFiltered(noFilters)).toBe(false);
  });
  it("filters actors by legal domain and drops edges to hidden actors", () => {
    const sel = applyFilters(ds, { ...noFilters, legalDomain: "sgb8" }, spaces);
    expect([...sel.nodes]).toEqual(["b"]);
    expect(sel.edges.size).toBe(0);
  });
  it("includes social spaces within the chosen one", () => {
    expect(within(spaces, "p1")).toEqual(new Set(["p1", "s1", "s2"]));
    const sel = applyFilters(ds, { ...noFilters, socialSpace: "p1" }, spaces);
    expect([...sel.nodes].sort()).toEqual(["a", "b"]);
    expect([...sel.edges]).toEqual(["e1"]);
  });
  it("filters cooperations by kind and minimum intensity", () => {
    expect([...applyFilters(ds, { ...noFilters, cooperationKind: "referral" }, spaces).edges]).toEqual(["e2"]);
    expect([...applyFilters(ds, { ...noFilters, minIntensity: 2 }, spaces).edges]).toEqual(["e1"]);
    expect(isFiltered({ ...noFilters, minIntensity: 2 })).toBe(true);
  });
  it("searches labels ignoring case and accents", () => {
    expect(fold("Überlingen")).toBe("uberlingen");
    expect(searchNodes(ds, "uberl")).toEqual(["c"]);
    expect(searchNodes(ds, "  ")).toEqual([]);
  });
});

describe("filterQuery", () => {
  it("names the set filters as the API's query parameters, leaving out the text query", () => {
    expect(filterQuery(noFilters)).toEqual({});
    expect(filterQuery({ ...noFilters, socialSpace: "s1", legalDomain: "sgb9", actorKind: "provider", cooperationKind: "contract", minIntensity: 3, query: "Caritas" })).toEqual({
      social_space: "s1",
      legal_domain: "sgb9",
      actor_kind: "provider",
      cooperation_kind: "contract",
      min_intensity: "3",
    });
  });
});

describe("filters in the URL", () => {
  it("reads what filterQuery writes, ignoring a minimum intensity outside 1–4", () => {
    const f = { ...noFilters, socialSpace: "s1", legalDomain: "sgb9", field: "work", targetGroup: "families", actorKind: "provider", cooperationKind: "contract", minIntensity: 3 };
    expect(filtersFromQuery(new URLSearchParams(filterQuery(f)))).toEqual(f);
    expect(filtersFromQuery(new URLSearchParams("min_intensity=9")).minIntensity).toBe(0);
    expect(filtersFromQuery(new URLSearchParams("min_intensity=x")).minIntensity).toBe(0);
    expect(filtersFromQuery(new URLSearchParams(""))).toEqual(noFilters);
  });
  it("replaces the filters of a query string and keeps its other parameters", () => {
    expect(withFilters("?legal_domain=sgb2&paar=a,b&wave_id=w1", { ...noFilters, actorKind: "school" })).toBe("?paar=a%2Cb&wave_id=w1&actor_kind=school");
    expect(withFilters("?legal_domain=sgb2", noFilters)).toBe("");
  });
});
