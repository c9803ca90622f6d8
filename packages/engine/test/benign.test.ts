import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import type { EvaluationResult } from "../src/index.js";
import { evaluateText } from "../src/index.js";
import type { AuditEvent } from "./benign/simulate.js";
import {
  FANOUT_PROFILE,
  HELD_NOTICES_PROFILE,
  OVERLOAD_PROFILE,
  PROFILES,
  simulate,
} from "./benign/simulate.js";
import { realRegistry, registryVersion, repoRoot } from "./helpers.js";

/*
 * The false-positive guard. A simulated, legitimately busy Handshake runtime
 * (test/benign/simulate.ts) writes audit logs that follow every runtime rule;
 * replayed through the engine, no entry may fire on them. A mutation check
 * proves the guard can fail: one injected violation makes exactly its entry
 * fire. (The CLI's own replay of a benign log, exit codes and all, is in
 * packages/cli/test/eval-benign.test.ts: this package's tests stay below the CLI.)
 */

const SLOW = 600_000;

/** What fired, per entry, with the first findings' sessions, lines and event ids: enough to act on. */
function explain(report: EvaluationResult, lines?: readonly string[]): string {
  const out: string[] = [JSON.stringify(report.summary)];
  const byEntry = new Map<string, EvaluationResult["findings"][number][]>();
  for (const f of report.findings) {
    const list = byEntry.get(f.anti_pattern_id) ?? [];
    list.push(f);
    byEntry.set(f.anti_pattern_id, list);
  }
  for (const [id, list] of byEntry) {
    out.push(`${id} (${list[0]?.title}): ${list.length} finding(s)`);
    for (const f of list.slice(0, 3)) {
      out.push(
        `  session ${f.session_id} at line ${f.line}, events ${f.triggering_event_ids.join(",")}`,
      );
      for (const n of f.triggering_lines.slice(-4)) {
        const text = lines?.[n - 1];
        if (text) out.push(`    ${n}: ${text}`);
      }
    }
  }
  for (const f of report.input_findings.slice(0, 10)) {
    out.push(`input finding line ${f.line}: ${f.code}: ${f.message}`);
  }
  return out.join("\n");
}

/**
 * When a benign log is not clean, keeps it in the temp directory and says how
 * to replay it, so the failure can be reproduced outside the test.
 */
function keep(log: string, name: string, clean: boolean): string {
  if (clean) return "";
  const path = join(tmpdir(), `benign-${name}.jsonl`);
  writeFileSync(path, log);
  return `\nlog kept: ${path}\nreplay: pnpm sap eval ${path}`;
}

function isClean(report: EvaluationResult): boolean {
  return report.findings.length === 0 && report.input_findings.length === 0;
}

function entriesFired(report: EvaluationResult): string[] {
  return [...new Set(report.findings.map((f) => f.anti_pattern_id))].sort();
}

/** The log with `event` inserted after the line index `after` (0-based). */
function insertAfter(lines: readonly string[], after: number, event: AuditEvent): string {
  const copy = [...lines];
  copy.splice(after + 1, 0, JSON.stringify(event));
  return `${copy.join("\n")}\n`;
}

function parse(lines: readonly string[]): AuditEvent[] {
  return lines.map((l) => JSON.parse(l) as AuditEvent);
}

function inProcess(log: string): EvaluationResult {
  return evaluateText(realRegistry(), log, { registryVersion: registryVersion() });
}

// ~20k events: the mixed profile, every situation, several hundred sessions.
const MAIN = simulate({ seed: 20_260_302, profile: "mixed", roots: 45 });
const MAIN_LINES = MAIN.jsonl.trimEnd().split("\n");

describe("benign logs never fire", () => {
  test(
    `a ~20k-event busy log: no findings, no input findings (${MAIN.events.length} events, ${MAIN.stats.sessions} sessions)`,
    () => {
      expect(MAIN.events.length).toBeGreaterThan(15_000);
      expect(MAIN.events.length).toBeLessThan(30_000);
      const result = inProcess(MAIN.jsonl);
      const why = `${explain(result, MAIN_LINES)}${keep(MAIN.jsonl, "mixed-main", isClean(result))}`;
      expect(result.summary.events, why).toBe(MAIN.events.length);
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual([]);
      expect(result.summary.findings, why).toBe(0);
    },
    SLOW,
  );

  test.each(Object.keys(PROFILES).filter((p) => p !== "mixed"))(
    "profile %s, two seeds: no findings, no input findings",
    (profile) => {
      for (const seed of [1, 2]) {
        const sim = simulate({ seed, profile });
        const lines = sim.jsonl.trimEnd().split("\n");
        const result = inProcess(sim.jsonl);
        const why = `${explain(result, lines)}${keep(sim.jsonl, `${profile}-${seed}`, isClean(result))}`;
        expect(result.summary.input_findings, why).toBe(0);
        expect(entriesFired(result), why).toEqual([]);
      }
    },
    SLOW,
  );

  test(
    "overload (roots every 1-4 s, queues tens of minutes long, children slower than an hour): no findings",
    () => {
      const sim = simulate({ seed: 3, profile: OVERLOAD_PROFILE });
      const lines = sim.jsonl.trimEnd().split("\n");
      const result = inProcess(sim.jsonl);
      const why = `${explain(result, lines)}${keep(sim.jsonl, "overload-3", isClean(result))}`;
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual([]);
    },
    SLOW,
  );

  test(
    "several thousand sessions in total",
    () => {
      const sim = simulate({ seed: 77, profile: "steady", roots: 400 });
      expect(sim.stats.sessions).toBeGreaterThan(2_500);
      const lines = sim.jsonl.trimEnd().split("\n");
      const result = inProcess(sim.jsonl);
      const why = `${explain(result, lines)}${keep(sim.jsonl, "steady-thousands", isClean(result))}`;
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual([]);
    },
    SLOW,
  );
});

/*
 * Two profiles that once made an entry fire on legitimate work, now strict
 * clean checks: SYSTEM notices the runtime holds until the running call ends
 * (SAP-010's attribution window covers them) and fast fan-out within the depth
 * and breadth limits (SAP-001 counts admitted children against the capacity of
 * a tree, not spawn requests against a rate).
 */
describe("former misfires, now clean", () => {
  test(
    "SYSTEM notices held until the running call ends fire nothing",
    () => {
      const sim = simulate({ seed: 9, profile: HELD_NOTICES_PROFILE, roots: 30 });
      const result = inProcess(sim.jsonl);
      const why = explain(result, sim.jsonl.trimEnd().split("\n"));
      expect(sim.stats["scenario:held_system_notice"] ?? 0).toBeGreaterThan(0);
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual([]);
    },
    SLOW,
  );

  test(
    "fast fan-out within depth 3 and breadth 4 fires nothing",
    () => {
      const sim = simulate({ seed: 5, profile: FANOUT_PROFILE });
      const result = inProcess(sim.jsonl);
      const why = explain(result, sim.jsonl.trimEnd().split("\n"));
      expect(sim.stats["scenario:fast_fanout"] ?? 0).toBeGreaterThan(0);
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual([]);
    },
    SLOW,
  );
});

/** The committed sample: the first lines of the steady profile's seed-1 log. */
const SAMPLE = resolve(repoRoot, "packages/engine/test/benign/sample.jsonl");
const SAMPLE_LINES = 200;

describe("the simulator", () => {
  test("the committed sample is byte-identical to a fresh run and evaluates clean (UPDATE_BENIGN_SAMPLE=1 rewrites it)", () => {
    const fresh = `${simulate({ seed: 1, profile: "steady" })
      .jsonl.split("\n")
      .slice(0, SAMPLE_LINES)
      .join("\n")}\n`;
    if (process.env.UPDATE_BENIGN_SAMPLE === "1") writeFileSync(SAMPLE, fresh);
    const committed = readFileSync(SAMPLE, "utf8");
    expect(
      committed === fresh,
      "the simulator's output changed; rerun with UPDATE_BENIGN_SAMPLE=1",
    ).toBe(true);
    const result = inProcess(committed);
    expect(result.summary.events).toBe(SAMPLE_LINES);
    expect(result.summary.input_findings, explain(result)).toBe(0);
    expect(entriesFired(result), explain(result)).toEqual([]);
  });

  test("is deterministic: the same seed gives byte-identical logs", () => {
    const again = simulate({ seed: 20_260_302, profile: "mixed", roots: 45 });
    expect(again.jsonl === MAIN.jsonl).toBe(true);
    const other = simulate({ seed: 20_260_303, profile: "mixed", roots: 45 });
    expect(other.jsonl === MAIN.jsonl).toBe(false);
  });

  test("covers the situations it claims, in the main log", () => {
    const s = MAIN.stats;
    for (const key of [
      "scenario:cascade_cancel",
      "scenario:crash",
      "scenario:crash_in_call",
      "scenario:fast_fanout",
      "scenario:operator_cancel",
      "scenario:root_destructive",
      "scenario:sandbox_fallback",
      "scenario:scope_widened",
      "pacer:waits",
      "model:retry_in_job",
      "model:timeout",
      "scenario:revoke",
      "scenario:denial_burst",
      "scenario:destructive",
      "scenario:escalation",
      "scenario:plugin_install",
      "scenario:single_call",
      "scenario:debug_bypass",
      "scenario:cross_access:allowed",
      "scenario:cross_access:denied",
      "spawn:rejected:children_cap_reached",
      "spawn:rejected:depth_limit_exceeded",
      "event:session_scheduler.rate_limited",
      "event:trust.message_received",
    ]) {
      expect(s[key] ?? 0, key).toBeGreaterThan(0);
    }
  });
});

describe("the guard can fail (mutations)", () => {
  const events = parse(MAIN_LINES);

  test(
    "a SYSTEM message from a plugin, injected into the benign log, fires exactly SAP-007",
    () => {
      const at = events.findIndex(
        (e) => e.event_type === "trust.message_received" && e.payload.source_kind === "runtime",
      );
      expect(at).toBeGreaterThan(0);
      const original = events[at] as AuditEvent;
      const injected: AuditEvent = {
        ...original,
        event_id: "ev-mutation-1",
        payload: {
          ...original.payload,
          message_id: "msg-mutation-1",
          source_kind: "plugin",
          source_id: "plugin-evil",
          trust: "untrusted",
        },
      };
      const result = inProcess(insertAfter(MAIN_LINES, at, injected));
      const why = explain(result);
      expect(result.summary.input_findings, why).toBe(0);
      expect(entriesFired(result), why).toEqual(["SAP-007"]);
      expect(result.findings.length, why).toBe(1);
      expect(result.findings[0]?.triggering_event_ids, why).toEqual(["ev-mutation-1"]);
      expect(result.findings[0]?.mode, why).toBe("enforce");
    },
    SLOW,
  );

  /** One edit to the first event `find` accepts: `edit` returns the replacement, or null to delete it. */
  interface Mutation {
    readonly expect: readonly string[];
    readonly what: string;
    readonly find: (e: AuditEvent, i: number) => boolean;
    /** The replacement; null deletes the event; a list replaces it with several (the original among them, to insert). */
    readonly edit: (e: AuditEvent) => AuditEvent | null | AuditEvent[];
  }
  const p = (e: AuditEvent, patch: Record<string, unknown>): AuditEvent => ({
    ...e,
    payload: { ...e.payload, ...patch },
  });
  const without = (e: AuditEvent, ...keys: string[]): AuditEvent => ({
    ...e,
    payload: Object.fromEntries(Object.entries(e.payload).filter(([k]) => !keys.includes(k))),
  });
  const laterCall = (e: AuditEvent, i: number): boolean =>
    events.some(
      (x, j) => j > i && x.event_type === "model.call_started" && x.session_id === e.session_id,
    );
  const rerunOf = (e: AuditEvent, i: number): boolean =>
    events.some(
      (x, j) =>
        j > i &&
        x.event_type === "workflow.recovery" &&
        x.payload.action === "tool_call_rerun" &&
        x.payload.tool_call_id === e.payload.tool_call_id,
    );
  const sessionOf = new Map<string, AuditEvent>();
  for (const e of events) if (e.event_type === "session.created") sessionOf.set(e.session_id, e);
  const modelOf = (id: string): unknown => sessionOf.get(id)?.payload.model_id;
  /** Child sessions created before event i on the same model as its session (or on another). */
  const sameModelChildren = (e: AuditEvent, i: number, same = true): AuditEvent[] =>
    events
      .slice(0, i)
      .filter(
        (c) =>
          c.event_type === "session.created" &&
          (c.payload.spawn_depth as number) > 0 &&
          (c.payload.model_id === modelOf(e.session_id)) === same,
      );
  /**
   * Whether a session has no dispatched job running at event i: its last
   * dispatch before i (if any) was followed by that job's model.call_finished
   * or by the session's cancellation. A jumped job for a busy child would be a
   * second job in flight in one session (SAP-025), not what these mutations test.
   */
  const idleAt = (session: string, i: number): boolean => {
    const before = events.slice(0, i);
    const last = before.findLastIndex(
      (x) => x.event_type === "session_scheduler.dispatch" && x.session_id === session,
    );
    if (last < 0) return true;
    const job = (before[last] as AuditEvent).payload.job_id;
    return before
      .slice(last + 1)
      .some(
        (x) =>
          (x.event_type === "model.call_finished" &&
            x.session_id === session &&
            x.payload.job_id === job) ||
          (x.event_type === "session.cascade_cancel" &&
            (x.payload.cancelled_session_ids as string[]).includes(session)),
      );
  };
  const jumpQueue = (e: AuditEvent, same: boolean): AuditEvent[] => [
    ...sameModelChildren(e, events.indexOf(e), same)
      .filter((c) => idleAt(c.session_id, events.indexOf(e)))
      .slice(0, 4)
      // Each jumped job runs and ends (a quick call), as the child's own jobs do.
      .flatMap((c, k) => [
        ev(e, 10 + k, "session_scheduler.dispatch", c.session_id, {
          job_id: `job-jump-${k}`,
          lane: "SUBAGENT",
          queue_wait_ms: 100,
        }),
        ev(e, 20 + k, "model.call_finished", c.session_id, {
          job_id: `job-jump-${k}`,
          status: "ok",
          tokens: 10,
        }),
      ]),
    p(e, { queue_wait_ms: 45_000 }),
  ];
  const ev = (
    base: AuditEvent,
    n: number,
    type: string,
    session: string,
    payload: object,
  ): AuditEvent => ({
    event_id: `ev-mut-${n}`,
    event_type: type,
    timestamp: base.timestamp,
    session_id: session,
    payload: { session_id: session, ...payload },
  });
  const mutations: Mutation[] = [
    {
      expect: ["SAP-003"],
      what: "a child admitted although the requester is at its cap",
      find: (e) =>
        e.event_type === "session.spawn_rejected" &&
        e.payload.rejection_reason === "children_cap_reached",
      edit: (e) => ({
        ...e,
        event_type: "session.spawn_accepted",
        payload: {
          requester_session_id: e.session_id,
          child_session_id: "ses-fifth",
          child_role: "Coder",
          spawn_depth: e.payload.spawn_depth,
        },
      }),
    },
    {
      expect: ["SAP-005"],
      what: "a cancelled child that keeps running commands",
      find: (e) =>
        e.event_type === "session.cascade_cancel" &&
        (e.payload.cancelled_session_ids as string[]).length > 0,
      edit: (e) => {
        const child = (e.payload.cancelled_session_ids as string[])[0] as string;
        return [
          e,
          ev(e, 1, "exec.requested", child, {
            job_id: "job-orphan",
            tool_name: "run_tests",
            command_class: "read",
            command_hash: `sha256:${"a".repeat(64)}`,
            sandbox: "container",
          }),
        ];
      },
    },
    {
      expect: ["SAP-009"],
      what: "a network call allowed right after an untrusted MCP reply",
      find: (e) =>
        e.event_type === "trust.message_received" && e.payload.source_kind === "mcp_server",
      edit: (e) => [
        e,
        ev(e, 2, "capability.check", e.session_id, {
          job_id: "",
          actor_id: e.session_id,
          capability_id: "net.http:docs",
          tool_name: "http_fetch",
          decision: "allowed",
          reason: "granted",
        }),
      ],
    },
    {
      expect: ["SAP-018"],
      what: "a single-call receipt used twice",
      find: (e, i) =>
        e.event_type === "model.call_finished" &&
        events
          .slice(Math.max(0, i - 40), i)
          .some(
            (x) =>
              x.event_type === "consent.receipt_issued" &&
              x.payload.scope === "SINGLE_CALL" &&
              x.session_id === e.session_id,
          ) &&
        events
          .slice(Math.max(0, i - 40), i)
          .some(
            (x) =>
              x.event_type === "model.call_started" &&
              x.session_id === e.session_id &&
              x.payload.locality === "cloud" &&
              x.payload.job_id === e.payload.job_id,
          ),
      edit: (e) => {
        const i = events.indexOf(e);
        const started = events
          .slice(0, i)
          .reverse()
          .find(
            (x) => x.event_type === "model.call_started" && x.payload.job_id === e.payload.job_id,
          );
        return [
          e,
          { ...(started as AuditEvent), event_id: "ev-mut-3", timestamp: e.timestamp },
          { ...e, event_id: "ev-mut-4" },
        ];
      },
    },
    {
      expect: ["SAP-026"],
      what: "four subagent jobs for the primary job's own model dispatched during its long wait",
      find: (e, i) =>
        e.event_type === "session_scheduler.dispatch" &&
        e.payload.lane === "PRIMARY" &&
        sameModelChildren(e, i).filter((c) => idleAt(c.session_id, i)).length >= 4,
      edit: (e) => jumpQueue(e, true),
    },
    {
      expect: [],
      what: "four subagent jobs for other models dispatched during a long primary wait (correct priority scheduling)",
      find: (e, i) =>
        e.event_type === "session_scheduler.dispatch" &&
        e.payload.lane === "PRIMARY" &&
        sameModelChildren(e, i, false).filter((c) => idleAt(c.session_id, i)).length >= 4,
      edit: (e) => jumpQueue(e, false),
    },
    {
      expect: ["SAP-025"],
      what: "a second job of a child dispatched while its first job runs",
      find: (e) => e.event_type === "session_scheduler.dispatch" && e.payload.lane === "SUBAGENT",
      edit: (e) => [
        e,
        ev(e, 30, "session_scheduler.dispatch", e.session_id, {
          job_id: "job-second",
          lane: "SUBAGENT",
          queue_wait_ms: 100,
        }),
      ],
    },
    {
      expect: ["SAP-002"],
      what: "a child admitted at depth 4",
      find: (e) => e.event_type === "session.spawn_accepted" && e.payload.spawn_depth === 3,
      edit: (e) => p(e, { spawn_depth: 4 }),
    },
    {
      expect: ["SAP-008"],
      what: "a routed message without its trust flag",
      find: (e) => e.event_type === "trust.message_received" && e.payload.source_kind === "session",
      edit: (e) => p(e, { trust: "unset" }),
    },
    {
      expect: ["SAP-010"],
      what: "a SYSTEM message whose runtime attribution is missing",
      find: (e) =>
        e.event_type === "trust.message_received" && e.payload.delivered_role === "SYSTEM",
      edit: () => null,
    },
    {
      expect: ["SAP-011"],
      what: "a child granted a capability its parent lacks",
      find: (e) =>
        e.event_type === "capability.granted" && e.payload.granted_by === "parent_session",
      edit: (e) =>
        p(e, { capability_ids: [...(e.payload.capability_ids as string[]), "secrets.use"] }),
    },
    {
      expect: ["SAP-012"],
      what: "a session granting itself a capability",
      find: (e) =>
        e.event_type === "capability.granted" && e.payload.granted_by === "parent_session",
      edit: (e) => p(e, { granted_by: "self", grantor_session_id: e.session_id }),
    },
    {
      expect: ["SAP-013"],
      what: "a debug bypass switched on globally",
      find: (e) => e.event_type === "governance.bypass_changed" && e.payload.enabled === true,
      edit: (e) => without(p(e, { scope: "global" }), "target_session_id"),
    },
    {
      expect: ["SAP-015"],
      what: "a cloud call without a receipt",
      find: (e) => e.event_type === "model.call_started" && e.payload.locality === "cloud",
      edit: (e) => without(e, "receipt_id", "plan_hash"),
    },
    {
      expect: ["SAP-016"],
      what: "a cloud call on a receipt that does not list the session",
      find: (e) => e.event_type === "model.call_started" && e.payload.locality === "cloud",
      edit: (e) => p(e, { receipt_id: "rcpt-borrowed" }),
    },
    {
      expect: ["SAP-019"],
      what: "a worktree read allowed without approval",
      find: (e) => e.event_type === "session.cross_access" && e.payload.decision === "denied",
      edit: (e) => p(e, { decision: "allowed" }),
    },
    {
      expect: ["SAP-020"],
      what: "a sandboxed command silently run on the host",
      find: (e) => e.event_type === "exec.started",
      edit: (e) => p(e, { isolation: "host", fallback_reason: "sandbox unavailable" }),
    },
    {
      expect: ["SAP-021"],
      what: "a command requested with no sandbox",
      find: (e) => e.event_type === "exec.requested",
      edit: (e) => p(e, { sandbox: "none" }),
    },
    {
      expect: ["SAP-022"],
      what: "a destructive command by a child without approval",
      find: (e) => e.event_type === "exec.requested" && e.payload.command_class === "destructive",
      edit: (e) => without(e, "approval_id"),
    },
    {
      expect: ["SAP-023"],
      what: "a write outside the declared scope",
      find: (e) => e.event_type === "workspace.write",
      edit: (e) => p(e, { in_scope: false }),
    },
    {
      expect: ["SAP-024"],
      what: "a model call whose dispatch is missing",
      find: (e) => e.event_type === "session_scheduler.dispatch" && e.payload.lane === "SUBAGENT",
      edit: () => null,
    },
    {
      expect: ["SAP-025"],
      what: "a model call never closed before the next one",
      find: (e, i) =>
        e.event_type === "model.call_finished" && e.payload.status === "ok" && laterCall(e, i),
      edit: () => null,
    },
    {
      expect: ["SAP-027"],
      what: "message content written inline",
      find: (e) => e.event_type === "session.message" && e.payload.role === "USER",
      edit: (e) => p(e, { content_hash: "please run the tests" }),
    },
    {
      expect: ["SAP-024", "SAP-028"],
      what: "a model call by a session the log never introduced",
      find: (e) => e.event_type === "model.call_started",
      edit: (e) => ({ ...p(e, { session_id: "ses-ghost" }), session_id: "ses-ghost" }),
    },
    {
      expect: ["SAP-029"],
      what: "an extension installed by tag",
      find: (e) => e.event_type === "extension.install_requested",
      edit: (e) => p(e, { version_spec: "latest" }),
    },
    {
      expect: ["SAP-030"],
      what: "a tool call re-run without its re-evaluation",
      find: (e, i) =>
        e.event_type === "workflow.recovery" &&
        e.payload.action === "tool_call_reevaluated" &&
        rerunOf(e, i),
      edit: () => null,
    },
    {
      expect: ["SAP-031"],
      what: "a session resumed from a checkpoint that was never written",
      find: (e) => e.event_type === "workflow.recovery" && e.payload.action === "resumed",
      edit: (e) => p(e, { checkpoint_id: "ckpt-missing" }),
    },
  ];

  test.each(mutations)("$what fires exactly $expect", ({ expect: want, find, edit }) => {
    const at = events.findIndex((e, i) => find(e, i));
    expect(at, "the main log has an event to mutate").toBeGreaterThanOrEqual(0);
    const replacement = edit(events[at] as AuditEvent);
    const copy = [...MAIN_LINES];
    if (replacement === null) copy.splice(at, 1);
    else if (Array.isArray(replacement))
      copy.splice(at, 1, ...replacement.map((e) => JSON.stringify(e)));
    else copy[at] = JSON.stringify(replacement);
    const result = inProcess(`${copy.join("\n")}\n`);
    const why = explain(result, copy);
    expect(result.summary.input_findings, why).toBe(0);
    expect(entriesFired(result), why).toEqual(want);
  });

  test("one more denial in a burst of five crosses SAP-014", () => {
    // Find a session with five denied checks within a minute and add a sixth.
    const denials = new Map<string, number[]>();
    let hit: number | undefined;
    events.forEach((e, i) => {
      if (hit !== undefined || e.event_type !== "capability.check") return;
      if (e.payload.decision !== "denied") return;
      const list = denials.get(e.session_id) ?? [];
      list.push(i);
      denials.set(e.session_id, list);
      const t = Date.parse(e.timestamp);
      const recent = list.filter(
        (j) => t - Date.parse((events[j] as AuditEvent).timestamp) < 60_000,
      );
      if (recent.length === 5) hit = i;
    });
    expect(hit, "the main log has a burst of exactly five denials within a minute").toBeDefined();
    const last = events[hit as number] as AuditEvent;
    const result = inProcess(
      insertAfter(MAIN_LINES, hit as number, { ...last, event_id: "ev-mutation-2" }),
    );
    expect(result.summary.input_findings).toBe(0);
    expect(entriesFired(result)).toEqual(["SAP-014"]);
  });

  test("one more rejection after three cap rejections within two minutes crosses SAP-004", () => {
    const rejections = new Map<string, number[]>();
    let hit: number | undefined;
    events.forEach((e, i) => {
      if (hit !== undefined || e.event_type !== "session.spawn_rejected") return;
      if (e.payload.rejection_reason !== "children_cap_reached") return;
      const t = Date.parse(e.timestamp);
      const list = (rejections.get(e.session_id) ?? []).filter((x) => x > t - 120_000);
      list.push(t);
      rejections.set(e.session_id, list);
      if (list.length === 3) hit = i;
    });
    expect(hit, "the main log has three cap rejections within two minutes").toBeDefined();
    const last = events[hit as number] as AuditEvent;
    const result = inProcess(
      insertAfter(MAIN_LINES, hit as number, { ...last, event_id: "ev-mutation-4" }),
    );
    expect(result.summary.input_findings).toBe(0);
    expect(entriesFired(result)).toEqual(["SAP-004"]);
  });

  test("a tree that churns past its capacity within a minute crosses SAP-001", () => {
    // Appended after the main log: a root keeps four children, and each child
    // replaces its one grandchild as soon as it finishes (announcing back), so
    // the tree never exceeds its limits but admits 92 children in under a minute.
    const last = events[events.length - 1] as AuditEvent;
    let t = Date.parse(last.timestamp) + 1000;
    let n = 0;
    const at = () => {
      t += 100;
      return new Date(t).toISOString();
    };
    const storm: AuditEvent[] = [];
    const push = (event_type: string, session_id: string, payload: Record<string, unknown>) =>
      storm.push({
        event_id: `ev-storm-${++n}`,
        event_type,
        timestamp: at(),
        session_id,
        payload,
      } as AuditEvent);
    const accept = (parent: string, child: string, depth: number) => {
      push("session.spawn_requested", parent, {
        requester_session_id: parent,
        child_role: "Coder",
        spawn_depth: depth,
        spawn_mode: "ONE_SHOT",
      });
      push("session.spawn_accepted", parent, {
        requester_session_id: parent,
        child_session_id: child,
        child_role: "Coder",
        spawn_depth: depth,
      });
    };
    push("session.created", "storm-root", {
      session_id: "storm-root",
      model_id: "m",
      backend: "local",
      role: "Orchestrator",
      memory_policy: "SESSION_SCOPED",
      spawn_depth: 0,
    });
    for (let c = 1; c <= 4; c += 1) accept("storm-root", `storm-c${c}`, 1);
    for (let round = 1; round <= 22; round += 1) {
      for (let c = 1; c <= 4; c += 1) {
        const child = `storm-c${c}`;
        const grandchild = `${child}-g${round}`;
        accept(child, grandchild, 2);
        push("session.state_change", grandchild, {
          session_id: grandchild,
          from_state: "ACTIVE",
          to_state: "COMPLETED",
          reason: "done",
        });
        push("session.announce_back", grandchild, {
          child_session_id: grandchild,
          requester_session_id: child,
          status: "COMPLETED",
          summary_artifact_id: `art-${grandchild}`,
          mailbox_message_id: `mb-${grandchild}`,
        });
      }
    }
    expect(
      Date.parse(storm[storm.length - 1]?.timestamp ?? "") - Date.parse(storm[0]?.timestamp ?? ""),
    ).toBeLessThan(60_000);
    const log = `${[...MAIN_LINES, ...storm.map((e) => JSON.stringify(e))].join("\n")}\n`;
    const result = inProcess(log);
    expect(result.summary.input_findings, explain(result)).toBe(0);
    expect(entriesFired(result), explain(result)).toEqual(["SAP-001"]);
  });
});
