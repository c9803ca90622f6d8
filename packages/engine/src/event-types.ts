import type { LoadedRegistry } from "@handshake/sap-core";
import type { CompiledTriggers } from "./compile/programs.js";
import { PayloadValidator } from "./input/payload-validator.js";
import type { EntryRuntime } from "./runtime.js";
import type { SeenEvents } from "./state/seen-events.js";
import { contextOp } from "./state/session-store.js";

/** What the engine needs for one event type. */
export interface EventTypeRuntime {
  readonly validator: PayloadValidator;
  /** Entries whose trigger watches the type, in id order; undefined when none. */
  readonly runtimes: readonly EntryRuntime[] | undefined;
  /** Bit of the type among the evidence source types (-1: not tracked). */
  readonly seenBit: number;
  /** What the type does to the session context (`contextOp`, -1: nothing). */
  readonly contextOp: number;
}

/** Per catalog event type: its validator, the entries it meets, its evidence bit, its context operation. */
export function eventTypeRuntimes(
  registry: LoadedRegistry,
  compiled: CompiledTriggers,
  entries: readonly EntryRuntime[],
  seen: SeenEvents,
): Map<string, EventTypeRuntime> {
  const maxItems = registry.meta.limits.max_payload_list_items;
  const types = new Map<string, EventTypeRuntime>();
  for (const e of registry.events.values()) {
    const list = compiled.byEventType.get(e.event_type);
    types.set(e.event_type, {
      validator: new PayloadValidator(e, maxItems),
      runtimes: list?.flatMap((p) => entries[p.index] ?? []),
      seenBit: seen.bit(e.event_type),
      contextOp: contextOp(e.event_type),
    });
  }
  return types;
}
