import { describe, expect, it } from "vitest";
import { pairHref, proposalFrom, withProposal, type Proposal } from "../src/api/whatif";

describe("what-if proposal in the address", () => {
  it("survives the round trip, IDs with commas and odd characters too", () => {
    const p: Proposal = {
      add: [
        { from: "a,1", to: "b&c", kinds: ["joint_project"], intensity: 4 },
        { from: "ä ö", to: "x%y", kinds: ["information"], intensity: 1 },
      ],
      remove: ["z,z", "q"],
    };
    const q = withProposal(new URLSearchParams("wave=w1&plus=old,tie"), p);
    expect(q.get("wave")).toBe("w1");
    expect(proposalFrom(new URLSearchParams(q.toString()), "information")).toEqual(p);
  });
  it("gives a pair from the potentials the default kind and intensity 2", () => {
    const q = new URLSearchParams(pairHref("a", "b").split("?")[1]);
    expect(proposalFrom(q, "information")).toEqual({ add: [{ from: "a", to: "b", kinds: ["information"], intensity: 2 }], remove: [] });
  });
  it("skips entries without two ends and repairs a bad intensity", () => {
    const q = new URLSearchParams();
    q.append("plus", "only");
    q.append("plus", "a,b,information,9");
    q.append("minus", "");
    expect(proposalFrom(q, "x")).toEqual({ add: [{ from: "a", to: "b", kinds: ["information"], intensity: 2 }], remove: [] });
  });
});
