import { describe, expect, test } from "vitest";
import { evaluateEvents } from "../src/index.js";
import {
  at,
  created,
  message,
  spawnAccepted,
  spawnRequested,
  syntheticRegistry,
} from "./synthetic.js";

const opts = { registryVersion: "1.2.3" };

function ids(result: ReturnType<typeof evaluateEvents>): string[][] {
  return result.findings.map((f) => [...f.triggering_event_ids]);
}

describe("count windows", () => {
  const registry = syntheticRegistry([
    {
      id: "SAP-901",
      trigger: {
        on: ["session.message"],
        window: {
          kind: "count",
          group_by: "event.session_id",
          span: "10s",
          where: 'event.payload.role == "USER"',
        },
        condition: "window.count >= 3",
      },
    },
  ]);

  test("fires on the crossing with the group's events, then needs a fresh crossing", () => {
    const r = evaluateEvents(
      registry,
      [
        message(0, "s", "USER", "a"),
        message(1, "s", "ASSISTANT", "x"),
        message(2, "s", "USER", "b"),
        message(3, "s", "USER", "c"),
        message(4, "s", "USER", "d"),
        message(5, "s", "USER", "e"),
        message(6, "s", "USER", "f"),
      ],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(ids(r)).toEqual([
      ["a", "b", "c"],
      ["d", "e", "f"],
    ]);
  });

  test("an event exactly one span older leaves the group", () => {
    const r = evaluateEvents(
      registry,
      [message(0, "s", "USER", "a"), message(5, "s", "USER", "b"), message(10, "s", "USER", "c")],
      opts,
    );
    expect(ids(r)).toEqual([]);
    const r2 = evaluateEvents(
      registry,
      [
        message(0.001, "s", "USER", "a"),
        message(5, "s", "USER", "b"),
        message(10, "s", "USER", "c"),
      ],
      opts,
    );
    expect(ids(r2)).toEqual([["a", "b", "c"]]);
  });

  test("keys never interact", () => {
    const r = evaluateEvents(
      registry,
      [message(0, "s", "USER", "a"), message(1, "t", "USER", "b"), message(2, "s", "USER", "c")],
      opts,
    );
    expect(ids(r)).toEqual([]);
  });

  test("the window binds key, count, first_ms, last_ms, span_ms", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-902",
        trigger: {
          on: ["session.message"],
          window: { kind: "count", group_by: '"k-" + event.session_id', span: "1m" },
          condition:
            'window.key == "k-s" && window.count == 2 && window.last_ms - window.first_ms == 1500 && window.span_ms == 60000 && window.distinct == 0',
        },
      },
    ]);
    const r = evaluateEvents(
      reg,
      [message(0, "s", "USER", "a"), message(1.5, "s", "USER", "b")],
      opts,
    );
    expect(ids(r)).toEqual([["a", "b"]]);
  });

  test("a group over limits.max_window_events drops its oldest and reports the overflow once", () => {
    const reg = syntheticRegistry(
      [
        {
          id: "SAP-903",
          trigger: {
            on: ["session.message"],
            window: { kind: "count", group_by: "event.session_id", span: "1h" },
            condition: "window.count > 100",
          },
        },
      ],
      { max_window_events: 3 },
    );
    const events = [0, 1, 2, 3, 4, 5].map((i) => message(i, "s", "USER", `m${i}`));
    const r = evaluateEvents(reg, events, opts);
    expect(r.findings).toEqual([]);
    expect(r.input_findings.map((f) => [f.code, f.line, f.anti_pattern_id])).toEqual([
      ["window_overflow", 4, "SAP-903"],
    ]);
  });
});

describe("distinct windows", () => {
  test("window.distinct counts distinct values of the expression", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-904",
        trigger: {
          on: ["session.message"],
          window: {
            kind: "distinct",
            group_by: "event.session_id",
            span: "1m",
            distinct: "event.payload.role",
          },
          condition: "window.distinct >= 3",
        },
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        message(0, "s", "USER", "a"),
        message(1, "s", "USER", "b"),
        message(2, "s", "ASSISTANT", "c"),
        message(3, "s", "ASSISTANT", "d"),
        message(4, "s", "TOOL_CALL", "e"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["a", "b", "c", "d", "e"]]);
  });
});

describe("sequence windows", () => {
  const registry = syntheticRegistry([
    {
      id: "SAP-905",
      trigger: {
        on: ["session.message", "session.spawn_requested"],
        window: {
          kind: "sequence",
          group_by: "event.session_id",
          span: "10s",
          steps: [
            { on: ["session.message"], where: 'event.payload.role == "SYSTEM"' },
            { on: ["session.spawn_requested"] },
          ],
        },
        condition: "window.count == 2",
      },
    },
  ]);

  test("steps in order within the span of the first", () => {
    const r = evaluateEvents(
      registry,
      [
        spawnRequested(0, "s", 1, "early"),
        message(1, "s", "USER", "u"),
        message(2, "s", "SYSTEM", "sys"),
        spawnRequested(3, "s", 1, "req"),
        spawnRequested(4, "s", 1, "again"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["sys", "req"]]);
  });

  test("a step past the span does not complete the match", () => {
    const r = evaluateEvents(
      registry,
      [message(0, "s", "SYSTEM", "sys"), spawnRequested(10, "s", 1, "late")],
      opts,
    );
    expect(ids(r)).toEqual([]);
  });

  test("a finding clears the group's other partial matches", () => {
    const r = evaluateEvents(
      registry,
      [
        message(0, "s", "SYSTEM", "a"),
        message(1, "s", "SYSTEM", "b"),
        spawnRequested(2, "s", 1, "r1"),
        spawnRequested(3, "s", 1, "r2"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["a", "r1"]]);
  });
});

describe("absence windows", () => {
  const after = syntheticRegistry([
    {
      id: "SAP-906",
      params: {
        within: { type: "duration", default: "10s", min: "1s", max: "1h", description: "d" },
      },
      trigger: {
        on: ["session.spawn_accepted", "session.message"],
        window: {
          kind: "absence",
          group_by: "event.session_id",
          span_param: "within",
          direction: "after",
          steps: [{ on: ["session.spawn_accepted"] }, { on: ["session.message"] }],
        },
        condition: "true",
      },
    },
  ]);

  test("after: fires once the watermark passes the deadline strictly, with the anchor", () => {
    const events = [
      created(0, "p"),
      spawnAccepted(1, "p", "c", 1, "anchor"),
      message(11, "other", "USER", "tick"),
    ];
    expect(ids(evaluateEvents(after, events, opts))).toEqual([]);
    const later = [...events, message(11.001, "other", "USER", "tock")];
    const r = evaluateEvents(after, later, opts);
    expect(ids(r)).toEqual([["anchor"]]);
    expect(r.findings[0]?.line).toBe(2);
  });

  test("after: an expected event at the deadline closes the anchor", () => {
    const r = evaluateEvents(
      after,
      [
        spawnAccepted(1, "p", "c", 1, "anchor"),
        message(11, "p", "USER", "reply"),
        message(30, "x", "USER", "tick"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([]);
  });

  test("after: a log that stops is not evidence of absence", () => {
    const r = evaluateEvents(after, [spawnAccepted(1, "p", "c", 1, "anchor")], opts);
    expect(ids(r)).toEqual([]);
  });

  test("after: a param override changes the span", () => {
    const r = evaluateEvents(
      after,
      [spawnAccepted(1, "p", "c", 1, "anchor"), message(5, "x", "USER", "tick")],
      { ...opts, params: { "SAP-906": { within: "2s" } } },
    );
    expect(ids(r)).toEqual([["anchor"]]);
  });

  test("before: fires at the anchor when no expected event preceded it within the span", () => {
    const before = syntheticRegistry([
      {
        id: "SAP-907",
        trigger: {
          on: ["session.message", "session.created"],
          window: {
            kind: "absence",
            group_by: "event.session_id",
            span: "5s",
            direction: "before",
            steps: [{ on: ["session.message"] }, { on: ["session.created"] }],
          },
          condition: "true",
        },
      },
    ]);
    const r = evaluateEvents(
      before,
      [
        message(0, "a", "USER", "orphan"),
        created(1, "b"),
        message(2, "b", "USER", "fine"),
        message(6, "b", "USER", "stale"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["orphan"], ["stale"]]);
  });
});

describe("stateless triggers and the context", () => {
  test("triggers read the context before the event", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-908",
        trigger: {
          on: ["session.spawn_accepted"],
          condition: "session.known && session.active_children >= 1 && root.id == session.root_id",
        },
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        created(0, "p"),
        spawnAccepted(1, "p", "c1", 1, "first"),
        spawnAccepted(2, "p", "c2", 1, "second"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["second"]]);
  });

  test("a grandchild's parent and root", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-909",
        trigger: {
          on: ["session.spawn_requested"],
          condition:
            'parent.id == "c" && root.id == "p" && root.descendants == 2 && session.spawn_depth == 2',
        },
      },
    ]);
    const r = evaluateEvents(
      reg,
      [
        created(0, "p"),
        spawnAccepted(1, "p", "c", 1),
        spawnAccepted(2, "c", "g", 2),
        spawnRequested(3, "g", 3, "deep"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["deep"]]);
  });

  test("a terminal state is sticky and frees the parent's slot once", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-910",
        trigger: { on: ["session.spawn_requested"], condition: "session.active_children == 0" },
      },
    ]);
    const done = (s: number, id: string, to: string) =>
      at(s, "session.state_change", id, {
        session_id: id,
        from_state: "ACTIVE",
        to_state: to,
        reason: "r",
      });
    const r = evaluateEvents(
      reg,
      [
        created(0, "p"),
        spawnAccepted(1, "p", "c1"),
        spawnAccepted(1, "p", "c2"),
        done(2, "c1", "COMPLETED"),
        done(3, "c1", "FAILED"),
        done(4, "c1", "ACTIVE"),
        spawnRequested(5, "p", 1, "one-left"),
        done(6, "c2", "CANCELLED"),
        spawnRequested(7, "p", 1, "none-left"),
      ],
      opts,
    );
    expect(ids(r)).toEqual([["none-left"]]);
  });

  test("receipts: uses count cloud calls by listed sessions only; widening sets the scope", () => {
    const reg = syntheticRegistry([
      {
        id: "SAP-912",
        trigger: {
          on: ["model.call_started"],
          condition:
            'session.consent_receipts.exists(r, r.receipt_id == "r1" && r.uses == 1 && r.scope == "SESSION_SCOPED")',
        },
      },
    ]);
    const call = (s: number, session: string, locality: string, id: string) =>
      at(
        s,
        "model.call_started",
        session,
        {
          session_id: session,
          job_id: "",
          provider: "p",
          model_id: "m",
          locality,
          receipt_id: "r1",
        },
        id,
      );
    const r = evaluateEvents(
      reg,
      [
        at(0, "consent.receipt_issued", "a", {
          session_id: "a",
          receipt_id: "r1",
          scope: "SINGLE_CALL",
          plan_hash: "h",
          session_ids: ["a"],
          valid_from: "2026-03-01T10:00:00.000Z",
          valid_until: "2026-03-01T11:00:00.000Z",
          issued_by: "operator",
        }),
        call(1, "b", "cloud", "not-listed"),
        call(2, "a", "local", "local"),
        call(3, "a", "cloud", "first-use"),
        at(4, "consent.scope_widened", "a", {
          session_id: "a",
          receipt_id: "r1",
          from_scope: "SINGLE_CALL",
          to_scope: "SESSION_SCOPED",
          approved_by: "op",
        }),
        call(5, "a", "cloud", "after-widening"),
      ],
      opts,
    );
    expect(r.input_findings).toEqual([]);
    expect(ids(r)).toEqual([["after-widening"]]);
  });
});
