import { join } from "node:path";
import { Environment } from "@marcbachmann/cel-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkedProgram,
  createTriggerEnvironment,
  estimateCost,
  expressionBounds,
  loadRegistry,
  re2Matches,
  re2Problem,
  triggerExpressions,
} from "../src/index.js";

/*
 * The bounds of trigger work (registry/SEMANTICS.md, Bounded cost): the cost
 * estimate, the matches() pattern checks, and RE2 evaluation through cel-js.
 */

const limits = {
  max_payload_list_items: 1024,
  max_context_list_items: 4096,
  max_line_bytes: 1_048_576,
  max_expression_cost: 10_000_000,
};

/** A plain environment: `l` and `s` are read like context values, `p` like a payload. */
function env(): Environment {
  const e = new Environment();
  e.registerVariable("l", "list<string>");
  e.registerVariable("n", "list<int>");
  e.registerVariable("s", "string");
  e.registerFunction("grow(string): string", (x: string) => x + x);
  return e;
}

function estimate(source: string) {
  const checked = checkedProgram(env(), source);
  if (!checked.valid) throw new Error(String(checked.error?.message));
  return estimateCost(checked.program.ast, limits);
}

describe("estimateCost", () => {
  it("multiplies the list bound through nested comprehensions", () => {
    const one = estimate("n.exists(x, x == 1)").cost;
    const two = estimate("n.exists(x, n.exists(y, x == y))").cost;
    const three = estimate("n.exists(x, n.exists(y, n.exists(z, x == y && y == z)))").cost;
    expect(one).toBeGreaterThanOrEqual(4096);
    expect(one).toBeLessThan(4096 * 8);
    expect(two).toBeGreaterThanOrEqual(4096 * 4096);
    expect(three).toBeGreaterThanOrEqual(4096 ** 3);
  });

  it("reports the smallest sub-expression over the limit and its loops", () => {
    const source = "size(s) > 0 && n.all(a, n.all(b, n.all(c, a + b != c)))";
    const e = estimate(source);
    expect(e.cost).toBeGreaterThan(limits.max_expression_cost);
    expect(source.slice(e.over?.start, e.over?.end)).toBe("n.all(b, n.all(c, a + b != c))");
    expect(e.over?.loops).toEqual([4096, 4096]);
  });

  it("costs a map chain through the lists it builds", () => {
    const chain = estimate("n.map(a, n).map(l, l.map(x, x * 2)).size() > 0");
    expect(chain.cost).toBeGreaterThanOrEqual(4096 * 4096);
    expect(estimate("n.map(a, a * 2).map(b, b + 1).size() > 0").cost).toBeLessThan(4096 * 10);
  });

  it("charges characters read, and the strings of one list share a line", () => {
    const line = limits.max_line_bytes;
    // One scan of a string: a tenth of a unit per character.
    expect(estimate('s.contains("x")').cost).toBeGreaterThanOrEqual(line / 10);
    // Scanning every element of a list once reads the list's line once...
    const each = estimate('l.exists(x, x.contains("admin"))').cost;
    expect(each).toBeLessThan(line / 10 + 4096 * 10);
    // ...but scanning one string for each element reads it that many times.
    expect(estimate("l.exists(x, s.contains(x))").cost).toBeGreaterThanOrEqual(4096 * (line / 10));
    // A string built in a loop is read at its built length.
    expect(estimate('l.map(x, x + x + x).exists(y, y.contains("q"))').cost).toBeGreaterThanOrEqual(
      (3 * line) / 10,
    );
  });

  it("reads a bounded prefix for an anchored pattern without unbounded repetition", () => {
    const anchored = estimate('s.matches("^sha256:[0-9a-f]{64}$")').cost;
    const open = estimate('s.matches("sha256:[0-9a-f]{64}")').cost;
    const star = estimate('s.matches("^a*$")').cost;
    expect(anchored).toBeLessThan(10_000);
    expect(open).toBeGreaterThan(limits.max_line_bytes);
    expect(star).toBeGreaterThan(limits.max_line_bytes / 10);
  });

  it("refuses a call whose result can grow and that has no cost", () => {
    const e = estimate("grow(s) == s");
    expect(e.cost).toBe(Number.POSITIVE_INFINITY);
    expect(e.unbounded).toEqual({ start: 0, name: "grow" });
  });
});

describe("matches(): RE2 only", () => {
  it("refuses backreferences, lookaround and invalid patterns; accepts RE2 syntax", () => {
    for (const bad of ["(a)\\1", "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "[", "a{1001}", "\\Z"]) {
      expect(re2Problem(bad), bad).toBeDefined();
    }
    for (const good of ["^(a+)+$", "\\d+", "(?P<n>x)", "(?i)abc", "\\p{Greek}", "[[:alpha:]]+"]) {
      expect(re2Problem(good), good).toBeUndefined();
    }
  });

  it("a pattern that is not a literal, or not RE2, is a problem at the pattern", () => {
    const problems = (source: string) => {
      const checked = checkedProgram(env(), source);
      if (!checked.valid) throw new Error("invalid");
      return expressionBounds(checked.program.ast, source, limits).problems.map((p) => [
        p.kind,
        source.slice(p.offset),
      ]);
    };
    // A computed pattern has no cost bound either; the pattern comes first (what to fix).
    expect(problems("s.matches(s)")).toEqual([
      ["regex", "s)"],
      ["cost", "s.matches(s)"],
    ]);
    expect(problems('s.matches("a(?=b)")')).toEqual([["regex", '"a(?=b)")']]);
    expect(problems('s.matches("^(a+)+$")')).toEqual([]);
  });

  it("cel-js programs match with RE2: a catastrophic pattern on a long input gives its result", () => {
    const checked = checkedProgram(
      env(),
      's.matches("^(a+)+$") || l.exists(x, x.matches("^(a+)+$"))',
    );
    if (!checked.valid) throw new Error("invalid");
    const a = "a".repeat(5000);
    expect(checked.program({ s: `${a}b`, l: [`b${a}`, `${a}!`], n: [] })).toBe(false);
    expect(checked.program({ s: `${a}b`, l: [`b${a}`, a], n: [] })).toBe(true);
  });

  it("RE2 and JavaScript agree on patterns both accept, on short inputs", () => {
    const atom = fc.constantFrom("a", "b", ".", "[ab]", "[^a]", "\\.", "(a|b)", "(ab)", "x");
    const quantified = fc
      .tuple(atom, fc.constantFrom("", "?", "*", "+", "{2}", "{1,3}"))
      .map(([a, q]) => a + q);
    const pattern = fc
      .tuple(
        fc.constantFrom("", "^"),
        fc.array(quantified, { minLength: 1, maxLength: 5 }),
        fc.constantFrom("", "$"),
      )
      .map(([start, body, end]) => start + body.join("") + end);
    fc.assert(
      fc.property(
        pattern,
        fc.string({ unit: fc.constantFrom("a", "b", ".", "x", "\n"), maxLength: 12 }),
        (p, text) => {
          expect(re2Matches(text, p)).toBe(new RegExp(p).test(text));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the real registry", () => {
  const { registry } = loadRegistry(join(import.meta.dirname, "..", "..", "..", "registry"));

  it("every trigger expression is within limits.max_expression_cost, with RE2 literal patterns", () => {
    if (!registry) throw new Error("the registry does not load");
    let checked = 0;
    for (const entry of registry.entries) {
      for (const expr of triggerExpressions(entry)) {
        for (const type of expr.eventTypes) {
          const e = createTriggerEnvironment(registry, entry, type, { windowed: expr.windowed });
          const program = checkedProgram(e, expr.source);
          if (!program.valid) throw new Error(`${entry.id} ${expr.name} does not check`);
          const bounds = expressionBounds(program.program.ast, expr.source, registry.meta.limits);
          expect(bounds.problems, `${entry.id} ${expr.name} on ${type}`).toEqual([]);
          expect(bounds.estimate.cost).toBeLessThanOrEqual(
            registry.meta.limits.max_expression_cost,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(30);
  });
});
