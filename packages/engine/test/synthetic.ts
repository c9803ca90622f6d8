import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { realRegistry } from "./helpers.js";

/** What a test entry needs; everything else gets a harmless default. */
export interface EntrySpec {
  readonly id: string;
  readonly trigger: LoadedEntry["trigger"];
  readonly params?: LoadedEntry["params"];
  readonly tiers?: LoadedEntry["enforcement"]["tiers"];
  readonly per?: LoadedEntry["enforcement"]["per"];
  readonly mode?: LoadedEntry["enforcement"]["mode"];
  readonly status?: LoadedEntry["status"];
  readonly record?: string[];
  readonly sourceEvents?: string[];
}

/** A registry with the real catalog, environment and limits, and only the given entries. */
export function syntheticRegistry(
  specs: readonly EntrySpec[],
  limits?: Partial<LoadedRegistry["meta"]["limits"]>,
): LoadedRegistry {
  const real = realRegistry();
  const entries = specs.map((s) => makeEntry(s)).sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    ...real,
    meta: { ...real.meta, limits: { ...real.meta.limits, ...limits } },
    entries,
  };
}

export function makeEntry(s: EntrySpec): LoadedEntry {
  const status = s.status ?? "stable";
  return {
    id: s.id,
    slug: `test-${s.id.toLowerCase()}`,
    title: `Test entry ${s.id}`,
    summary: "A test entry.",
    description: "A test entry.",
    category: "audit",
    severity: "high",
    status,
    detection: [{ source: "session_lifecycle_record", events: [...s.trigger.on] }],
    trigger: s.trigger,
    params: s.params ?? {},
    enforcement: {
      mode: s.mode ?? (status === "experimental" ? "audit" : "enforce"),
      per: s.per ?? "session",
      tiers: s.tiers ?? [{ outcome: "deny", from: 1, action: "deny it" }],
    },
    evidence: {
      ...(s.record ? { record: s.record } : {}),
      source_events: (s.sourceEvents ?? [s.trigger.on[0] as string]).map((event_type) => ({
        event_type,
        why: "test",
      })),
    },
    references: { rules: ["AP-004"] },
    examples: { trigger: [], no_trigger: [] },
    file: `${s.id}.yaml`,
  } as unknown as LoadedEntry;
}

let counter = 0;

/** An envelope at `second` seconds after 2026-03-01T10:00:00Z. */
export function at(
  second: number,
  eventType: string,
  sessionId: string,
  payload: Record<string, unknown>,
  eventId?: string,
): Record<string, unknown> {
  counter++;
  return {
    event_id: eventId ?? `e${counter}`,
    event_type: eventType,
    timestamp: new Date(Date.UTC(2026, 2, 1, 10, 0, 0) + Math.round(second * 1000)).toISOString(),
    session_id: sessionId,
    payload,
  };
}

export const message = (second: number, session: string, role = "USER", id?: string) =>
  at(
    second,
    "session.message",
    session,
    {
      session_id: session,
      message_id: id ?? `m${second}`,
      role,
      content_hash: `sha256:${"0".repeat(64)}`,
      token_count: 1,
    },
    id,
  );

export const created = (second: number, session: string, depth = 0, id?: string) =>
  at(
    second,
    "session.created",
    session,
    {
      session_id: session,
      model_id: "m",
      backend: "local",
      role: "Coder",
      memory_policy: "SESSION_SCOPED",
      spawn_depth: depth,
    },
    id,
  );

export const spawnRequested = (second: number, session: string, depth = 1, id?: string) =>
  at(
    second,
    "session.spawn_requested",
    session,
    {
      requester_session_id: session,
      child_role: "Coder",
      spawn_depth: depth,
      spawn_mode: "ONE_SHOT",
    },
    id,
  );

export const spawnAccepted = (
  second: number,
  parent: string,
  child: string,
  depth = 1,
  id?: string,
) =>
  at(
    second,
    "session.spawn_accepted",
    parent,
    {
      requester_session_id: parent,
      child_session_id: child,
      child_role: "Coder",
      spawn_depth: depth,
    },
    id,
  );
