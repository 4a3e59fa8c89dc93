// Saved what-if scenarios (api/scenarios.go): a proposal kept under a name with the
// state it was made for, beside the network.

import * as S from "./shape";
import { request } from "./client";
import { stateQuery, type Selection } from "./time";
import type { Ok } from "./types";
import type { Proposal, ProposedTie } from "./whatif";

export interface SavedScenario {
  id: string;
  name: string;
  /** wave or date name the state; both empty: today. */
  wave: string;
  date: string;
  proposal: Proposal;
  created_by: string;
  updated_at: string;
}

const collection = "/analysis/what-if/scenarios";

type Wire = Ok<"/analysis/what-if/scenarios/{id}">;

function readScenario(v: unknown, where: string): SavedScenario {
  const o = S.object<Wire>(v, where);
  const p = S.field(o, "proposal", where);
  const at = where + ".proposal";
  return {
    id: S.str(o, "id", where),
    name: S.str(o, "name", where),
    wave: S.str(o, "wave", where),
    date: S.str(o, "date", where),
    created_by: S.str(o, "created_by", where),
    updated_at: S.str(o, "updated_at", where),
    proposal: {
      add: S.records(p, "add", at).map((t, i): ProposedTie => {
        const ta = `${at}.add[${i}]`;
        return { from: S.str(t, "from", ta), to: S.str(t, "to", ta), kinds: S.strings(t, "kinds", ta), intensity: S.num(t, "intensity", ta) };
      }),
      remove: S.strings(p, "remove", at),
    },
  };
}

/** listScenarios reads the saved scenarios, by name. */
export async function listScenarios(): Promise<SavedScenario[]> {
  const o = S.object<Ok<"/analysis/what-if/scenarios">>(await request("GET", collection), collection);
  return S.list(o, "items", collection).map((x, i) => readScenario(x, `${collection}, items[${i}]`));
}

/** saveScenario keeps the proposal for the state sel under name; a 409 or 422 names the field. */
export async function saveScenario(name: string, sel: Selection, proposal: Proposal): Promise<SavedScenario> {
  return readScenario(await request("POST", collection, { body: { name, ...stateQuery(sel), proposal } }), collection);
}

/** deleteScenario deletes the scenario with the ID. */
export async function deleteScenario(id: string): Promise<void> {
  await request("DELETE", `${collection}/${encodeURIComponent(id)}`);
}
