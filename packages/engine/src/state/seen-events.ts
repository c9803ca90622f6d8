/**
 * Which of the evidence-relevant event types (every entry's
 * `evidence.source_events`) each session has produced: one small bit set per
 * session, so the evidence check costs a lookup, not a scan of the log.
 */
export class SeenEvents {
  readonly #bitOf = new Map<string, number>();
  readonly #words: number;
  readonly #seen = new Map<string, Uint32Array>();

  constructor(trackedTypes: Iterable<string>) {
    for (const type of trackedTypes)
      if (!this.#bitOf.has(type)) this.#bitOf.set(type, this.#bitOf.size);
    this.#words = Math.max(1, Math.ceil(this.#bitOf.size / 32));
  }

  /** The bit of a tracked type, or -1. */
  bit(eventType: string): number {
    return this.#bitOf.get(eventType) ?? -1;
  }

  mark(sessionId: string, bit: number): void {
    if (bit < 0) return;
    let words = this.#seen.get(sessionId);
    if (words === undefined) {
      words = new Uint32Array(this.#words);
      this.#seen.set(sessionId, words);
    }
    words[bit >>> 5] = (words[bit >>> 5] as number) | (1 << (bit & 31));
  }

  has(sessionId: string, eventType: string): boolean {
    const bit = this.bit(eventType);
    if (bit < 0) return false;
    const words = this.#seen.get(sessionId);
    return words !== undefined && ((words[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}
