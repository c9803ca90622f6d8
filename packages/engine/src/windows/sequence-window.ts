import type { WindowEvent } from "./window-event.js";

/** A partial match of a sequence: the events of its first `events.length` steps. */
export interface PartialMatch {
  readonly events: WindowEvent[];
  readonly firstMs: number;
}

interface SequenceGroup {
  partials: PartialMatch[];
  overflowReported: boolean;
  lastMs: number;
}

/** What one event did to its key's group. */
export interface SequenceStep {
  /** Matches the event completed, oldest first. */
  readonly completed: readonly PartialMatch[];
  /** True the first time this group's cap evicted a partial match. */
  readonly overflowed: boolean;
}

/** A sequence group as a snapshot keeps it. */
export interface SequenceGroupState {
  readonly key: string;
  readonly partials: readonly {
    readonly events: readonly WindowEvent[];
    readonly first_ms: number;
  }[];
  readonly overflow_reported: boolean;
  readonly last_ms: number;
}

const NOTHING: SequenceStep = { completed: [], overflowed: false };

/**
 * sequence windows: per key, the partial matches (oldest first, at most
 * `maxPartials`). An event advances every partial whose next step it satisfies
 * if it lies within the span of the partial's first event, and starts a new
 * partial when it satisfies step 1 (SEMANTICS.md, Triggers).
 */
export class SequenceWindow {
  readonly #groups = new Map<string, SequenceGroup>();
  readonly #spanMs: number;
  readonly #steps: number;
  readonly #maxPartials: number;

  constructor(spanMs: number, steps: number, maxPartials: number) {
    this.#spanMs = spanMs;
    this.#steps = steps;
    this.#maxPartials = maxPartials;
  }

  get groups(): number {
    return this.#groups.size;
  }

  /** `satisfies(i)`: whether the event satisfies step i (its `on` and `where`). */
  advance(key: string, event: WindowEvent, satisfies: (step: number) => boolean): SequenceStep {
    let group = this.#groups.get(key);
    const startsNew = satisfies(0);
    if (group === undefined) {
      if (!startsNew) return NOTHING;
      group = { partials: [], overflowReported: false, lastMs: event.timeMs };
      this.#groups.set(key, group);
    }
    if (event.timeMs > group.lastMs) group.lastMs = event.timeMs;
    const horizon = event.timeMs - this.#spanMs;
    let completed: PartialMatch[] | undefined;
    const kept: PartialMatch[] = [];
    for (const partial of group.partials) {
      if (partial.firstMs <= horizon) continue; // can no longer complete within the span
      const next = partial.events.length;
      if (satisfies(next)) {
        partial.events.push(event);
        if (partial.events.length === this.#steps) {
          if (completed === undefined) completed = [];
          completed.push(partial);
          continue;
        }
      }
      kept.push(partial);
    }
    if (startsNew) kept.push({ events: [event], firstMs: event.timeMs });
    let overflowed = false;
    if (kept.length > this.#maxPartials) {
      kept.splice(0, kept.length - this.#maxPartials);
      if (!group.overflowReported) {
        group.overflowReported = true;
        overflowed = true;
      }
    }
    group.partials = kept;
    if (kept.length === 0 && completed === undefined) this.#groups.delete(key);
    return completed === undefined && !overflowed
      ? NOTHING
      : { completed: completed ?? [], overflowed };
  }

  /** Clears a key's partial matches after a finding. */
  clear(key: string): void {
    this.#groups.delete(key);
  }

  sweep(watermarkMs: number, toleranceMs: number): void {
    const horizon = watermarkMs - toleranceMs - this.#spanMs;
    for (const [key, group] of this.#groups) {
      if (group.lastMs <= horizon) this.#groups.delete(key);
    }
  }

  /** Every open group (for snapshots). */
  save(): SequenceGroupState[] {
    return [...this.#groups].map(([key, g]) => ({
      key,
      partials: g.partials.map((p) => ({ events: [...p.events], first_ms: p.firstMs })),
      overflow_reported: g.overflowReported,
      last_ms: g.lastMs,
    }));
  }

  /** Opens the groups `save` listed. */
  load(groups: readonly SequenceGroupState[]): void {
    for (const g of groups) {
      this.#groups.set(g.key, {
        partials: g.partials.map((p) => ({ events: [...p.events], firstMs: p.first_ms })),
        overflowReported: g.overflow_reported,
        lastMs: g.last_ms,
      });
    }
  }
}
