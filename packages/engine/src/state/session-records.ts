import type { SessionContextValue } from "./session-context.js";
import { TERMINAL_STATES, unknownSession } from "./session-context.js";

/**
 * The sessions that share a `root_id`: a spawn tree. It is retired (SEMANTICS.md,
 * "Retention") once none of its sessions runs and none has been active for
 * the retention span.
 */
export interface Tree {
  readonly id: string;
  readonly members: Set<SessionRecord>;
  /** Members whose state is set and not terminal. */
  live: number;
  /** Time of the latest event that named or changed a member. */
  lastMs: number;
}

/** A session's context, the evidence-relevant event types it has produced, and its tree. */
export interface SessionRecord {
  readonly id: string;
  readonly ctx: SessionContextValue;
  seen: Uint32Array | undefined;
  tree: Tree;
  /** Set when the record is dropped: handles to it (job pairings, receipts) are then forgotten too. */
  forgotten: boolean;
}

/** A state a session still runs in: set (the log introduced it) and not terminal. */
export function isLive(state: string): boolean {
  return state !== "" && !TERMINAL_STATES.has(state);
}

/**
 * The session records of one evaluation, by id, grouped into trees. A record
 * whose tree is retired is forgotten the moment anything looks it up (and by
 * `sweep`, which only frees memory sooner), so what an event sees never
 * depends on when the engine swept.
 */
export class SessionTable {
  readonly #records = new Map<string, SessionRecord>();
  readonly #trees = new Map<string, Tree>();
  readonly #make: (fields: SessionContextValue) => SessionContextValue;
  /** One-entry cache: an event's session is looked up to evaluate, to apply and to mark seen. */
  #lastId: string | undefined = undefined;
  #last: SessionRecord | undefined = undefined;
  /** Trees whose latest activity is before this are retired (the watermark before the event, minus the span). */
  #retireBefore = Number.NEGATIVE_INFINITY;
  /** Time of the event being applied: what a change counts as activity at. */
  #now = Number.NEGATIVE_INFINITY;

  constructor(make: (fields: SessionContextValue) => SessionContextValue) {
    this.#make = make;
  }

  get size(): number {
    return this.#records.size;
  }

  /** Trees last active before `ms` are retired from now on (it never decreases). */
  horizon(ms: number): void {
    this.#retireBefore = ms;
  }

  /** Time of the event being applied: what its changes count as activity at. */
  at(ms: number): void {
    this.#now = ms;
  }

  get retireBefore(): number {
    return this.#retireBefore;
  }

  #retired(tree: Tree): boolean {
    return tree.live === 0 && tree.lastMs < this.#retireBefore;
  }

  /** The record of a session the log touched and did not retire; a retired tree is forgotten here. */
  find(id: string): SessionRecord | undefined {
    const rec = id === this.#lastId ? this.#last : this.#records.get(id);
    if (rec === undefined) return undefined;
    if (this.#retired(rec.tree)) {
      this.#forget(rec.tree);
      return undefined;
    }
    this.#lastId = id;
    this.#last = rec;
    return rec;
  }

  /**
   * The record of a session, created (unknown, its own tree) when absent;
   * counts as activity now, or at `timeMs` (a runtime event the engine skips
   * names a session at its own time).
   */
  obtain(id: string, timeMs = this.#now): SessionRecord {
    let rec = this.find(id);
    if (rec === undefined) {
      const ctx = this.#make(unknownSession(id));
      rec = { id, ctx, seen: undefined, tree: this.#treeOf(ctx.root_id), forgotten: false };
      rec.tree.members.add(rec);
      this.#records.set(id, rec);
      this.#lastId = id;
      this.#last = rec;
    }
    this.touch(rec, timeMs);
    return rec;
  }

  /** An event named or changed the session: its tree is active now (or at `timeMs`). */
  touch(rec: SessionRecord, timeMs = this.#now): void {
    if (timeMs > rec.tree.lastMs) rec.tree.lastMs = timeMs;
  }

  /** Whether a handle still names a kept session (not forgotten, tree not retired). */
  alive(rec: SessionRecord): boolean {
    if (rec.forgotten) return false;
    if (!this.#retired(rec.tree)) return true;
    this.#forget(rec.tree);
    return false;
  }

  /** Sets a session's state, keeping its tree's count of running sessions. */
  setState(rec: SessionRecord, state: string): void {
    const was = isLive(rec.ctx.state);
    rec.ctx.state = state;
    const is = isLive(state);
    if (was !== is) rec.tree.live += is ? 1 : -1;
  }

  /** Sets a session's root: it moves to that root's tree. */
  setRoot(rec: SessionRecord, rootId: string): void {
    rec.ctx.root_id = rootId;
    if (rec.tree.id === rootId) return;
    this.#leave(rec);
    const tree = this.#treeOf(rootId);
    rec.tree = tree;
    tree.members.add(rec);
    if (isLive(rec.ctx.state)) tree.live++;
    this.touch(rec);
  }

  #treeOf(id: string): Tree {
    let tree = this.#trees.get(id);
    if (tree !== undefined && this.#retired(tree)) {
      this.#forget(tree);
      tree = undefined;
    }
    if (tree === undefined) {
      tree = { id, members: new Set(), live: 0, lastMs: Number.NEGATIVE_INFINITY };
      this.#trees.set(id, tree);
    }
    return tree;
  }

  #leave(rec: SessionRecord): void {
    const tree = rec.tree;
    tree.members.delete(rec);
    if (isLive(rec.ctx.state)) tree.live--;
    if (tree.members.size === 0 && this.#trees.get(tree.id) === tree) this.#trees.delete(tree.id);
  }

  #forget(tree: Tree): void {
    for (const rec of tree.members) {
      rec.forgotten = true;
      this.#records.delete(rec.id);
    }
    tree.members.clear();
    if (this.#trees.get(tree.id) === tree) this.#trees.delete(tree.id);
    this.#lastId = undefined;
    this.#last = undefined;
  }

  /** Forgets every retired tree now; returns how many sessions were kept. */
  sweep(): number {
    for (const tree of this.#trees.values()) if (this.#retired(tree)) this.#forget(tree);
    return this.#records.size;
  }

  /** Every kept record, in the order the log introduced them (for snapshots). */
  records(): IterableIterator<SessionRecord> {
    return this.#records.values();
  }

  /** Adds a record read from a snapshot, with its tree's latest activity. */
  load(id: string, ctx: SessionContextValue, seen: Uint32Array | undefined, treeMs: number): void {
    const made = this.#make(ctx);
    const tree = this.#treeOf(made.root_id);
    tree.lastMs = treeMs;
    const rec: SessionRecord = { id, ctx: made, seen, tree, forgotten: false };
    tree.members.add(rec);
    if (isLive(made.state)) tree.live++;
    this.#records.set(id, rec);
  }
}
