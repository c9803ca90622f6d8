import { describe, expect, it } from "vitest";
import { diffRegistries } from "../src/diff/index.js";
import { baseRegistry, entry, event, type Reg, withSecondEntry } from "./diff-fixture.js";

interface Case {
  readonly name: string;
  /** Edits the head registry (a copy of the base). */
  readonly edit: (head: Reg) => void;
  /** Edits the base registry first (default: none). */
  readonly base?: (base: Reg) => void;
  /** [kind, subject, bump] of every change, in report order. */
  readonly want: readonly (readonly [string, string, string])[];
  readonly required: string;
  readonly errors?: number;
}

const CASES: readonly Case[] = [
  { name: "nothing", edit: () => {}, want: [], required: "none" },
  {
    name: "new entry",
    edit: (h) => withSecondEntry(h),
    want: [["entry.added", "SAP-002", "minor"]],
    required: "minor",
  },
  {
    name: "removed without a tombstone is an error",
    base: (b) => withSecondEntry(b),
    edit: (h) => {
      h.anti_patterns = h.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
    },
    want: [["entry.removed", "SAP-002", "major"]],
    required: "major",
    errors: 1,
  },
  {
    name: "retired stable entry",
    base: (b) => withSecondEntry(b),
    edit: (h) => {
      h.anti_patterns = h.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
      h.retired = [
        { id: "SAP-002", slug: "second-sap-002", title: "t", retired_in: "1.0.0", reason: "dup" },
      ];
    },
    want: [["entry.retired", "SAP-002", "major"]],
    required: "major",
  },
  {
    name: "retired deprecated entry is minor",
    base: (b) => {
      withSecondEntry(b);
      entry(b, "SAP-002").status = "deprecated";
      entry(b, "SAP-002").replaced_by = "SAP-001";
    },
    edit: (h) => {
      h.anti_patterns = h.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
      h.retired = [{ id: "SAP-002", slug: "x", title: "t", retired_in: "1.0.0", reason: "dup" }];
    },
    want: [["entry.retired", "SAP-002", "minor"]],
    required: "minor",
  },
  {
    name: "id reused after retirement",
    base: (b) => {
      b.retired = [{ id: "SAP-002", slug: "old", title: "t", retired_in: "0.1.0", reason: "r" }];
    },
    edit: (h) => withSecondEntry(h),
    want: [["entry.reused", "SAP-002", "major"]],
    required: "major",
    errors: 1,
  },
  {
    name: "id renamed (slug moves to a new id)",
    edit: (h) => {
      entry(h, "SAP-001").id = "SAP-009";
    },
    want: [["entry.renamed", "SAP-001", "major"]],
    required: "major",
    errors: 1,
  },
  {
    name: "id renamed with a new slug but the same title",
    edit: (h) => {
      entry(h, "SAP-001").id = "SAP-009";
      entry(h, "SAP-009").slug = "spawn-storm";
    },
    want: [["entry.renamed", "SAP-001", "major"]],
    required: "major",
    errors: 1,
  },
  {
    name: "tombstone removed",
    base: (b) => {
      b.retired = [{ id: "SAP-002", slug: "old", title: "t", retired_in: "0.1.0", reason: "r" }];
    },
    edit: (h) => {
      h.retired = [];
    },
    want: [["tombstone.removed", "SAP-002", "major"]],
    required: "major",
    errors: 1,
  },
  {
    name: "severity raised on a stable entry",
    edit: (h) => {
      entry(h, "SAP-001").severity = "critical";
    },
    want: [["severity.raised", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "severity lowered on a stable entry",
    edit: (h) => {
      entry(h, "SAP-001").severity = "medium";
    },
    want: [["severity.lowered", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "severity raised on an experimental entry is minor",
    base: (b) => withSecondEntry(b, "SAP-002", "experimental"),
    edit: (h) => {
      entry(h, "SAP-002").severity = "critical";
    },
    want: [["severity.raised", "SAP-002", "minor"]],
    required: "minor",
  },
  {
    name: "deprecated",
    base: (b) => withSecondEntry(b),
    edit: (h) => {
      entry(h, "SAP-002").status = "deprecated";
      entry(h, "SAP-002").replaced_by = "SAP-001";
    },
    want: [["status.deprecated", "SAP-002", "minor"]],
    required: "minor",
  },
  {
    name: "experimental to stable",
    base: (b) => withSecondEntry(b, "SAP-002", "experimental"),
    edit: (h) => {
      entry(h, "SAP-002").status = "stable";
      entry(h, "SAP-002").enforcement.mode = "enforce";
    },
    want: [["status.promoted", "SAP-002", "minor"]],
    required: "minor",
  },
  {
    name: "first tier stricter",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.tiers[0].outcome = "deny";
    },
    want: [["outcome.stricter", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "last tier looser",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.tiers[1].outcome = "deny";
    },
    want: [["outcome.looser", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "stricter tier reached sooner (from lowered)",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.tiers[1].from = 2;
    },
    want: [["outcome.stricter", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "stricter tier window widened",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.tiers[1].within = "1h";
    },
    want: [["outcome.stricter", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "stricter tier window narrowed",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.tiers[1].within = "5m";
    },
    want: [["outcome.looser", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "mode enforce to audit",
    edit: (h) => {
      entry(h, "SAP-001").enforcement.mode = "audit";
    },
    want: [["mode.looser", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "mode audit to enforce on a stable entry",
    base: (b) => {
      entry(b, "SAP-001").enforcement.mode = "audit";
    },
    edit: (h) => {
      entry(h, "SAP-001").enforcement.mode = "enforce";
    },
    want: [["mode.stricter", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "trigger condition",
    edit: (h) => {
      entry(h, "SAP-001").trigger.condition = "window.count >= params.max_tree_spawns";
    },
    want: [["trigger.changed", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "trigger window group",
    edit: (h) => {
      entry(h, "SAP-001").trigger.window.group_by = "session.id";
    },
    want: [["trigger.changed", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "param default",
    edit: (h) => {
      entry(h, "SAP-001").params.max_tree_spawns.default = 20;
    },
    want: [["param.default", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "duration default written differently is no change",
    edit: (h) => {
      entry(h, "SAP-001").params.window.default = "1m";
    },
    want: [],
    required: "none",
  },
  {
    name: "param bounds narrowed",
    edit: (h) => {
      entry(h, "SAP-001").params.max_tree_spawns.max = 100;
    },
    want: [["param.bounds.narrowed", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "param bounds widened",
    edit: (h) => {
      entry(h, "SAP-001").params.window.max = "2h";
    },
    want: [["param.bounds.widened", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "param removed",
    edit: (h) => {
      delete entry(h, "SAP-001").params.max_tree_spawns;
    },
    want: [["param.removed", "SAP-001", "major"]],
    required: "major",
  },
  {
    name: "detection events",
    edit: (h) => {
      entry(h, "SAP-001").detection[1].events.push("session.cascade_cancel");
    },
    want: [["detection.changed", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "evidence record",
    edit: (h) => {
      entry(h, "SAP-001").evidence.record.push("child_role");
    },
    want: [["evidence.changed", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "evidence alternative accepted",
    edit: (h) => {
      entry(h, "SAP-001").evidence.source_events[0].or_event_types = ["session.spawn_requested"];
    },
    want: [["evidence.changed", "SAP-001", "minor"]],
    required: "minor",
  },
  {
    name: "evidence explanation only",
    edit: (h) => {
      entry(h, "SAP-001").evidence.source_events[0].why = "Reworded.";
    },
    want: [["text.changed", "SAP-001", "patch"]],
    required: "patch",
  },
  {
    name: "text only",
    edit: (h) => {
      const e = entry(h, "SAP-001");
      e.title = "Delegation storm";
      e.description = `${e.description}\nMore.`;
      e.references.links = [{ title: "x", url: "https://example.com" }];
      e.examples.no_trigger[0].name = "renamed example";
    },
    want: [
      ["text.changed", "SAP-001", "patch"],
      ["examples.changed", "SAP-001", "patch"],
      ["references.changed", "SAP-001", "patch"],
      ["text.changed", "SAP-001", "patch"],
    ],
    required: "patch",
  },
  {
    name: "new event type",
    edit: (h) => {
      h.events.push({
        ...structuredClone(event(h, "session.cascade_cancel")),
        event_type: "session.zzz",
        id: "FR-EVT-X-001",
      });
    },
    want: [["event.added", "session.zzz", "minor"]],
    required: "minor",
  },
  {
    name: "event type removed",
    edit: (h) => {
      h.events = h.events.filter((e: Reg) => e.event_type !== "session.spawn_requested");
    },
    want: [["event.removed", "session.spawn_requested", "major"]],
    required: "major",
  },
  {
    name: "payload field used by a trigger removed",
    edit: (h) => {
      delete event(h, "session.spawn_requested").payload.spawn_mode;
    },
    want: [["event.field.removed", "session.spawn_requested", "major"]],
    required: "major",
  },
  {
    name: "payload field type change",
    edit: (h) => {
      event(h, "session.spawn_requested").payload.spawn_depth.type = "double";
    },
    want: [["event.field.type", "session.spawn_requested", "major"]],
    required: "major",
  },
  {
    name: "optional payload field added",
    edit: (h) => {
      event(h, "session.spawn_requested").payload.note = {
        type: "string",
        optional: true,
        description: "n",
      };
    },
    want: [["event.field.added.optional", "session.spawn_requested", "minor"]],
    required: "minor",
  },
  {
    name: "enum widened",
    edit: (h) => {
      event(h, "session.announce_back").payload.status.enum.push("paused");
    },
    want: [["event.field.looser", "session.announce_back", "minor"]],
    required: "minor",
  },
  {
    name: "runtime record name changed",
    edit: (h) => {
      event(h, "session.created").runtime.type_name = "model_session_created";
    },
    want: [["event.runtime", "session.created", "minor"]],
    required: "minor",
  },
  {
    name: "runtime emitter moved",
    edit: (h) => {
      event(h, "session.created").runtime.emitters[0].function = "emit_created";
    },
    want: [["event.text", "session.created", "patch"]],
    required: "patch",
  },
  {
    name: "severities reordered",
    edit: (h) => {
      h.severities.reverse();
    },
    want: [["vocabulary.reordered", "severities", "major"]],
    required: "major",
  },
  {
    name: "limit lowered",
    edit: (h) => {
      h.limits.max_window_events = 100;
    },
    want: [["limits.lowered", "limits", "major"]],
    required: "major",
  },
];

describe("diffRegistries: each change the policy names", () => {
  it.each(CASES)("$name", (c) => {
    const base = baseRegistry();
    c.base?.(base);
    const head = structuredClone(base);
    c.edit(head);
    const diff = diffRegistries(base, head);
    expect(diff.changes.map((x) => [x.kind, x.subject, x.bump])).toEqual(c.want);
    expect(diff.required).toBe(c.required);
    expect(diff.errors.length).toBe(c.errors ?? 0);
  });

  it("ignores version, content_hash and history stamps", () => {
    const base = { ...baseRegistry(), version: "1.0.0", content_hash: "sha256:a" };
    const head = { ...baseRegistry(), version: "1.1.0", content_hash: "sha256:b", history: {} };
    expect(diffRegistries(base, head).changes).toEqual([]);
  });

  it("treats the first release (no base) as every entry added", () => {
    const head = withSecondEntry(baseRegistry());
    const diff = diffRegistries(null, head);
    expect(diff.changes.map((c) => [c.kind, c.subject])).toEqual([
      ["entry.added", "SAP-001"],
      ["entry.added", "SAP-002"],
    ]);
    expect(diff.required).toBe("minor");
  });

  it("messages say what changed", () => {
    const base = baseRegistry();
    const head = structuredClone(base);
    entry(head, "SAP-001").severity = "critical";
    entry(head, "SAP-001").enforcement.tiers[0].outcome = "deny";
    expect(
      diffRegistries(base, head).changes.map((c) => `${c.subject} ${c.bump} ${c.message}`),
    ).toMatchInlineSnapshot(`
      [
        "SAP-001 major outcome at occurrence 1-2: downgrade → deny (stricter)",
        "SAP-001 major severity high → critical",
      ]
    `);
  });
});
