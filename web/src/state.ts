// What the views share: the caller's role, the taxonomy, the social spaces and the
// network dataset. Each is fetched once and dropped after a write (invalidate).

import { readActorMetrics, readDefinitions, type ActorMetrics, type MetricDef } from "./api/analysis";
import { get, request } from "./api/client";
import type { Items, Me, Ok, Page, Path, SocialSpace, Taxonomy, Term } from "./api/types";
import { buildDataset, type Dataset } from "./graph/dataset";

let me: Promise<Me | null> | null = null;
let taxonomy: Promise<Taxonomy> | null = null;
let spaces: Promise<SocialSpace[]> | null = null;
let dataset: Promise<Dataset> | null = null;
let definitions: Promise<MetricDef[]> | null = null;
let actorMetrics: Promise<ActorMetrics> | null = null;

/** currentUser returns who the API says the caller is, or null when not signed in. */
export function currentUser(): Promise<Me | null> {
  me ??= get<Ok<"/me">>("/me").catch(() => null);
  return me;
}

export function loadTaxonomy(): Promise<Taxonomy> {
  taxonomy ??= get<Ok<"/taxonomy">>("/taxonomy").then(
    (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v ?? []])) as Taxonomy, // null lists are empty
  );
  return taxonomy;
}

/** loadSpaces fetches every social space (paging through the list). */
export function loadSpaces(): Promise<SocialSpace[]> {
  spaces ??= getAll("/social-spaces");
  return spaces;
}

export function loadDataset(): Promise<Dataset> {
  dataset ??= get<Ok<"/network">>("/network").then(buildDataset);
  return dataset;
}

/** loadDefinitions fetches the explanations of all figures; none if the server has none. */
export function loadDefinitions(): Promise<MetricDef[]> {
  definitions ??= get("/analysis/definitions").then(readDefinitions, () => []);
  return definitions;
}

/** loadActorMetrics fetches the actor metrics with their definitions; it rejects when the endpoint is missing. */
export function loadActorMetrics(): Promise<ActorMetrics> {
  actorMetrics ??= Promise.all([get("/analysis/actors"), loadDefinitions()]).then(([data, defs]) => readActorMetrics(data, defs));
  actorMetrics.catch(() => (actorMetrics = null));
  return actorMetrics;
}

/** getAll fetches every page of a list. */
export async function getAll<P extends Path>(path: P, query: Record<string, string> = {}): Promise<Items<P>[]> {
  const out: Items<P>[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await request<Page & { items: Items<P>[] }>("GET", path, { query: { ...query, limit: 1000, offset } });
    out.push(...page.items);
    if (page.items.length < 1000 || out.length >= page.total) return out;
  }
}

/** invalidate drops cached data after a write or a change of sign-in. */
export function invalidate(opts: { user?: boolean } = {}): void {
  dataset = null;
  actorMetrics = null;
  spaces = null;
  taxonomy = null;
  if (opts.user) me = null;
}

/** unassignedLabel names a missing actor kind or legal domain (graph.UnassignedLabel). */
export const unassignedLabel = "nicht zugeordnet";

/** labeller returns a function giving the German label of a code in a list ("" is unassignedLabel). */
export function labeller(terms: Term[]): (code: string) => string {
  const m = new Map(terms.map((t) => [t.code, t.label]));
  return (code) => m.get(code) ?? (code === "" ? unassignedLabel : code);
}

/** options turns terms into select options. */
export function options(terms: Term[]): { value: string; label: string }[] {
  return terms.map((t) => ({ value: t.code, label: t.label }));
}

/** actorOptions lists the dataset's actors as select options, by name. */
export function actorOptions(ds: Dataset): { value: string; label: string }[] {
  return ds.nodes.map((id) => ({ value: id, label: ds.nodeData.get(id)!.label })).sort((a, b) => a.label.localeCompare(b.label, "de"));
}

/** spaceOptions lists social spaces indented by their depth in the hierarchy. */
export function spaceOptions(list: SocialSpace[]): { value: string; label: string }[] {
  const children = new Map<string, SocialSpace[]>();
  const ids = new Set(list.map((s) => s.id));
  for (const s of list) {
    const p = s.parent_id && ids.has(s.parent_id) ? s.parent_id : "";
    children.set(p, [...(children.get(p) ?? []), s]);
  }
  const out: { value: string; label: string }[] = [];
  const walk = (parent: string, depth: number) => {
    for (const s of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, "de"))) {
      out.push({ value: s.id, label: "\u2003".repeat(depth) + s.name });
      walk(s.id, depth + 1);
    }
  };
  walk("", 0);
  return out;
}
