import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EngineOptions, EvaluationResult, Finding, InputFinding } from "../src/index.js";
import { Engine, SnapshotError } from "../src/index.js";
import { realRegistry, repoRoot } from "./helpers.js";
import { action, interleave, treeEvents } from "./trees.js";

/*
 * Engine.snapshot() / Engine.restore(): at any event of any log, saving the
 * engine's state through JSON text and continuing in a new engine gives the
 * same result, byte for byte, as never stopping: findings, input findings,
 * summary. The findings streamed by the two engines together are those of
 * the uninterrupted run, in order.
 */

const registry = realRegistry();
const opts: EngineOptions = { registryVersion: "0.0.0-test" };
const runs = Number(process.env.SAP_PROPERTY_RUNS ?? 60);
const T0 = Date.UTC(2026, 2, 1, 10);

interface Run {
  readonly result: EvaluationResult;
  /** What onFinding and onInputFinding saw, in order. */
  readonly streamed: readonly (Finding | InputFinding)[];
}

/** Evaluates `lines`, stopping after each index of `cuts` to go on from a JSON copy of a snapshot. */
function evaluate(lines: readonly string[], cuts: readonly number[], options = opts): Run {
  const streamed: (Finding | InputFinding)[] = [];
  const stream: EngineOptions = {
    ...options,
    onFinding: (f) => streamed.push(f),
    onInputFinding: (f) => streamed.push(f),
  };
  let engine = new Engine(registry, stream);
  lines.forEach((line, i) => {
    if (cuts.includes(i)) {
      const text = JSON.stringify(engine.snapshot());
      engine = Engine.restore(registry, JSON.parse(text), stream);
    }
    engine.line(line, i + 1);
  });
  if (cuts.includes(lines.length)) {
    engine = Engine.restore(registry, JSON.parse(JSON.stringify(engine.snapshot())), stream);
  }
  return { result: engine.finish(), streamed };
}

function expectSame(cut: Run, whole: Run): void {
  expect(JSON.stringify(cut.result)).toBe(JSON.stringify(whole.result));
  expect(JSON.stringify(cut.streamed)).toBe(JSON.stringify(whole.streamed));
}

/** Lines that are not valid events, so input findings cross the cut too. */
const noise = fc.constantFrom(
  "not json",
  '{"event_id":"x"}',
  JSON.stringify({
    event_id: "late",
    event_type: "session.message",
    timestamp: new Date(T0 - 3_600_000).toISOString(),
    session_id: "t0-root",
    payload: {
      session_id: "t0-root",
      message_id: "late",
      role: "USER",
      content_hash: `sha256:${"0".repeat(64)}`,
      token_count: 1,
    },
  }),
  "",
);

/** A random log: interleaved spawn trees (trees.ts) with a few broken lines. */
const log = fc
  .record({
    scripts: fc.array(fc.array(action, { minLength: 1, maxLength: 30 }), {
      minLength: 1,
      maxLength: 4,
    }),
    choices: fc.array(fc.nat(10), { minLength: 1, maxLength: 20 }),
    noise: fc.array(fc.tuple(fc.nat(), noise), { maxLength: 4 }),
    // Children spawned and finished at once (they owe their parent an announce-back: SAP-006 opens a deadline).
    finishing: fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.integer({ min: 1, max: 3 })), {
      maxLength: 4,
    }),
    closing: fc.boolean(),
  })
  .map(({ scripts, choices, noise, finishing, closing }) => {
    const events = interleave(
      scripts.map((s, t) => treeEvents(t, s)),
      choices,
    );
    finishing.forEach(([at, tree, child], n) => {
      const i = at % events.length;
      const timestamp = events[i]?.timestamp ?? new Date(T0).toISOString();
      const root = `t${tree}-root`;
      const session = `t${tree}-f${child}-${n}`;
      const ev = (suffix: string, type: string, id: string, payload: Record<string, unknown>) => ({
        event_id: `finish-${n}-${suffix}`,
        event_type: type,
        timestamp,
        session_id: id,
        payload,
      });
      events.splice(
        i + 1,
        0,
        ev("a", "session.spawn_accepted", root, {
          requester_session_id: root,
          child_session_id: session,
          child_role: "Coder",
          spawn_depth: 1,
        }),
        ev("c", "session.state_change", session, {
          session_id: session,
          from_state: "ACTIVE",
          to_state: child === 3 ? "FAILED" : "COMPLETED",
          reason: "done",
        }),
      );
    });
    const lines = events.map((e) => JSON.stringify(e));
    for (const [at, line] of noise) lines.splice(at % (lines.length + 1), 0, line);
    // An event an hour after the rest fires every absence deadline still open.
    if (closing) lines.push(lateEvent(events[events.length - 1]?.timestamp));
    return lines;
  });

function lateEvent(last: string | undefined): string {
  const time = Date.parse(last ?? new Date(T0).toISOString()) + 3_600_000;
  return JSON.stringify({
    event_id: "closing",
    event_type: "session.created",
    timestamp: new Date(time).toISOString(),
    session_id: "closing",
    payload: { session_id: "closing", role: "Coder" },
  });
}

describe("snapshot and restore at any event", () => {
  test("one cut anywhere: the same result and the same stream as an uninterrupted run", () => {
    fc.assert(
      fc.property(
        log.chain((lines) => fc.tuple(fc.constant(lines), fc.nat(lines.length))),
        ([lines, cut]) => {
          expectSame(evaluate(lines, [cut]), evaluate(lines, []));
        },
      ),
      { numRuns: runs },
    );
  });

  test("two cuts (a restored engine snapshotted again)", () => {
    fc.assert(
      fc.property(
        log.chain((lines) =>
          fc.tuple(fc.constant(lines), fc.nat(lines.length), fc.nat(lines.length)),
        ),
        ([lines, a, b]) => {
          expectSame(evaluate(lines, [a, b]), evaluate(lines, []));
        },
      ),
      { numRuns: Math.max(10, runs / 2) },
    );
  });

  test("the logs cross the cut with findings, open windows, anchors and occurrences (not vacuous)", () => {
    const sample = fc.sample(log, { numRuns: 40, seed: 11 });
    let findings = 0;
    let withState = 0;
    let withAnchors = 0;
    for (const lines of sample) {
      const engine = new Engine(registry, opts);
      let state = false;
      let anchors = false;
      lines.forEach((line, i) => {
        engine.line(line, i + 1);
        const snap = engine.snapshot();
        state ||= Object.keys(snap.entries).length > 0 && snap.sessions.sessions.length > 0;
        anchors ||= snap.anchors.length > 0;
      });
      if (state) withState++;
      if (anchors) withAnchors++;
      findings += engine.finish().findings.length;
    }
    expect(findings).toBeGreaterThan(20);
    expect(withState).toBeGreaterThan(10);
    expect(withAnchors).toBeGreaterThan(3);
  });

  test("the runtime's own logs (job pairings, pseudo-sessions), cut at every line", () => {
    for (const file of ["spawn-tree.fr.jsonl", "spawn-tree.trace.jsonl"]) {
      const text = readFileSync(
        resolve(repoRoot, "packages/engine/test/fixtures/runtime", file),
        "utf8",
      );
      const lines = text.trimEnd().split("\n");
      const whole = evaluate(lines, []);
      expect(whole.result.summary.events).toBeGreaterThan(10);
      for (let cut = 0; cut <= lines.length; cut++) expectSame(evaluate(lines, [cut]), whole);
    }
  });

  test("a job's session learned before the cut still names the session of its events after it", () => {
    const text = readFileSync(
      resolve(repoRoot, "packages/engine/test/fixtures/runtime/spawn-tree.fr.jsonl"),
      "utf8",
    );
    const [check, , created] = text.split("\n").map((l) => JSON.parse(l || "null"));
    // The job's capability check again, after its session.created paired the job with
    // sess-root, with a bad payload: the input finding names the session it was attributed to.
    const again = {
      ...check,
      event_id: "again",
      timestamp: "2026-06-22T10:00:01+00:00",
      payload: { ...check.payload, decision_outcome: 42 },
    };
    const lines = [JSON.stringify(created), JSON.stringify(again)];
    const whole = evaluate(lines, []);
    expect(whole.result.input_findings.map((f) => f.session_id)).toEqual(["sess-root"]);
    expectSame(evaluate(lines, [1]), whole);
  });

  test("a snapshot is plain JSON and survives the text round trip unchanged", () => {
    const [lines] = fc.sample(log, { numRuns: 1, seed: 3 });
    const engine = new Engine(registry, opts);
    (lines ?? []).forEach((line, i) => {
      engine.line(line, i + 1);
    });
    const snap = engine.snapshot();
    const text = JSON.stringify(snap);
    expect(JSON.parse(text)).toEqual(snap);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(snap.format).toBe("sap-engine-state/1");
    expect(snap.registry_machine_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(snap.params_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe("a snapshot restores only where it was made", () => {
  const engine = new Engine(registry, opts);
  engine.line(
    JSON.stringify({
      event_id: "e1",
      event_type: "session.created",
      timestamp: new Date(T0).toISOString(),
      session_id: "s1",
      payload: { session_id: "s1", role: "Coder" },
    }),
    1,
  );
  const snap = JSON.parse(JSON.stringify(engine.snapshot())) as unknown;

  test("other params: refused, naming the params hash", () => {
    const other = { ...opts, params: { "SAP-014": { max_denied_checks: 9 } } };
    expect(() => Engine.restore(registry, snap, other)).toThrow(SnapshotError);
    expect(() => Engine.restore(registry, snap, other)).toThrow(/params hash/);
  });

  test("another registry: refused, naming the machine hash", () => {
    const limits = { ...registry.meta.limits, max_window_events: 17 };
    const other = { ...registry, meta: { ...registry.meta, limits } };
    expect(() => Engine.restore(other, snap, opts)).toThrow(/registry machine hash/);
  });

  test("another event form or retention: refused", () => {
    expect(() => Engine.restore(registry, snap, { ...opts, eventForm: "runtime" })).toThrow(
      /reading events as auto, not runtime/,
    );
    expect(() => Engine.restore(registry, snap, { ...opts, retireSessions: false })).toThrow(
      /retireSessions/,
    );
  });

  test("not a snapshot: refused", () => {
    expect(() => Engine.restore(registry, { format: "other" }, opts)).toThrow(
      /not an engine snapshot/,
    );
    expect(() => Engine.restore(registry, "x", opts)).toThrow(SnapshotError);
  });

  test("the same registry and params: continues", () => {
    const restored = Engine.restore(registry, snap, opts);
    expect(restored.finish().summary.events).toBe(1);
  });
});
