import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, validateRegistry } from "../src/index.js";

const fixtures = join(import.meta.dirname, "fixtures");

/** Each fixture is a small registry with one mistake: the code, file and line it must be reported at. */
const cases: readonly { fixture: string; code: string; file: string; line: number }[] = [
  { fixture: "malformed-yaml", code: "SAP-E006", file: "anti-patterns/SAP-001.yaml", line: 24 },
  { fixture: "duplicate-key", code: "SAP-E007", file: "anti-patterns/SAP-001.yaml", line: 25 },
  { fixture: "wrong-type", code: "SAP-E012", file: "anti-patterns/SAP-001.yaml", line: 23 },
  { fixture: "unknown-field", code: "SAP-E010", file: "anti-patterns/SAP-001.yaml", line: 25 },
  { fixture: "empty-file", code: "SAP-E005", file: "anti-patterns/SAP-002.yaml", line: 1 },
  { fixture: "comments-only-file", code: "SAP-E005", file: "anti-patterns/SAP-002.yaml", line: 1 },
  { fixture: "non-utf8", code: "SAP-E004", file: "anti-patterns/SAP-002.yaml", line: 1 },
  { fixture: "directory-as-file", code: "SAP-E002", file: "anti-patterns/SAP-002.yaml", line: 1 },
  { fixture: "missing-registry-yaml", code: "SAP-E001", file: "registry.yaml", line: 1 },
  { fixture: "missing-anti-patterns-folder", code: "SAP-E001", file: "anti-patterns", line: 1 },
  { fixture: "yml-extension", code: "SAP-E009", file: "anti-patterns/SAP-002.yml", line: 1 },
  {
    fixture: "misspelt-payload-field",
    code: "SAP-E041",
    file: "anti-patterns/SAP-001.yaml",
    line: 39,
  },
  {
    fixture: "string-greater-than-int",
    code: "SAP-E041",
    file: "anti-patterns/SAP-001.yaml",
    line: 39,
  },
  { fixture: "non-bool-condition", code: "SAP-E042", file: "anti-patterns/SAP-001.yaml", line: 39 },
  { fixture: "cel-syntax-error", code: "SAP-E040", file: "anti-patterns/SAP-001.yaml", line: 39 },
  // A nested-macro bomb: the two inner all()s over a context list already
  // cost 4096 × 4096 × 8, reported at the smallest sub-expression over the limit.
  { fixture: "nested-macro-bomb", code: "SAP-E046", file: "anti-patterns/SAP-001.yaml", line: 39 },
  { fixture: "map-chain", code: "SAP-E046", file: "anti-patterns/SAP-001.yaml", line: 39 },
  {
    fixture: "matches-pattern-from-log",
    code: "SAP-E047",
    file: "anti-patterns/SAP-001.yaml",
    line: 39,
  },
  { fixture: "matches-not-re2", code: "SAP-E047", file: "anti-patterns/SAP-001.yaml", line: 39 },
  {
    fixture: "cel-by-event-missing-key",
    code: "SAP-E045",
    file: "anti-patterns/SAP-001.yaml",
    line: 40,
  },
  {
    fixture: "window-in-stateless-trigger",
    code: "SAP-E043",
    file: "anti-patterns/SAP-001.yaml",
    line: 35,
  },
  { fixture: "unknown-event-type", code: "SAP-E030", file: "anti-patterns/SAP-001.yaml", line: 28 },
  {
    fixture: "trigger-not-watched",
    code: "SAP-E031",
    file: "anti-patterns/SAP-001.yaml",
    line: 34,
  },
  { fixture: "unknown-category", code: "SAP-E025", file: "anti-patterns/SAP-001.yaml", line: 22 },
  { fixture: "unknown-severity", code: "SAP-E026", file: "anti-patterns/SAP-001.yaml", line: 24 },
  {
    fixture: "unknown-detection-source",
    code: "SAP-E027",
    file: "anti-patterns/SAP-001.yaml",
    line: 27,
  },
  { fixture: "unknown-outcome", code: "SAP-E028", file: "anti-patterns/SAP-001.yaml", line: 62 },
  {
    fixture: "unknown-rule-reference",
    code: "SAP-E029",
    file: "anti-patterns/SAP-001.yaml",
    line: 73,
  },
  { fixture: "bad-id-format", code: "SAP-E013", file: "anti-patterns/SAP-001.yaml", line: 2 },
  { fixture: "file-name-not-id", code: "SAP-E020", file: "anti-patterns/SAP-002.yaml", line: 2 },
  { fixture: "duplicate-id", code: "SAP-E021", file: "anti-patterns/SAP-002.yaml", line: 2 },
  { fixture: "reused-retired-id", code: "SAP-E022", file: "anti-patterns/SAP-001.yaml", line: 2 },
  {
    fixture: "deprecated-without-replacement",
    code: "SAP-E023",
    file: "anti-patterns/SAP-001.yaml",
    line: 25,
  },
  {
    fixture: "experimental-enforce",
    code: "SAP-E024",
    file: "anti-patterns/SAP-001.yaml",
    line: 55,
  },
  {
    fixture: "default-out-of-bounds",
    code: "SAP-E033",
    file: "anti-patterns/SAP-001.yaml",
    line: 43,
  },
  { fixture: "min-above-max", code: "SAP-E034", file: "anti-patterns/SAP-001.yaml", line: 44 },
  {
    fixture: "span-param-not-duration",
    code: "SAP-E035",
    file: "anti-patterns/SAP-001.yaml",
    line: 38,
  },
  {
    fixture: "both-span-and-span-param",
    code: "SAP-E014",
    file: "anti-patterns/SAP-001.yaml",
    line: 35,
  },
  { fixture: "tier-out-of-order", code: "SAP-E036", file: "anti-patterns/SAP-001.yaml", line: 63 },
  { fixture: "tier-less-strict", code: "SAP-E037", file: "anti-patterns/SAP-001.yaml", line: 62 },
  {
    fixture: "count-window-with-steps",
    code: "SAP-E038",
    file: "anti-patterns/SAP-001.yaml",
    line: 39,
  },
  {
    fixture: "evidence-field-not-in-payload",
    code: "SAP-E032",
    file: "anti-patterns/SAP-001.yaml",
    line: 68,
  },
  {
    fixture: "missing-no-trigger-examples",
    code: "SAP-E011",
    file: "anti-patterns/SAP-001.yaml",
    line: 74,
  },
  {
    fixture: "example-payload-missing-field",
    code: "SAP-E050",
    file: "anti-patterns/SAP-001.yaml",
    line: 80,
  },
  {
    fixture: "example-session-mismatch",
    code: "SAP-E051",
    file: "anti-patterns/SAP-001.yaml",
    line: 80,
  },
  {
    fixture: "example-unknown-param",
    code: "SAP-E052",
    file: "anti-patterns/SAP-001.yaml",
    line: 77,
  },
  {
    fixture: "expected-outcome-not-in-tiers",
    code: "SAP-E053",
    file: "anti-patterns/SAP-001.yaml",
    line: 86,
  },
  {
    fixture: "example-impossible-timestamp",
    code: "SAP-E055",
    file: "anti-patterns/SAP-001.yaml",
    line: 80,
  },
  { fixture: "param-unused", code: "SAP-E039", file: "anti-patterns/SAP-001.yaml", line: 41 },
  { fixture: "retired-replaced-by-dangling", code: "SAP-E056", file: "retired.yaml", line: 11 },
  {
    fixture: "expression-too-large",
    code: "SAP-E044",
    file: "anti-patterns/SAP-001.yaml",
    line: 39,
  },
  {
    fixture: "example-duplicate-event-id",
    code: "SAP-E054",
    file: "anti-patterns/SAP-001.yaml",
    line: 81,
  },
  { fixture: "enum-on-int-field", code: "SAP-E063", file: "events/session.yaml", line: 21 },
  { fixture: "environment-unknown-type", code: "SAP-E064", file: "environment.yaml", line: 39 },
  { fixture: "duplicate-category", code: "SAP-E065", file: "registry.yaml", line: 36 },
  { fixture: "duplicate-event-type", code: "SAP-E061", file: "events/spawn.yaml", line: 6 },
  { fixture: "duplicate-event-type", code: "SAP-E060", file: "events/spawn.yaml", line: 7 },
  {
    fixture: "session-field-not-in-payload",
    code: "SAP-E062",
    file: "events/spawn.yaml",
    line: 11,
  },
];

/** The diagnostics of a fixture, with paths relative to the fixture and as printed lines. */
function run(fixture: string) {
  const dir = join(fixtures, fixture);
  const { registry, diagnostics } = validateRegistry(dir);
  const relative = diagnostics.map((d) => ({ ...d, file: d.file.slice(dir.length + 1) }));
  return { registry, diagnostics: relative, lines: relative.map(formatDiagnostic) };
}

describe("validateRegistry on one-mistake fixtures", () => {
  it("accepts the base fixture every other fixture is derived from", () => {
    const { registry, diagnostics } = run("_base");
    expect(diagnostics).toEqual([]);
    expect(registry?.entries.map((e) => e.id)).toEqual(["SAP-001"]);
  });

  it.each(cases)("$fixture: $code at $file:$line", ({ fixture, code, file, line }) => {
    const { registry, diagnostics } = run(fixture);
    expect(registry).toBeUndefined();
    expect(diagnostics).toContainEqual(expect.objectContaining({ code, file, line }));
    for (const d of diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.hint, `${d.code} has a hint`).toBeTruthy();
    }
  });

  it("covers at least 25 distinct mistakes and every fixture folder", async () => {
    const { readdirSync } = await import("node:fs");
    const folders = readdirSync(fixtures).filter((n) => n !== "_base");
    expect(new Set(cases.map((c) => c.fixture))).toEqual(new Set(folders));
    expect(new Set(cases.map((c) => c.code)).size).toBeGreaterThanOrEqual(25);
  });

  it("has a fixture for every code but those made at run time (E003 10 MB, E008 unreadable) and E099", async () => {
    const { rules } = await import("../src/index.js");
    const covered = new Set([...cases.map((c) => c.code), "SAP-E003", "SAP-E008", "SAP-E099"]);
    expect(rules.map((r) => r.code).filter((code) => !covered.has(code))).toEqual([]);
  });

  it("sorts diagnostics by file, line, column and code", () => {
    const { diagnostics } = run("duplicate-event-type");
    const keys = diagnostics.map((d) => [d.file, d.line, d.column, d.code].join("\u0000"));
    expect(diagnostics.length).toBeGreaterThan(1);
    expect(keys).toEqual(
      [...diagnostics]
        .sort(
          (a, b) =>
            a.file.localeCompare(b.file) ||
            a.line - b.line ||
            a.column - b.column ||
            a.code.localeCompare(b.code),
        )
        .map((d) => [d.file, d.line, d.column, d.code].join("\u0000")),
    );
  });
});

describe("full messages", () => {
  it("misspelt payload field", () => {
    expect(run("misspelt-payload-field").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:72  SAP-E041  condition: No such key: spawn_dept  (use a declared field: payload of session.spawn_requested has requester_session_id, child_role, spawn_depth, spawn_mode; event, session, params and window fields are in registry/environment.yaml)",
      ]
    `);
  });
  it("string compared with int", () => {
    expect(run("string-greater-than-int").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:14  SAP-E041  condition: no such overload: string > int  (operands must have matching types: ints have no decimal point, times and durations are int milliseconds; convert with int(), double() or string())",
      ]
    `);
  });
  it("unknown field", () => {
    expect(run("unknown-field").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:25:1  SAP-E010  unknown field "owner" at the top level  (allowed fields: category, description, detection, enforcement, evidence, examples, id, params, references, replaced_by, severity, slug, status, summary, tags, title, trigger)",
      ]
    `);
  });
  it("unknown category", () => {
    expect(run("unknown-category").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:22:11  SAP-E025  unknown category "spawn-abus"  (did you mean spawn-abuse? categories in registry.yaml: spawn-abuse, trust-boundary, escalation, consent, execution, isolation, scheduling, audit, supply-chain, recovery (or add it there))",
      ]
    `);
  });
  it("tier less strict", () => {
    expect(run("tier-less-strict").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:62:16  SAP-E037  tier 2 (downgrade) is less strict than tier 1 (force_stop)  (repeat offences must get the same or a stricter outcome; order: downgrade < require_consent < deny < force_stop)",
      ]
    `);
  });
  it("nested-macro bomb: the cost, where, and the loops that multiply", () => {
    expect(run("nested-macro-bomb").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:91  SAP-E046  condition: worst-case cost 134,234,115 of \`session.capability_grants.all(b, session.capability_grant...\` is over limits.max_expression_cost (10,000,000); nested comprehensions run 4,096 × 4,096 times  (each comprehension (all, exists, exists_one, map, filter) multiplies its body's cost by its list bound (limits.max_payload_list_items in a payload, limits.max_context_list_items elsewhere) and reading a string costs 1 per 10 characters up to a line: do not nest them over large lists, test membership with \`in\`, or keep the expression under 10,000,000 (limits.max_expression_cost))",
      ]
    `);
  });
  it("map chain", () => {
    expect(run("map-chain").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:63  SAP-E046  condition: worst-case cost 67,133,444 of \`session.capability_grants.map(a, session.capability_grant...\` is over limits.max_expression_cost (10,000,000); nested comprehensions run 4,096 × 4,096 times  (each comprehension (all, exists, exists_one, map, filter) multiplies its body's cost by its list bound (limits.max_payload_list_items in a payload, limits.max_context_list_items elsewhere) and reading a string costs 1 per 10 characters up to a line: do not nest them over large lists, test membership with \`in\`, or keep the expression under 10,000,000 (limits.max_expression_cost))",
      ]
    `);
  });
  it("matches() with a pattern read from the log", () => {
    expect(run("matches-pattern-from-log").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:91  SAP-E047  condition: matches() pattern is not a string literal: a pattern computed from the event or context is refused  (write the pattern as a quoted RE2 literal; RE2 has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!))",
      ]
    `);
  });
  it("matches() with a backreference", () => {
    expect(run("matches-not-re2").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:39:91  SAP-E047  condition: matches() pattern is not valid RE2: error parsing regexp: invalid escape sequence: \`\\1\`  (write the pattern as a quoted RE2 literal; RE2 has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!))",
      ]
    `);
  });
  it("example payload missing a field", () => {
    expect(run("example-payload-missing-field").lines).toMatchInlineSnapshot(`
      [
        "anti-patterns/SAP-001.yaml:80:130  SAP-E050  example "a tree asks for 5 children in 3 seconds with a limit of 4", event e2: payload of session.spawn_requested is missing child_role (string)  (make the payload match session.spawn_requested in registry/events/spawn.yaml)",
      ]
    `);
  });
});
