// What the views share: the caller's role, the taxonomy, the social spaces, the
// network dataset and the states of the network. Each is fetched once (the network and
// the metrics once per state) and dropped after a write (invalidate).

import { readActorMetrics, readDefinitions, type ActorMetrics, type MetricDef } from "./api/analysis";
import { setCsrfToken, storedToken } from "./api/auth";
import { get, request } from "./api/client";
import type { Items, Me, Ok, Page, Path, SocialSpace, Taxonomy, Term } from "./api/types";
import { readStates, selectionFrom, selectionKey, stateOf, stateQuery, type Selection, type State, type States } from "./api/time";
import { buildDataset, type Dataset } from "./graph/dataset";

let me: Promise<Me | null> | null = null;
let taxonomy: Promise<Taxonomy> | null = null;
let spaces: Promise<SocialSpace[]> | null = null;
/** networks holds per state (selectionKey) the dataset of GET /network and the state it describes. */
let networks = new Map<string, Promise<{ dataset: Dataset; state: State | null }>>();
let definitions: Promise<MetricDef[]> | null = null;
let actorMetrics: { key: string; data: Promise<ActorMetrics> } | null = null;
let states: Promise<States> | null = null;

/** selection is the state of the network chosen in the address (?wave= or ?date=; neither: today). */
export function selection(): Selection {
  return selectionFrom(new URLSearchParams(location.search));
}

/** stateParams are the query parameters that ask an analysis or /network for the chosen state. */
export function stateParams(): Record<string, string> {
  return stateQuery(selection());
}

/** loadStates fetches the waves to choose from and the default state (GET /analysis/states). */
export function loadStates(): Promise<States> {
  states ??= get("/analysis/states").then(readStates);
  states.catch(() => (states = null));
  return states;
}

/** currentUser returns who the API says the caller is, or null when not signed in. */
export function currentUser(): Promise<Me | null> {
  me ??= loadMe();
  return me;
}

/** loadMe asks who the caller is and, for a session of a password sign-in, fetches its CSRF token. */
async function loadMe(): Promise<Me | null> {
  const who = await get<Ok<"/me">>("/me").catch(() => null);
  setCsrfToken(null);
  if (who?.user_id && !storedToken()) {
    try {
      setCsrfToken((await get<Ok<"/session">>("/session")).csrf_token);
    } catch {
      return null; // the session ended in between
    }
  }
  return who;
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

/** loadNetwork fetches the network of a state (default: the chosen one) with the state its answer describes. */
export function loadNetwork(sel: Selection = selection()): Promise<{ dataset: Dataset; state: State | null }> {
  const key = selectionKey(sel);
  let p = networks.get(key);
  if (!p) {
    p = get<Ok<"/network">>("/network", stateQuery(sel)).then((n) => {
      const out = { dataset: buildDataset(n), state: stateOf(n, "/network") };
      datasetStates.set(out.dataset, out.state);
      return out;
    });
    p.catch(() => networks.delete(key));
    networks.set(key, p);
  }
  return p;
}

/** stateOfDataset is the state a dataset of loadNetwork describes (null: the answer named none). */
const datasetStates = new WeakMap<Dataset, State | null>();
export function stateOfDataset(ds: Dataset): State | null {
  return datasetStates.get(ds) ?? null;
}

/** loadDataset fetches the network of the chosen state for the map and the actor names. */
export function loadDataset(sel: Selection = selection()): Promise<Dataset> {
  return loadNetwork(sel).then((n) => n.dataset);
}

/** loadDefinitions fetches the explanations of all figures; none if the server has none. */
export function loadDefinitions(): Promise<MetricDef[]> {
  definitions ??= get("/analysis/definitions").then(readDefinitions, () => []);
  return definitions;
}

/** loadActorMetrics fetches the actor metrics with their definitions; it rejects when the endpoint is missing. */
export function loadActorMetrics(): Promise<ActorMetrics> {
  const key = selectionKey(selection());
  if (actorMetrics?.key !== key) {
    const data = Promise.all([get("/analysis/actors", stateParams()), loadDefinitions()]).then(([d, defs]) => readActorMetrics(d, defs));
    const mine = { key, data };
    data.catch(() => actorMetrics === mine && (actorMetrics = null));
    actorMetrics = mine;
  }
  return actorMetrics.data;
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
  networks = new Map();
  actorMetrics = null;
  states = null;
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
