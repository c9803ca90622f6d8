import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import type { LoadedRegistry } from "../src/index.js";
import { entryCoverage, environmentRead, loadRegistry, validateRegistry } from "../src/index.js";

/**
 * Small registries for `entryCoverage`: each an overlay on the base fixture
 * (fixtures/_base, copied), with a few events the runtime does not record
 * added to its catalog, `built_from` on the session context's fields, and one
 * entry whose trigger is the case's `given`.
 */
const base = join(import.meta.dirname, "fixtures", "_base");
const work = mkdtempSync(join(tmpdir(), "sap-coverage-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Proposed events added to the base catalog: event type → payload fields (all strings but lists). */
const PROPOSED_EVENTS: Record<string, Record<string, string>> = {
  "capability.check": { session_id: "string", capability_id: "string" },
  "capability.granted": { session_id: "string", capability_ids: "string_list" },
  "capability.revoked": { session_id: "string", capability_ids: "string_list" },
  "consent.receipt_issued": {
    session_id: "string",
    receipt_id: "string",
    session_ids: "string_list",
  },
  "consent.receipt_revoked": { session_id: "string", receipt_id: "string" },
  "consent.scope_widened": { session_id: "string", receipt_id: "string", to_scope: "string" },
  "model.call_started": { session_id: "string", locality: "string" },
  "model.call_finished": { session_id: "string" },
  "trust.message_received": { session_id: "string", trust: "string" },
};

/** What the engine's session store builds each context field from (environment.yaml `built_from`). */
const BUILT_FROM: Record<string, Record<string, string[]>> = {
  SessionContext: {
    known: ["session.created", "session.spawn_accepted"],
    id: [],
    parent_id: ["session.spawn_accepted"],
    root_id: ["session.spawn_accepted"],
    spawn_depth: ["session.created", "session.spawn_accepted"],
    role: ["session.created"],
    state: [
      "session.created",
      "session.spawn_accepted",
      "session.state_change",
      "session.completed",
      "session.cascade_cancel",
    ],
    memory_policy: ["session.created"],
    model_id: ["session.created"],
    backend: ["session.created"],
    active_children: [
      "session.spawn_accepted",
      "session.state_change",
      "session.completed",
      "session.cascade_cancel",
    ],
    model_calls_in_flight: ["model.call_started", "model.call_finished"],
    descendants: ["session.spawn_accepted"],
    capability_grants: ["capability.granted", "capability.revoked"],
    consent_receipts: ["consent.receipt_issued"],
    created_ms: ["session.created", "session.spawn_accepted"],
  },
  ConsentReceipt: {
    receipt_id: ["consent.receipt_issued"],
    scope: ["consent.receipt_issued", "consent.scope_widened"],
    plan_hash: ["consent.receipt_issued"],
    session_ids: ["consent.receipt_issued"],
    valid_from_ms: ["consent.receipt_issued"],
    valid_until_ms: ["consent.receipt_issued"],
    revoked: ["consent.receipt_revoked"],
    uses: ["model.call_started"],
  },
};

interface Given {
  trigger: Record<string, unknown>;
  /** Event types of the base catalog recorded as proposed instead of runtime. */
  proposed?: string[];
}

/** Writes the overlay for `given` in a fresh folder and returns the folder. */
function overlay(name: string, given?: Given): string {
  const dir = join(work, name);
  cpSync(base, dir, { recursive: true, dereference: true });
  for (const file of ["session.yaml", "spawn.yaml"]) {
    const path = join(dir, "events", file);
    const catalog = parse(readFileSync(path, "utf8"));
    // The base catalog's session and spawn events, as the runtime records them
    // (unless the case keeps one proposed).
    for (const event of catalog.events) {
      if (given?.proposed?.includes(event.event_type)) {
        event.origin = "proposed";
        delete event.runtime;
      } else {
        event.origin = "runtime";
        event.runtime = {
          type_name: event.event_type.replace(/\./g, "_"),
          emitters: [{ file: "src/workflows.rs", function: "emit" }],
          checked: "6519f4e2",
        };
      }
    }
    writeFileSync(path, stringify(catalog));
  }
  const proposed = Object.entries(PROPOSED_EVENTS).map(([type, fields], i) => ({
    id: `FR-EVT-SAP-TEST-${String(i + 1).padStart(3, "0")}`,
    event_type: type,
    origin: "proposed",
    title: type,
    description: "An event the runtime does not record.",
    session_field: "session_id",
    payload: Object.fromEntries(
      Object.entries(fields).map(([field, type]) => [field, { type, description: field }]),
    ),
  }));
  writeFileSync(
    join(dir, "events", "proposed.yaml"),
    stringify({
      family: "proposed",
      title: "Proposed",
      description: "Test events.",
      events: proposed,
    }),
  );
  const envPath = join(dir, "environment.yaml");
  const env = parse(readFileSync(envPath, "utf8"));
  for (const [type, fields] of Object.entries(BUILT_FROM)) {
    for (const [field, from] of Object.entries(fields))
      env.types[type].fields[field].built_from = from;
  }
  writeFileSync(envPath, stringify(env));
  if (given !== undefined) {
    const entryPath = join(dir, "anti-patterns", "SAP-001.yaml");
    const entry = parse(readFileSync(entryPath, "utf8"));
    entry.trigger = given.trigger;
    writeFileSync(entryPath, stringify(entry));
  }
  return dir;
}

function load(dir: string): LoadedRegistry {
  const { registry, diagnostics } = loadRegistry(dir);
  if (registry === undefined) throw new Error(diagnostics.map((d) => d.message).join("\n"));
  return registry;
}

const stateless = (on: string[], condition: string) => ({ trigger: { on, condition } });

const cases: {
  name: string;
  given: Given;
  want: { runs_on_runtime: boolean; missing_events: string[] };
}[] = [
  {
    name: "a stateless trigger on a runtime event that reads only the event",
    given: stateless(["session.spawn_requested"], "event.payload.spawn_depth > 3"),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "a trigger only on a proposed event waits for it",
    given: stateless(["trust.message_received"], 'event.payload.trust == "untrusted"'),
    want: { runs_on_runtime: false, missing_events: ["trust.message_received"] },
  },
  {
    name: "a proposed event beside a runtime one in `on` is an alternative, not a need",
    given: stateless(["model.call_started", "session.spawn_requested"], "true"),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "context built only by proposed events: every builder is missing",
    given: stateless(["session.spawn_requested"], '"fs.write" in session.capability_grants'),
    want: { runs_on_runtime: false, missing_events: ["capability.granted", "capability.revoked"] },
  },
  {
    name: "missing events are sorted and unique: the trigger's own and the context's",
    given: stateless(
      ["capability.check"],
      "!(event.payload.capability_id in session.capability_grants) && size(session.capability_grants) > 0",
    ),
    want: {
      runs_on_runtime: false,
      missing_events: ["capability.check", "capability.granted", "capability.revoked"],
    },
  },
  {
    name: "a per-event-type expression on a proposed alternative does not count",
    given: {
      trigger: {
        on: ["session.spawn_requested", "capability.check"],
        condition: {
          "session.spawn_requested": "event.payload.spawn_depth > 3",
          "capability.check": "!(event.payload.capability_id in session.capability_grants)",
        },
      },
    },
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "a per-event-type expression counts once its event type is needed",
    given: {
      trigger: {
        on: ["capability.check", "trust.message_received"],
        condition: {
          "capability.check": "!(event.payload.capability_id in session.capability_grants)",
          "trust.message_received": "true",
        },
      },
    },
    want: {
      runs_on_runtime: false,
      missing_events: [
        "capability.check",
        "capability.granted",
        "capability.revoked",
        "trust.message_received",
      ],
    },
  },
  {
    name: "context with a runtime builder runs (active_children)",
    given: stateless(["session.spawn_accepted"], "session.active_children >= 4"),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "a field set without any event (built_from: []) needs none",
    given: stateless(["session.spawn_requested"], 'session.id != ""'),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "index syntax reads the field too",
    given: stateless(["session.spawn_requested"], 'session["model_calls_in_flight"] > 0'),
    want: { runs_on_runtime: false, missing_events: ["model.call_finished", "model.call_started"] },
  },
  {
    name: "a receipt field read in a comprehension needs its own builder",
    given: stateless(["session.spawn_requested"], "session.consent_receipts.exists(r, r.revoked)"),
    want: {
      runs_on_runtime: false,
      missing_events: ["consent.receipt_issued", "consent.receipt_revoked"],
    },
  },
  {
    name: "a receipt reached by index and by filter",
    given: stateless(
      ["session.spawn_requested"],
      'session.consent_receipts[0].uses > 0 || session.consent_receipts.filter(r, r.receipt_id != "").exists(x, x.scope == "BROADCAST_SCOPED")',
    ),
    want: {
      runs_on_runtime: false,
      missing_events: ["consent.receipt_issued", "consent.scope_widened", "model.call_started"],
    },
  },
  {
    name: "a comprehension variable shadows the context variable of the same name",
    given: stateless(
      ["session.cascade_cancel"],
      'event.payload.cancelled_session_ids.exists(session, session == "x")',
    ),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "a parent read needs parent_id: runs while spawn_accepted is recorded",
    given: stateless(["session.spawn_requested"], 'parent.known && parent.state == "CANCELLED"'),
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "a parent read waits for the event that links a child to its parent",
    given: {
      ...stateless(["session.spawn_requested"], 'parent.known && parent.state == "CANCELLED"'),
      proposed: ["session.spawn_accepted"],
    },
    want: { runs_on_runtime: false, missing_events: ["session.spawn_accepted"] },
  },
  {
    name: "a root read waits for it too (root_id), even in group_by",
    given: {
      trigger: {
        on: ["session.spawn_requested"],
        window: { kind: "count", group_by: "session.root_id", span_param: "window" },
        condition: "window.count > params.max_spawn_requests",
      },
      proposed: ["session.spawn_accepted"],
    },
    want: { runs_on_runtime: false, missing_events: ["session.spawn_accepted"] },
  },
  {
    name: "any origin but runtime is not recorded",
    given: {
      ...stateless(["session.spawn_requested"], "true"),
      proposed: ["session.spawn_requested"],
    },
    want: { runs_on_runtime: false, missing_events: ["session.spawn_requested"] },
  },
  {
    name: "a count window's where reads context",
    given: {
      trigger: {
        on: ["session.spawn_requested"],
        window: {
          kind: "count",
          group_by: "event.session_id",
          span_param: "window",
          where: "session.model_calls_in_flight > 0",
        },
        condition: "window.count > params.max_spawn_requests",
      },
    },
    want: { runs_on_runtime: false, missing_events: ["model.call_finished", "model.call_started"] },
  },
  {
    name: "a sequence needs every step: a step with only proposed events waits for them",
    given: {
      trigger: {
        on: ["session.spawn_requested"],
        window: {
          kind: "sequence",
          group_by: "event.session_id",
          span_param: "window",
          steps: [{ on: ["trust.message_received"] }, { on: ["session.spawn_requested"] }],
        },
        condition: "window.count == 2",
      },
    },
    want: { runs_on_runtime: false, missing_events: ["trust.message_received"] },
  },
  {
    name: "a sequence whose steps each have a runtime event runs",
    given: {
      trigger: {
        on: ["session.spawn_accepted"],
        window: {
          kind: "sequence",
          group_by: "event.session_id",
          span_param: "window",
          steps: [
            { on: ["trust.message_received", "session.message"] },
            { on: ["session.spawn_accepted"] },
          ],
        },
        condition: "window.count == 2",
      },
    },
    want: { runs_on_runtime: true, missing_events: [] },
  },
  {
    name: "an absence needs its expected event, else it would fire on every anchor",
    given: {
      trigger: {
        on: ["session.state_change"],
        window: {
          kind: "absence",
          group_by: "event.session_id",
          span_param: "window",
          steps: [
            { on: ["session.state_change"] },
            { on: ["model.call_finished", "model.call_started"] },
          ],
        },
        condition: "true",
      },
    },
    want: { runs_on_runtime: false, missing_events: ["model.call_finished", "model.call_started"] },
  },
  {
    name: "an absence with runtime anchor and expected event runs",
    given: {
      trigger: {
        on: ["session.state_change"],
        window: {
          kind: "absence",
          group_by: "event.session_id",
          span_param: "window",
          steps: [{ on: ["session.state_change"] }, { on: ["session.announce_back"] }],
        },
        condition: '!(parent.state in ["CANCELLED"])',
      },
    },
    want: { runs_on_runtime: true, missing_events: [] },
  },
];

describe("entryCoverage", () => {
  it("the overlay without a case is a valid registry (built_from names catalog events)", () => {
    const { diagnostics } = validateRegistry(overlay("valid"));
    expect(diagnostics).toEqual([]);
  });

  it.each(cases.map((c, i) => [c.name, c, i] as const))("%s", (_name, { given, want }, i) => {
    const coverage = entryCoverage(load(overlay(`case-${i}`, given)));
    expect(coverage).toEqual([{ id: "SAP-001", ...want }]);
  });

  it("runs on the runtime exactly when nothing is missing, on the real registry", () => {
    const real = loadRegistry(join(import.meta.dirname, "..", "..", "..", "registry")).registry;
    if (!real) throw new Error("the real registry must load");
    const coverage = entryCoverage(real);
    expect(coverage.map((c) => c.id)).toEqual(real.entries.map((e) => e.id).sort());
    for (const c of coverage) {
      expect(c.runs_on_runtime, c.id).toBe(c.missing_events.length === 0);
      expect(c.missing_events, c.id).toEqual([...new Set(c.missing_events)].sort());
      for (const type of c.missing_events) {
        expect(real.events.get(type)?.origin, `${c.id} waits for ${type}`).not.toBe("runtime");
      }
    }
  });
});

describe("environmentRead", () => {
  const env = load(overlay("env")).environment;
  it.each([
    ["session.state", ["SessionContext.state"], ["session"]],
    ['parent["role"] == ""', ["SessionContext.role"], ["parent"]],
    ["root.known && event.payload.x", ["Event.payload", "SessionContext.known"], ["event", "root"]],
    [
      "session.consent_receipts.all(r, r.uses < 2 && r.session_ids.exists(s, s == session.id))",
      [
        "ConsentReceipt.session_ids",
        "ConsentReceipt.uses",
        "SessionContext.consent_receipts",
        "SessionContext.id",
      ],
      ["session"],
    ],
    ["window.count > params.n", ["Window.count"], ["params", "window"]],
    ["[1, 2].exists(session, session > 1)", [], []],
  ])("%s", (expression, fields, variables) => {
    const read = environmentRead(expression, env);
    expect([...(read?.fields ?? [])].sort()).toEqual(fields);
    expect([...(read?.variables ?? [])].sort()).toEqual(variables);
  });

  it("is undefined for an expression that does not parse", () => {
    expect(environmentRead("session.", env)).toBeUndefined();
  });
});
