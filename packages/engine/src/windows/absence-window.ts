import { Heap } from "./heap.js";
import type { WindowEvent } from "./window-event.js";

/** An anchor of an `after` absence window waiting for its expected event. */
export interface OpenAnchor<E> {
  readonly entryIndex: number;
  readonly key: string;
  readonly anchor: WindowEvent;
  readonly deadlineMs: number;
  /** Whatever the engine needs to evaluate the condition later (the anchor's CEL event). */
  readonly payload: E;
  done: boolean;
}

/** An `after` group as a snapshot keeps it: its open anchors, oldest first. */
export interface AnchorGroupState<P> {
  readonly entry: number;
  readonly key: string;
  readonly overflow_reported: boolean;
  readonly open: readonly {
    readonly anchor: WindowEvent;
    readonly deadline_ms: number;
    readonly payload: P;
  }[];
}

interface AnchorGroup<E> {
  open: OpenAnchor<E>[];
  overflowReported: boolean;
}

/**
 * `after` absence windows of every entry: anchors open deadlines, expected
 * events of the same key close them, and `due` hands out the anchors whose
 * deadline the watermark has passed, in deadline order, then entry, then line.
 * Memory is bounded by the open anchors.
 */
export class AbsenceAfterWindows<E> {
  readonly #groups: Map<string, AnchorGroup<E>>[] = [];
  #heap = new Heap<OpenAnchor<E>>(
    (a, b) =>
      a.deadlineMs < b.deadlineMs ||
      (a.deadlineMs === b.deadlineMs &&
        (a.entryIndex < b.entryIndex ||
          (a.entryIndex === b.entryIndex && a.anchor.line < b.anchor.line))),
  );
  readonly #maxOpen: number;
  /** Anchors closed or evicted but still in the heap (removed lazily). */
  #stale = 0;

  constructor(maxOpenPerGroup: number) {
    this.#maxOpen = maxOpenPerGroup;
  }

  get pending(): number {
    return this.#heap.size;
  }

  #groupsOf(entryIndex: number): Map<string, AnchorGroup<E>> {
    let groups = this.#groups[entryIndex];
    if (groups === undefined) {
      groups = new Map();
      this.#groups[entryIndex] = groups;
    }
    return groups;
  }

  /** An expected event: closes every open anchor of the key whose deadline it meets. */
  expect(entryIndex: number, key: string, timeMs: number): void {
    const groups = this.#groups[entryIndex];
    const group = groups?.get(key);
    if (groups === undefined || group === undefined) return;
    const still: OpenAnchor<E>[] = [];
    for (const open of group.open) {
      if (open.done) continue;
      if (timeMs <= open.deadlineMs) {
        open.done = true;
        this.#stale++;
      } else still.push(open);
    }
    if (still.length === 0) groups.delete(key);
    else group.open = still;
  }

  /** An anchor: opens a deadline. Returns true the first time the group's cap evicted an anchor. */
  open(entryIndex: number, key: string, anchor: WindowEvent, spanMs: number, payload: E): boolean {
    const groups = this.#groupsOf(entryIndex);
    let group = groups.get(key);
    if (group === undefined) {
      group = { open: [], overflowReported: false };
      groups.set(key, group);
    }
    const entry: OpenAnchor<E> = {
      entryIndex,
      key,
      anchor,
      deadlineMs: anchor.timeMs + spanMs,
      payload,
      done: false,
    };
    group.open.push(entry);
    this.#heap.push(entry);
    // Closed anchors wait in the heap for their deadline; once they are most of
    // it, rebuild it so memory follows the open anchors, not the span.
    if (this.#stale > 1024 && this.#stale * 2 > this.#heap.size) {
      this.#heap = this.#heap.filtered((o) => !o.done);
      this.#stale = 0;
    }
    let overflowed = false;
    if (group.open.length > this.#maxOpen) {
      const gone = group.open.splice(0, group.open.length - this.#maxOpen);
      for (const g of gone) g.done = true;
      this.#stale += gone.length;
      if (!group.overflowReported) {
        group.overflowReported = true;
        overflowed = true;
      }
    }
    return overflowed;
  }

  /** Removes and returns the open anchors whose deadline is strictly before the watermark. */
  due(watermarkMs: number): OpenAnchor<E>[] {
    let fired: OpenAnchor<E>[] | undefined;
    for (;;) {
      const top = this.#heap.peek();
      if (top === undefined || top.deadlineMs >= watermarkMs) break;
      this.#heap.pop();
      if (top.done) {
        this.#stale--;
        continue;
      }
      top.done = true;
      const groups = this.#groups[top.entryIndex];
      const group = groups?.get(top.key);
      if (groups && group) {
        group.open = group.open.filter((o) => !o.done);
        if (group.open.length === 0) groups.delete(top.key);
      }
      if (fired === undefined) fired = [];
      fired.push(top);
    }
    return fired ?? [];
  }

  /** Every group's open anchors, by entry then key (for snapshots); `encode` turns a payload into JSON. */
  save<P>(encode: (payload: E) => P): AnchorGroupState<P>[] {
    const out: AnchorGroupState<P>[] = [];
    this.#groups.forEach((groups, entry) => {
      for (const [key, group] of groups) {
        const open = group.open.filter((o) => !o.done);
        if (open.length === 0) continue;
        out.push({
          entry,
          key,
          overflow_reported: group.overflowReported,
          open: open.map((o) => ({
            anchor: o.anchor,
            deadline_ms: o.deadlineMs,
            payload: encode(o.payload),
          })),
        });
      }
    });
    return out;
  }

  /** Opens the anchors `save` listed; `decode` turns a saved payload back. */
  load<P>(groups: readonly AnchorGroupState<P>[], decode: (entry: number, payload: P) => E): void {
    for (const state of groups) {
      const open = state.open.map(
        (o): OpenAnchor<E> => ({
          entryIndex: state.entry,
          key: state.key,
          anchor: o.anchor,
          deadlineMs: o.deadline_ms,
          payload: decode(state.entry, o.payload),
          done: false,
        }),
      );
      this.#groupsOf(state.entry).set(state.key, {
        open,
        overflowReported: state.overflow_reported,
      });
      for (const anchor of open) this.#heap.push(anchor);
    }
  }
}

/**
 * `before` absence windows: per key, the time of the latest expected event;
 * an anchor with none within the span before it fires at once.
 */
export class AbsenceBeforeWindow {
  readonly #lastExpected = new Map<string, number>();
  readonly #spanMs: number;

  constructor(spanMs: number) {
    this.#spanMs = spanMs;
  }

  get groups(): number {
    return this.#lastExpected.size;
  }

  /** True when no expected event of the key lies within the span before `timeMs`. */
  missing(key: string, timeMs: number): boolean {
    const last = this.#lastExpected.get(key);
    return last === undefined || last <= timeMs - this.#spanMs;
  }

  expect(key: string, timeMs: number): void {
    const last = this.#lastExpected.get(key);
    if (last === undefined || timeMs > last) this.#lastExpected.set(key, timeMs);
  }

  sweep(watermarkMs: number, toleranceMs: number): void {
    const horizon = watermarkMs - toleranceMs - this.#spanMs;
    for (const [key, last] of this.#lastExpected)
      if (last <= horizon) this.#lastExpected.delete(key);
  }

  /** The latest expected time of every key (for snapshots). */
  save(): [string, number][] {
    return [...this.#lastExpected];
  }

  load(entries: readonly (readonly [string, number])[]): void {
    for (const [key, ms] of entries) this.#lastExpected.set(key, ms);
  }
}
