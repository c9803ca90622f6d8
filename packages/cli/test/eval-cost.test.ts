import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

/*
 * Trigger work is bounded (registry/SEMANTICS.md, Bounded cost), through the
 * real CLI: sap validate refuses a nested-macro bomb, a map chain and a
 * matches() pattern that is not an RE2 literal with their line and column;
 * sap eval refuses to run such a registry (exit 2, before reading the log);
 * a context list longer than limits.max_context_list_items makes that
 * evaluation a trigger_error input finding; an expensive expression within
 * the limit and a catastrophic pattern on a long line both end with a report.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const fixtures = resolve(repoRoot, "packages/core/test/fixtures");
const timeout = 120_000;
const work = mkdtempSync(join(tmpdir(), "sap-eval-cost-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function sap(args: readonly string[], input = "") {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    input,
    maxBuffer: 64 << 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A copy of registry/ with `edit` applied to one file's text. */
function registryWith(name: string, file: string, edit: (text: string) => string): string {
  const dir = join(work, name);
  cpSync(resolve(repoRoot, "registry"), dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = edit(before);
  expect(after, `${name}: the edit changed ${file}`).not.toBe(before);
  writeFileSync(path, after);
  return dir;
}

/** SAP-012's condition replaced by `condition` (one line). */
function sap012(name: string, condition: string): string {
  return registryWith(name, "anti-patterns/SAP-012.yaml", (text) =>
    text.replace(
      / {2}condition: >-\n {4}event\.payload\.granted_by == "self"\n {4}&& event\.payload\.capability_ids\.exists\(c, !capability_covers\(session\.capability_grants, c\)\)/,
      `  condition: ${condition}`,
    ),
  );
}

/** SAP-027's content_hash pattern replaced by `pattern` (a CEL expression). */
function sap027(name: string, pattern: string): string {
  return registryWith(name, "anti-patterns/SAP-027.yaml", (text) =>
    text.replace(
      'content_hash.matches("^sha256:[0-9a-f]{64}$")',
      `content_hash.matches(${pattern})`,
    ),
  );
}

const line = (n: number, type: string, payload: Record<string, unknown>) =>
  JSON.stringify({
    event_id: `e${n}`,
    event_type: type,
    timestamp: `2026-03-01T10:00:${String(n).padStart(2, "0")}.000Z`,
    session_id: "s1",
    payload,
  });

const created = line(0, "session.created", {
  session_id: "s1",
  model_id: "m",
  backend: "local",
  role: "Coder",
  memory_policy: "SESSION_SCOPED",
  spawn_depth: 0,
});

const granted = (n: number, ids: readonly string[], by = "operator") =>
  line(n, "capability.granted", {
    session_id: "s1",
    capability_ids: ids,
    granted_by: by,
    token_id: `t${n}`,
  });

interface Report {
  findings: { anti_pattern_id: string; triggering_event_ids: string[] }[];
  input_findings: { code: string; line: number; message: string }[];
}

describe("sap validate refuses unbounded work with its place", () => {
  test.each([
    ["nested-macro-bomb", "SAP-E046", ":39:91"],
    ["map-chain", "SAP-E046", ":39:63"],
    ["matches-pattern-from-log", "SAP-E047", ":39:91"],
    ["matches-not-re2", "SAP-E047", ":39:91"],
  ])(
    "%s: %s at the expression's line and column",
    (fixture, code, at) => {
      const run = sap(["validate", join(fixtures, fixture)]);
      expect(run.status).toBe(1);
      const [first] = run.stdout.trim().split("\n");
      expect(first).toContain(`anti-patterns/SAP-001.yaml${at}  ${code}  condition: `);
    },
    timeout,
  );
});

describe("sap eval with an expensive or unbounded trigger", () => {
  test(
    "a nested-macro bomb: sap validate names it, sap eval refuses the registry before reading the log",
    () => {
      const dir = sap012(
        "bomb",
        'event.payload.capability_ids.exists(a, event.payload.capability_ids.exists(b, event.payload.capability_ids.exists(c, a + b + c == "x")))',
      );
      const validate = sap(["validate", dir]);
      expect(validate.status).toBe(1);
      expect(validate.stdout).toMatch(
        /anti-patterns\/SAP-012\.yaml:\d+:\d+ {2}SAP-E046 {2}condition: worst-case cost [\d,]+ of `event\.payload\.capability_ids\.exists\(a, /,
      );
      expect(validate.stdout).toContain("nested comprehensions run 1,024 × 1,024 × 1,024 times");
      const run = sap(["eval", "-", "--registry", dir], `${created}\n${granted(1, ["a"])}\n`);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        "sap eval: a trigger does not compile (run sap validate): SAP-012",
      );
      expect(run.stderr).toContain("limits.max_expression_cost");
      expect(run.stdout).toBe("");
    },
    timeout,
  );

  test(
    "an expensive expression within the limit (items² over the largest payload list) ends with its report",
    () => {
      const dir = sap012(
        "squared",
        'event.payload.capability_ids.exists(a, event.payload.capability_ids.exists(b, a + b == "never"))',
      );
      expect(sap(["validate", dir]).status).toBe(0);
      const ids = Array.from({ length: 1024 }, (_, i) => `fs.read:scope-${i}`);
      const run = sap(
        ["eval", "-", "--registry", dir, "--format", "json"],
        `${created}\n${granted(1, ids)}\n`,
      );
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings).toEqual([]);
      expect(report.input_findings).toEqual([]);
    },
    timeout,
  );

  test(
    "a context list over limits.max_context_list_items is a trigger_error input finding, and the rest is evaluated",
    () => {
      const dir = registryWith("small-context", "registry.yaml", (text) =>
        text.replace("max_context_list_items: 4096", "max_context_list_items: 2"),
      );
      const log = [
        created,
        granted(1, ["fs.read:a", "fs.read:b", "fs.read:c"]),
        granted(2, ["proc.exec"], "self"),
        "",
      ].join("\n");
      const run = sap(["eval", "-", "--registry", dir, "--format", "json"], log);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("1 input finding");
      const report = JSON.parse(run.stdout) as Report;
      expect(report.input_findings).toEqual([
        expect.objectContaining({
          code: "trigger_error",
          line: 3,
          message: expect.stringContaining(
            "SAP-012: session.capability_grants has 3 items, more than limits.max_context_list_items (2)",
          ),
        }),
      ]);
      // With the real limit the same log is evaluated: SAP-012 finds the self-grant.
      const real = JSON.parse(sap(["eval", "-", "--format", "json"], log).stdout) as Report;
      expect(real.input_findings).toEqual([]);
      expect(real.findings.map((f) => f.anti_pattern_id)).toContain("SAP-012");
    },
    timeout,
  );
});

describe("sap eval matches() with RE2", () => {
  const message = (n: number, hash: string) =>
    line(n, "session.message", {
      session_id: "s1",
      message_id: `m${n}`,
      role: "ASSISTANT",
      content_hash: hash,
      token_count: 1,
    });

  test(
    "a catastrophic pattern on a long line gives its result (RE2 is linear; a backtracking engine would not return)",
    () => {
      const dir = sap027("catastrophic", '"^(a+)+$"');
      expect(sap(["validate", dir]).status).toBe(0);
      const log = [
        created,
        message(1, `${"a".repeat(5000)}!`),
        message(2, "a".repeat(5000)),
        "",
      ].join("\n");
      const run = sap(["eval", "-", "--registry", dir, "--format", "json"], log);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.input_findings).toEqual([]);
      // SAP-027 fires when the hash does not match: the line ending in "!".
      expect(
        report.findings
          .filter((f) => f.anti_pattern_id === "SAP-027")
          .map((f) => f.triggering_event_ids),
      ).toEqual([["e1"]]);
    },
    timeout,
  );

  test.each([
    ["from-log", "event.payload.content_artifact_id", "not a string literal"],
    ["lookahead", '"^sha256:(?=[0-9a-f])"', "not valid RE2"],
    ["backreference", '"^(a)\\\\1$"', "not valid RE2"],
  ])(
    "a pattern %s: SAP-E047 in sap validate, and sap eval refuses the registry",
    (name, pattern, why) => {
      const dir = sap027(name, pattern);
      const validate = sap(["validate", dir]);
      expect(validate.status).toBe(1);
      expect(validate.stdout).toMatch(
        new RegExp(
          `anti-patterns/SAP-027\\.yaml:\\d+:\\d+ {2}SAP-E047 {2}condition: matches\\(\\) pattern is ${why}`,
        ),
      );
      const run = sap(["eval", "-", "--registry", dir], `${created}\n`);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `SAP-027 condition (on session.message): matches() pattern is ${why}`,
      );
    },
    timeout,
  );
});
