import type { LoadedRegistry } from "@handshake/sap-core";
import { buildFinding } from "../findings.js";
import type { EntryRuntime } from "../runtime.js";
import type { SeenEvents } from "../state/seen-events.js";
import type { SessionStore } from "../state/session-store.js";
import type { Finding } from "../types.js";
import type { WindowEvent } from "../windows/window-event.js";

/**
 * Turns a trigger that fired into its finding (SEMANTICS.md, Outcomes and
 * Evidence): the occurrence key and tier, the `evidence.source_events` the
 * log did not show, and the `anti_pattern.detected` event.
 */
export class Evidence {
  readonly #registry: LoadedRegistry;
  readonly #store: SessionStore;
  readonly #seen: SeenEvents;
  readonly #version: string;
  readonly #hash: string;
  readonly #outcomes: readonly string[];

  constructor(
    registry: LoadedRegistry,
    store: SessionStore,
    seen: SeenEvents,
    registryVersion: string,
    registryHash: string,
  ) {
    this.#registry = registry;
    this.#store = store;
    this.#seen = seen;
    this.#version = registryVersion;
    this.#hash = registryHash;
    this.#outcomes = registry.meta.outcomes.map((o) => o.id);
  }

  finding(
    rt: EntryRuntime,
    events: readonly WindowEvent[],
    payload: Readonly<Record<string, unknown>>,
    eventType: string,
    windowKey: string,
  ): Finding {
    const last = events[events.length - 1];
    if (last === undefined) throw new Error("a finding needs at least one triggering event");
    const per = rt.entry.enforcement.per;
    const key =
      per === "root_session"
        ? this.#store.get(last.sessionId).root_id
        : per === "window_key" && rt.kind !== "stateless"
          ? windowKey
          : last.sessionId;
    const choice = rt.occurrences.record(key, last.timeMs);
    return buildFinding({
      runtime: rt,
      registryVersion: this.#version,
      registryHash: this.#hash,
      events,
      occurrenceKey: key,
      choice,
      missing: this.#missing(rt, events, last.sessionId),
      payload,
      eventType,
      eventSpec: this.#registry.events.get(eventType),
      outcomes: this.#outcomes,
    });
  }

  /** The `evidence.source_events` types found neither among `events` nor earlier in the session. */
  #missing(rt: EntryRuntime, events: readonly WindowEvent[], sessionId: string): string[] {
    const missing: string[] = [];
    for (const source of rt.entry.evidence.source_events) {
      const type = source.event_type;
      if (missing.includes(type)) continue;
      const satisfied = [type, ...(source.or_event_types ?? [])].some((t) => {
        if (events.some((e) => e.type === t)) return true;
        const bit = this.#seen.bit(t);
        return bit >= 0 && this.#store.hasSeen(sessionId, bit);
      });
      if (!satisfied) missing.push(type);
    }
    return missing;
  }
}
