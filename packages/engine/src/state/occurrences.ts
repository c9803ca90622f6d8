/** A tier with its span in milliseconds (`within`), as the engine applies it. */
export interface CompiledTier {
  readonly outcome: string;
  readonly from: number;
  /** undefined: every finding of the key counts. */
  readonly withinMs: number | undefined;
}

interface KeyHistory {
  total: number;
  /** Times of this key's findings that some tier's `within` may still count. */
  times: number[];
}

/** One key's occurrences as a snapshot keeps them: key, total, recent finding times. */
export type OccurrenceState = readonly [string, number, readonly number[]];

/** The tier chosen for a finding and its occurrence number. */
export interface TierChoice {
  /** 1-based index into the entry's tiers. */
  readonly tier: number;
  readonly outcome: string;
  /** 1-based number of this finding among the entry's findings for the key (whole log). */
  readonly occurrence: number;
}

/**
 * Occurrences of one entry's findings per key, and the tier each new finding
 * gets: a tier's count is the number of the key's findings (this one included)
 * whose time lies less than `within` before this one (all of them without
 * `within`); the last tier whose count reaches its `from` applies.
 */
export class OccurrenceTracker {
  readonly #tiers: readonly CompiledTier[];
  readonly #maxWithin: number;
  readonly #keys = new Map<string, KeyHistory>();

  constructor(tiers: readonly CompiledTier[]) {
    this.#tiers = tiers;
    let max = 0;
    for (const t of tiers) if (t.withinMs !== undefined && t.withinMs > max) max = t.withinMs;
    this.#maxWithin = max;
  }

  record(key: string, timeMs: number): TierChoice {
    let history = this.#keys.get(key);
    if (history === undefined) {
      history = { total: 0, times: [] };
      this.#keys.set(key, history);
    }
    history.total++;
    if (this.#maxWithin > 0) {
      const horizon = timeMs - this.#maxWithin;
      // Out-of-order findings (within the timestamp tolerance) may leave a few
      // times unsorted: filter rather than trim from the front.
      if (history.times.length > 0 && (history.times[0] ?? horizon) <= horizon) {
        history.times = history.times.filter((t) => t > horizon);
      }
      history.times.push(timeMs);
    }
    let chosen = 0;
    for (let i = 0; i < this.#tiers.length; i++) {
      const tier = this.#tiers[i];
      if (tier === undefined) continue;
      let count = history.total;
      if (tier.withinMs !== undefined) {
        const horizon = timeMs - tier.withinMs;
        count = 0;
        for (const t of history.times) if (t > horizon) count++;
      }
      if (count >= tier.from) chosen = i;
    }
    return {
      tier: chosen + 1,
      outcome: this.#tiers[chosen]?.outcome ?? "",
      occurrence: history.total,
    };
  }

  /** Every key's history (for snapshots). */
  save(): OccurrenceState[] {
    return [...this.#keys].map(([key, h]) => [key, h.total, [...h.times]]);
  }

  load(keys: readonly OccurrenceState[]): void {
    for (const [key, total, times] of keys) this.#keys.set(key, { total, times: [...times] });
  }
}
