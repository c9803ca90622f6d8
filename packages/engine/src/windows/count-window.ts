import type { WindowEvent } from "./window-event.js";
import { EventQueue } from "./window-event.js";

/** One key's events in a count or distinct window. */
export interface CountGroup {
  readonly key: string;
  readonly events: EventQueue;
  /** distinct windows: how many events in the group carry each value. */
  readonly values: Map<string, number> | undefined;
  overflowReported: boolean;
}

/** A count or distinct group as a snapshot keeps it (its distinct values follow from its events). */
export interface CountGroupState {
  readonly key: string;
  readonly events: readonly WindowEvent[];
  readonly overflow_reported: boolean;
}

/**
 * count and distinct windows: per key, the `on` events that passed `where`
 * within the span (SEMANTICS.md, Triggers). Memory is bounded by the open
 * groups times `maxEvents`; `sweep` drops groups the watermark has left behind.
 */
export class CountWindow {
  readonly #groups = new Map<string, CountGroup>();
  readonly #spanMs: number;
  readonly #maxEvents: number;
  readonly #distinct: boolean;

  constructor(spanMs: number, maxEvents: number, distinct: boolean) {
    this.#spanMs = spanMs;
    this.#maxEvents = maxEvents;
    this.#distinct = distinct;
  }

  get groups(): number {
    return this.#groups.size;
  }

  /**
   * Adds an event to its key's group and evicts what left the span (relative
   * to this event's time) or exceeds the cap. Returns the group and whether the
   * cap evicted events for the first time in this group (to report once).
   */
  add(key: string, event: WindowEvent): { group: CountGroup; overflowed: boolean } {
    const group = this.#groups.get(key) ?? this.#open(key);
    this.#insert(group, event);
    const horizon = event.timeMs - this.#spanMs;
    let oldest = group.events.oldest;
    while (oldest !== undefined && oldest.timeMs <= horizon) {
      this.#drop(group);
      oldest = group.events.oldest;
    }
    let overflowed = false;
    while (group.events.size > this.#maxEvents) {
      this.#drop(group);
      if (!group.overflowReported) {
        group.overflowReported = true;
        overflowed = true;
      }
    }
    return { group, overflowed };
  }

  #open(key: string): CountGroup {
    const group: CountGroup = {
      key,
      events: new EventQueue(),
      values: this.#distinct ? new Map() : undefined,
      overflowReported: false,
    };
    this.#groups.set(key, group);
    return group;
  }

  #insert(group: CountGroup, event: WindowEvent): void {
    group.events.insert(event);
    if (group.values) group.values.set(event.distinct, (group.values.get(event.distinct) ?? 0) + 1);
  }

  #drop(group: CountGroup): void {
    const gone = group.events.shift();
    if (gone && group.values) {
      const n = (group.values.get(gone.distinct) ?? 1) - 1;
      if (n === 0) group.values.delete(gone.distinct);
      else group.values.set(gone.distinct, n);
    }
  }

  /** Empties a group after a finding: the next finding needs a fresh crossing. */
  clear(group: CountGroup): void {
    this.#groups.delete(group.key);
  }

  /** Drops every group whose newest event no later event can keep in the span. */
  sweep(watermarkMs: number, toleranceMs: number): void {
    const horizon = watermarkMs - toleranceMs - this.#spanMs;
    for (const [key, group] of this.#groups) {
      const newest = group.events.newest;
      if (newest === undefined || newest.timeMs <= horizon) this.#groups.delete(key);
    }
  }

  /** Every open group (for snapshots). */
  save(): CountGroupState[] {
    return [...this.#groups.values()].map((g) => ({
      key: g.key,
      events: g.events.toArray(),
      overflow_reported: g.overflowReported,
    }));
  }

  /** Opens the groups `save` listed. */
  load(groups: readonly CountGroupState[]): void {
    for (const state of groups) {
      const group = this.#open(state.key);
      for (const event of state.events) this.#insert(group, event);
      group.overflowReported = state.overflow_reported;
    }
  }
}
