import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffRegistries } from "../src/diff/index.js";
import { baseRegistry, entry, type Reg } from "./diff-fixture.js";

const OUTCOMES = ["downgrade", "require_consent", "deny", "force_stop"];

/** A tier ladder: strictly increasing `from`, optional `within`. */
const ladder = fc
  .array(
    fc.record({
      outcome: fc.constantFrom(...OUTCOMES),
      step: fc.integer({ min: 1, max: 3 }),
      within: fc.option(fc.constantFrom("1m", "10m", "1h"), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((tiers) => {
    let from = 0;
    return tiers.map((t, i) => {
      from = i === 0 ? 1 : from + t.step;
      return {
        outcome: t.outcome,
        from,
        action: "act",
        ...(t.within && i > 0 ? { within: t.within } : {}),
      };
    });
  });

function withTiers(base: Reg, tiers: unknown[]): Reg {
  const reg = structuredClone(base);
  entry(reg, "SAP-001").enforcement.tiers = tiers;
  return reg;
}

const BASE = baseRegistry();
const kinds = (a: Reg, b: Reg) => diffRegistries(a, b).changes.map((c) => c.kind);

describe("diff properties", () => {
  it("a registry has no changes against itself", () => {
    fc.assert(
      fc.property(ladder, (tiers) => {
        const reg = withTiers(BASE, tiers);
        expect(diffRegistries(reg, structuredClone(reg)).changes).toEqual([]);
      }),
    );
  });

  it("stricter one way is looser the other way", () => {
    fc.assert(
      fc.property(ladder, ladder, (x, y) => {
        const a = withTiers(BASE, x);
        const b = withTiers(BASE, y);
        const forward = kinds(a, b);
        const back = kinds(b, a);
        expect(forward.includes("outcome.stricter")).toBe(back.includes("outcome.looser"));
        expect(forward.includes("outcome.looser")).toBe(back.includes("outcome.stricter"));
      }),
    );
  });

  it("any change to a stable entry's ladder that makes some occurrence stricter needs a major", () => {
    fc.assert(
      fc.property(ladder, ladder, (x, y) => {
        const diff = diffRegistries(withTiers(BASE, x), withTiers(BASE, y));
        if (diff.changes.some((c) => c.kind === "outcome.stricter"))
          expect(diff.required).toBe("major");
        if (diff.changes.length > 0) expect(diff.required).not.toBe("none");
      }),
    );
  });

  it("severity changes of a stable entry are major in both directions", () => {
    const levels = BASE.severities.map((s: Reg) => s.id);
    fc.assert(
      fc.property(fc.constantFrom(...levels), fc.constantFrom(...levels), (s, t) => {
        const a = structuredClone(BASE);
        const b = structuredClone(BASE);
        entry(a, "SAP-001").severity = s;
        entry(b, "SAP-001").severity = t;
        expect(diffRegistries(a, b).required).toBe(s === t ? "none" : "major");
      }),
    );
  });
});
