import type { LoadedEntry } from "@handshake/sap-core";

/**
 * The evidence-relevant event types (every entry's `evidence.source_events`),
 * each with a bit; the session store keeps one small bit set per session, so
 * the evidence check costs a lookup, not a scan of the log.
 */
export class SeenEvents {
  readonly #bitOf = new Map<string, number>();
  /** 32-bit words a session's bit set needs. */
  readonly words: number;

  /** The types of every entry's `evidence.source_events` (and their `or_event_types`). */
  static of(entries: readonly LoadedEntry[]): SeenEvents {
    return new SeenEvents(
      entries.flatMap((e) =>
        e.evidence.source_events.flatMap((s) => [s.event_type, ...(s.or_event_types ?? [])]),
      ),
    );
  }

  constructor(trackedTypes: Iterable<string>) {
    for (const type of trackedTypes)
      if (!this.#bitOf.has(type)) this.#bitOf.set(type, this.#bitOf.size);
    this.words = Math.max(1, Math.ceil(this.#bitOf.size / 32));
  }

  /** The bit of a tracked type, or -1. */
  bit(eventType: string): number {
    return this.#bitOf.get(eventType) ?? -1;
  }
}
