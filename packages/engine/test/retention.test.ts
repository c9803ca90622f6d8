import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import type { EngineOptions, EvaluationResult } from "../src/index.js";
import { Engine, evaluateEvents, evaluateText } from "../src/index.js";
import {
  FANOUT_PROFILE,
  HELD_NOTICES_PROFILE,
  OVERLOAD_PROFILE,
  PROFILES,
  simulate,
} from "./benign/simulate.js";
import { realRegistry, registryVersion, repoRoot } from "./helpers.js";
import { at, created, spawnAccepted } from "./synthetic.js";

/*
 * Retention (SEMANTICS.md, "Retention"): a spawn tree none of whose sessions
 * runs, quiet for longer than the longest `after` span plus the timestamp
 * tolerance, is forgotten. These tests pin the rule, prove that it changes no
 * finding on any example, scenario, runtime fixture or benign log (each
 * evaluated with and without retention), and that it keeps memory flat.
 */

const registry = realRegistry();
const version = registryVersion();
const fixtures = resolve(repoRoot, "packages/engine/test/fixtures");
const SLOW = 600_000;

const kept: EngineOptions = { registryVersion: version, retireSessions: false };
const retired: EngineOptions = { registryVersion: version };

/** The same log with and without retention: identical results, byte for byte. */
function sameEitherWay(text: string, what: string): EvaluationResult {
  const withRetention = evaluateText(registry, text, retired);
  const without = evaluateText(registry, text, kept);
  expect(JSON.stringify(withRetention), what).toBe(JSON.stringify(without));
  return withRetention;
}

function exec(second: number, session: string, id?: string) {
  return at(
    second,
    "exec.requested",
    session,
    {
      session_id: session,
      job_id: `job-${second}`,
      tool_name: "run_tests",
      command_class: "read",
      command_hash: `sha256:${"a".repeat(64)}`,
      sandbox: "container",
    },
    id,
  );
}

function completed(second: number, session: string) {
  return at(second, "session.state_change", session, {
    session_id: session,
    from_state: "ACTIVE",
    to_state: "COMPLETED",
    reason: "done",
  });
}

/** SAP-028 fires on tool use by a session the context does not know. */
function unknownTo(result: EvaluationResult): string[] {
  return result.findings.filter((f) => f.anti_pattern_id === "SAP-028").map((f) => f.session_id);
}

describe("the retention rule", () => {
  test("the span is the longest after-window span plus the timestamp tolerance, with the params", () => {
    const engine = new Engine(registry, retired);
    const afterSpans = engine.entries.flatMap((rt) =>
      rt.kind === "absence" && rt.direction === "after" ? [rt.spanMs] : [],
    );
    expect(engine.retentionMs).toBe(Math.max(...afterSpans) + 5_000);
    expect(engine.retentionMs).toBe(305_000);
    const longer = new Engine(registry, {
      ...retired,
      params: { "SAP-006": { announce_within: "30m" } },
    });
    expect(longer.retentionMs).toBe(1_805_000);
    expect(new Engine(registry, kept).retentionMs).toBe(Number.POSITIVE_INFINITY);
  });

  test("a finished session quiet past the span reads as unknown to a later event", () => {
    const log = [
      created(0, "s1"),
      exec(1, "s1"),
      completed(2, "s1"),
      created(400, "s2"), // moves the watermark 398 s past s1's last event
      exec(401, "s1"),
    ];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual(["s1"]);
    expect(unknownTo(evaluateEvents(registry, log, kept))).toEqual([]);
  });

  test("the span is measured from the watermark before the event: a lone late event still sees it", () => {
    const log = [created(0, "s1"), completed(2, "s1"), exec(4000, "s1")];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual([]);
  });

  test("within the span a finished session is kept", () => {
    const log = [created(0, "s1"), completed(2, "s1"), created(300, "s2"), exec(301, "s1")];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual([]);
  });

  test("a running session is never retired, however long it is quiet", () => {
    const log = [created(0, "s1"), created(36_000, "s2"), exec(36_001, "s1")];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual([]);
  });

  test("a finished session is kept while a session of its tree runs", () => {
    const log = [
      created(0, "root"),
      spawnAccepted(1, "root", "child"),
      completed(2, "root"),
      created(3_600, "other"),
      exec(3_601, "root"),
    ];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual([]);
    const done = [...log.slice(0, 3), completed(3, "child"), ...log.slice(3)];
    expect(unknownTo(evaluateEvents(registry, done, retired))).toEqual(["root"]);
  });

  test("an after-deadline reads its contexts as they stand: the span covers the longest deadline", () => {
    // SAP-006: the child's completion opens a 5 min deadline for its announce-back; its
    // parent failed meanwhile, so none is owed. The tree is finished and quiet from 2 s on;
    // when the deadline fires at 400 s, the parent's context must still say FAILED.
    const log = [
      created(0, "root"),
      spawnAccepted(0.5, "root", "child"),
      completed(1, "child"),
      at(2, "session.state_change", "root", {
        session_id: "root",
        from_state: "ACTIVE",
        to_state: "FAILED",
        reason: "error",
      }),
      created(100, "other"),
      created(400, "another"),
    ];
    const sap006 = (r: EvaluationResult) =>
      r.findings.filter((f) => f.anti_pattern_id === "SAP-006");
    expect(sap006(evaluateEvents(registry, log, kept))).toEqual([]);
    expect(sap006(evaluateEvents(registry, log, retired))).toEqual([]);
  });

  test("a retired session comes back as a new one: session.created introduces it again", () => {
    const log = [
      created(0, "s1"),
      completed(2, "s1"),
      created(400, "s2"),
      created(401, "s1"),
      exec(402, "s1"),
    ];
    expect(unknownTo(evaluateEvents(registry, log, retired))).toEqual([]);
  });
});

describe("no finding changes on the project's logs", () => {
  const examples = registry.entries.flatMap((entry) =>
    [...entry.examples.trigger, ...entry.examples.no_trigger].map((example) => ({
      id: entry.id,
      name: example.name,
      params: example.params ? { [entry.id]: example.params } : undefined,
      events: example.events,
    })),
  );

  test.each(examples)("$id example: $name (and with a far later event)", ({ params, events }) => {
    const text = events.map((e) => JSON.stringify(e)).join("\n");
    // An unrelated event ten hours later fires every open deadline against
    // contexts the span has long passed.
    const later = JSON.stringify(created(36_000, "far-later-session"));
    for (const log of [text, `${text}\n${later}`]) {
      const a = evaluateText(registry, log, { ...retired, params });
      const b = evaluateText(registry, log, { ...kept, params });
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    }
  });

  const scenarios = readdirSync(join(fixtures, "scenarios")).filter((f) => f.endsWith(".jsonl"));
  const runtime = readdirSync(join(fixtures, "runtime")).filter(
    (f) => f.endsWith(".jsonl") || f.endsWith(".api.json"),
  );

  test.each([
    ...scenarios.map((f) => join("scenarios", f)),
    ...runtime.map((f) => join("runtime", f)),
  ])("fixture %s", (file) => {
    const result = sameEitherWay(readFileSync(join(fixtures, file), "utf8"), file);
    expect(result.summary.lines).toBeGreaterThan(0);
  });

  test(
    "the benign corpus: the main mixed log and every profile",
    () => {
      const logs = [
        { name: "mixed-main", sim: simulate({ seed: 20_260_302, profile: "mixed", roots: 45 }) },
        ...Object.keys(PROFILES)
          .filter((p) => p !== "mixed")
          .flatMap((profile) =>
            [1, 2].map((seed) => ({
              name: `${profile}-${seed}`,
              sim: simulate({ seed, profile }),
            })),
          ),
        { name: "overload-3", sim: simulate({ seed: 3, profile: OVERLOAD_PROFILE }) },
        { name: "fanout-5", sim: simulate({ seed: 5, profile: FANOUT_PROFILE }) },
        { name: "held-9", sim: simulate({ seed: 9, profile: HELD_NOTICES_PROFILE, roots: 30 }) },
      ];
      for (const { name, sim } of logs) sameEitherWay(sim.jsonl, name);
    },
    SLOW,
  );

  test(
    "retention does retire sessions in the benign corpus (the comparison is not vacuous)",
    () => {
      const sim = simulate({ seed: 20_260_302, profile: "mixed", roots: 45 });
      const engine = new Engine(registry, retired);
      sim.jsonl
        .trimEnd()
        .split("\n")
        .forEach((line, i) => {
          engine.line(line, i + 1);
        });
      const sessions = sim.stats.sessions ?? 0;
      expect(sessions).toBeGreaterThan(100);
      expect(engine.keptSessions()).toBeLessThan(sessions / 2);
    },
    SLOW,
  );
});

/** `n` sessions, one starting every second, each working for a minute then finishing. */
function steadyLog(n: number): string[] {
  const lines: string[] = [];
  for (let s = 0; s < n + 60; s++) {
    if (s < n) lines.push(JSON.stringify(created(s, `s${s}`, 0, `c${s}`)));
    const ending = s - 60;
    if (ending >= 0 && ending < n) {
      lines.push(JSON.stringify({ ...completed(s, `s${ending}`), event_id: `x${ending}` }));
    }
  }
  return lines;
}

describe("memory follows the running sessions, not the log", () => {
  test("sessions kept stay bounded by the sessions of the last span, whatever the log's length", () => {
    for (const n of [2_000, 8_000]) {
      const withRetention = new Engine(registry, retired);
      const without = new Engine(registry, kept);
      steadyLog(n).forEach((line, i) => {
        withRetention.line(line, i + 1);
        without.line(line, i + 1);
      });
      // ~60 running and ~305 finished within the span (one finishes per second).
      expect(withRetention.keptSessions()).toBeLessThan(400);
      expect(without.keptSessions()).toBe(n);
      expect(JSON.stringify(withRetention.finish())).toBe(JSON.stringify(without.finish()));
    }
  });

  test("job pairings of retired sessions are forgotten", () => {
    const text = readFileSync(join(fixtures, "runtime/spawn-tree.fr.jsonl"), "utf8");
    const lines = text.trimEnd().split("\n");
    const engine = new Engine(registry, { ...retired, eventForm: "auto" });
    lines.forEach((line, i) => {
      engine.line(line, i + 1);
    });
    const before = engine.snapshot().jobs.length;
    expect(before).toBeGreaterThan(0);
    // Every session of the run ends in the cascade (2026-06-22). Two unrelated events
    // months later: the second sees the run's trees retired.
    engine.line(JSON.stringify(created(86_400 * 200, "elsewhere")), lines.length + 1);
    engine.line(JSON.stringify(created(86_400 * 200 + 1, "elsewhere-2")), lines.length + 2);
    expect(engine.snapshot().jobs).toEqual([]);
  });
});
