/** What a window remembers of one event: enough for findings, evidence and eviction. */
export interface WindowEvent {
  readonly id: string;
  readonly type: string;
  readonly sessionId: string;
  readonly timeMs: number;
  readonly line: number;
  /** distinct windows: the value of the `distinct` expression for this event. */
  readonly distinct: string;
}

/**
 * Window events ordered by time (then arrival), with O(1) removal of the oldest.
 * Events arrive almost in order (out-of-order only within the timestamp
 * tolerance), so insertion scans back from the newest.
 */
export class EventQueue {
  #items: WindowEvent[] = [];
  #head = 0;

  get size(): number {
    return this.#items.length - this.#head;
  }

  get oldest(): WindowEvent | undefined {
    return this.#items[this.#head];
  }

  get newest(): WindowEvent | undefined {
    return this.#items[this.#items.length - 1];
  }

  /** Time of the oldest event (NaN when empty). */
  get oldestMs(): number {
    return this.#items[this.#head]?.timeMs ?? Number.NaN;
  }

  /** Time of the newest event (NaN when empty). */
  get newestMs(): number {
    return this.#items[this.#items.length - 1]?.timeMs ?? Number.NaN;
  }

  insert(event: WindowEvent): void {
    const items = this.#items;
    let i = items.length;
    while (i > this.#head && (items[i - 1] as WindowEvent).timeMs > event.timeMs) i--;
    if (i === items.length) items.push(event);
    else items.splice(i, 0, event);
  }

  shift(): WindowEvent | undefined {
    if (this.#head >= this.#items.length) return undefined;
    const event = this.#items[this.#head] as WindowEvent;
    this.#head++;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
    return event;
  }

  toArray(): WindowEvent[] {
    return this.#items.slice(this.#head);
  }

  clear(): void {
    this.#items = [];
    this.#head = 0;
  }
}
