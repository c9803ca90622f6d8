import type { ReceiptRecord } from "./receipts.js";
import type { ConsentReceiptValue, SessionContextValue } from "./session-context.js";
import type { SessionRecord } from "./session-records.js";
import type { SessionStore } from "./session-store.js";

/*
 * The session store as JSON: CEL ints (bigints) as decimal strings, receipts
 * once each (a receipt is one object shared by every session that lists it,
 * and a reissued id leaves the older object with the sessions that had it),
 * referred to by their position.
 */

/** A consent receipt in a snapshot. */
export interface ReceiptState {
  readonly receipt_id: string;
  readonly scope: string;
  readonly plan_hash: string;
  readonly session_ids: readonly string[];
  readonly valid_from_ms: string;
  readonly valid_until_ms: string;
  readonly revoked: boolean;
  readonly uses: string;
}

/** A kept session in a snapshot: its context, evidence bits and its tree's latest activity. */
export interface SessionState {
  readonly id: string;
  readonly known: boolean;
  readonly parent_id: string;
  readonly root_id: string;
  readonly spawn_depth: string;
  readonly role: string;
  readonly state: string;
  readonly memory_policy: string;
  readonly model_id: string;
  readonly backend: string;
  readonly active_children: string;
  readonly active_child_ids: readonly string[];
  readonly model_calls_in_flight: string;
  readonly jobs_in_flight: readonly string[];
  readonly descendants: string;
  readonly capability_grants: readonly string[];
  /** Positions in `SessionsState.receipts`. */
  readonly consent_receipts: readonly number[];
  readonly created_ms: string;
  readonly seen: readonly number[] | null;
  /** null: no valid event has touched the tree yet. */
  readonly tree_ms: number | null;
}

/** A receipt filed under an id: its position, the kept sessions it was given to, when it was made. */
export type ReceiptIdState = readonly [string, number, readonly string[], number | null];

/** Everything the session store holds. */
export interface SessionsState {
  readonly sessions: readonly SessionState[];
  readonly receipts: readonly ReceiptState[];
  readonly receipt_ids: readonly ReceiptIdState[];
  readonly active_children: readonly (readonly [string, string])[];
}

function ms(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

function fromMs(value: number | null): number {
  return value ?? Number.NEGATIVE_INFINITY;
}

function receiptState(r: ConsentReceiptValue): ReceiptState {
  return {
    receipt_id: r.receipt_id,
    scope: r.scope,
    plan_hash: r.plan_hash,
    session_ids: [...r.session_ids],
    valid_from_ms: String(r.valid_from_ms),
    valid_until_ms: String(r.valid_until_ms),
    revoked: r.revoked,
    uses: String(r.uses),
  };
}

function receiptValue(r: ReceiptState): ConsentReceiptValue {
  return {
    receipt_id: r.receipt_id,
    scope: r.scope,
    plan_hash: r.plan_hash,
    session_ids: [...r.session_ids],
    valid_from_ms: BigInt(r.valid_from_ms),
    valid_until_ms: BigInt(r.valid_until_ms),
    revoked: r.revoked,
    uses: BigInt(r.uses),
  };
}

function sessionState(rec: SessionRecord, receiptIndex: (r: ConsentReceiptValue) => number) {
  const c = rec.ctx;
  const state: SessionState = {
    id: rec.id,
    known: c.known,
    parent_id: c.parent_id,
    root_id: c.root_id,
    spawn_depth: String(c.spawn_depth),
    role: c.role,
    state: c.state,
    memory_policy: c.memory_policy,
    model_id: c.model_id,
    backend: c.backend,
    active_children: String(c.active_children),
    active_child_ids: [...c.active_child_ids],
    model_calls_in_flight: String(c.model_calls_in_flight),
    jobs_in_flight: [...c.jobs_in_flight],
    descendants: String(c.descendants),
    capability_grants: [...c.capability_grants],
    consent_receipts: c.consent_receipts.map(receiptIndex),
    created_ms: String(c.created_ms),
    seen: rec.seen === undefined ? null : [...rec.seen],
    tree_ms: ms(rec.tree.lastMs),
  };
  return state;
}

function sessionValue(s: SessionState, receipts: readonly ConsentReceiptValue[]) {
  const value: SessionContextValue = {
    known: s.known,
    id: s.id,
    parent_id: s.parent_id,
    root_id: s.root_id,
    spawn_depth: BigInt(s.spawn_depth),
    role: s.role,
    state: s.state,
    memory_policy: s.memory_policy,
    model_id: s.model_id,
    backend: s.backend,
    active_children: BigInt(s.active_children),
    active_child_ids: [...s.active_child_ids],
    model_calls_in_flight: BigInt(s.model_calls_in_flight),
    jobs_in_flight: [...s.jobs_in_flight],
    descendants: BigInt(s.descendants),
    capability_grants: [...s.capability_grants],
    consent_receipts: s.consent_receipts.map((i) => {
      const receipt = receipts[i];
      if (receipt === undefined) throw new Error(`session ${s.id}: no receipt #${i}`);
      return receipt;
    }),
    created_ms: BigInt(s.created_ms),
  };
  return value;
}

/** The kept sessions, receipts and counted children (retired trees are forgotten first). */
export function saveSessions(store: SessionStore): SessionsState {
  store.sweep();
  const index = new Map<ConsentReceiptValue, number>();
  const receipts: ReceiptState[] = [];
  const receiptIndex = (r: ConsentReceiptValue): number => {
    let i = index.get(r);
    if (i === undefined) {
      i = receipts.length;
      index.set(r, i);
      receipts.push(receiptState(r));
    }
    return i;
  };
  const sessions = [...store.table.records()].map((rec) => sessionState(rec, receiptIndex));
  const receiptIds = [...store.receipts.entries()].map(
    ([id, r]: [string, ReceiptRecord]): ReceiptIdState => [
      id,
      receiptIndex(r.value),
      r.holders.filter((h) => store.table.alive(h)).map((h) => h.id),
      ms(r.createdMs),
    ],
  );
  return {
    sessions,
    receipts,
    receipt_ids: receiptIds,
    active_children: [...store.activeChildren],
  };
}

/** Fills an empty store with what `saveSessions` gave. */
export function loadSessions(store: SessionStore, state: SessionsState): void {
  const receipts = state.receipts.map((r) => store.makeReceipt(receiptValue(r)));
  for (const s of state.sessions) {
    const seen = s.seen === null ? undefined : Uint32Array.from(s.seen);
    store.table.load(s.id, sessionValue(s, receipts), seen, fromMs(s.tree_ms));
  }
  for (const [id, i, holders, created] of state.receipt_ids) {
    const value = receipts[i];
    if (value === undefined) throw new Error(`receipt ${id}: no receipt #${i}`);
    const records = holders.flatMap((h) => {
      const rec = store.table.find(h);
      return rec === undefined ? [] : [rec];
    });
    store.receipts.load(id, { value, holders: records, createdMs: fromMs(created) });
  }
  for (const [child, parent] of state.active_children) store.activeChildren.set(child, parent);
}
