import { parseTimestamp } from "../input/timestamp.js";
import { Receipts } from "./receipts.js";
import type { ConsentReceiptValue, SessionContextValue } from "./session-context.js";
import { RUNNING_STATES, TERMINAL_STATES, unknownSession } from "./session-context.js";
import type { SessionRecord } from "./session-records.js";
import { SessionTable } from "./session-records.js";

/** Longest parent chain walked when counting descendants (guards against cyclic logs). */
const MAX_ANCESTORS = 1024;

type Payload = Record<string, unknown>;

function str(payload: Payload, field: string): string {
  const v = payload[field];
  return typeof v === "string" ? v : "";
}

function has(payload: Payload, field: string): boolean {
  return payload[field] !== undefined && payload[field] !== null;
}

function strList(payload: Payload, field: string): readonly string[] {
  const v = payload[field];
  return Array.isArray(v) ? (v as string[]) : [];
}

function int(payload: Payload, field: string): bigint {
  const v = payload[field];
  return typeof v === "number" && Number.isInteger(v) ? BigInt(v) : 0n;
}

function timestampMs(payload: Payload, field: string): bigint {
  const v = payload[field];
  const ms = typeof v === "string" ? parseTimestamp(v) : undefined;
  return ms === undefined ? 0n : BigInt(ms);
}

/** The event types that change the session context (SEMANTICS.md), by operation code. */
const CONTEXT_OPS = [
  "session.created",
  "session.spawn_accepted",
  "session.state_change",
  "session.completed",
  "session.cascade_cancel",
  "capability.granted",
  "capability.revoked",
  "consent.receipt_issued",
  "consent.receipt_revoked",
  "consent.scope_widened",
  "model.call_started",
  "model.call_finished",
  "cloud_escalation_executed",
  "session_scheduler.dispatch",
  "session_scheduler.cancelled",
  "workflow_recovery",
  "workflow_engine.finalization_failed",
] as const;

/**
 * The operation code of an event type for `applyOp` (compute once per type);
 * -1 for types that leave the context alone.
 */
export function contextOp(eventType: string): number {
  return (CONTEXT_OPS as readonly string[]).indexOf(eventType);
}

/**
 * The session contexts of one evaluation (SEMANTICS.md, "Session context")
 * and the consent receipts by id. Receipts are shared objects, so revoking or
 * using one shows in every session that lists it. Sessions live in a
 * `SessionTable`, which retires spawn trees that can no longer change a
 * finding (SEMANTICS.md, "Retention").
 */
export class SessionStore {
  readonly table: SessionTable;
  readonly receipts: Receipts;
  /** Children counted in a parent's active_children: child id → the parent counting it. */
  readonly activeChildren = new Map<string, string>();
  readonly #makeSession: (fields: SessionContextValue) => SessionContextValue;
  readonly #makeReceipt: (fields: ConsentReceiptValue) => ConsentReceiptValue;
  readonly #empty: SessionContextValue;
  #now = 0;

  /**
   * `makeSession` and `makeReceipt` turn plain fields into the values CEL reads
   * fastest (instances of the trigger environment's classes); identity by default.
   */
  constructor(
    makeSession: (fields: SessionContextValue) => SessionContextValue = (f) => f,
    makeReceipt: (fields: ConsentReceiptValue) => ConsentReceiptValue = (f) => f,
  ) {
    this.#makeSession = makeSession;
    this.#makeReceipt = makeReceipt;
    this.table = new SessionTable(makeSession);
    this.receipts = new Receipts(this.table);
    this.#empty = Object.freeze(makeSession(unknownSession("")));
  }

  get size(): number {
    return this.table.size;
  }

  /** A receipt as the environment's class (for snapshots). */
  makeReceipt(fields: ConsentReceiptValue): ConsentReceiptValue {
    return this.#makeReceipt(fields);
  }

  /** The context of a session for reading; an unknown (or retired) id reads as `known: false`. */
  get(id: string): SessionContextValue {
    if (id === "") return this.#empty;
    return this.table.find(id)?.ctx ?? this.#makeSession(unknownSession(id));
  }

  /** Whether the session produced an event of the type with this bit (SeenEvents). */
  hasSeen(id: string, bit: number): boolean {
    const seen = this.table.find(id)?.seen;
    return seen !== undefined && ((seen[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
  }

  /** Before an event: trees last active before `retireBefore` are retired (SEMANTICS.md, "Retention"). */
  horizon(retireBefore: number): void {
    this.table.horizon(retireBefore);
  }

  /** The time of the valid event about to be applied. */
  at(timeMs: number): void {
    this.#now = timeMs;
    this.table.at(timeMs);
  }

  /**
   * Applies a valid event (SEMANTICS.md step 3): its session is active now,
   * its context changes by `op` (from `contextOp`; -1: nothing), and
   * `seenBit` (-1: none) marks its type among those the session produced.
   */
  apply(op: number, sessionId: string, payload: Payload, seenBit: number, words: number): void {
    // Just touched, the session's tree is not retired while this event applies.
    const rec = this.table.obtain(sessionId);
    if (op >= 0) this.#applyOp(op, sessionId, payload);
    if (seenBit < 0) return;
    if (rec.seen === undefined) rec.seen = new Uint32Array(words);
    rec.seen[seenBit >>> 5] = (rec.seen[seenBit >>> 5] ?? 0) | (1 << (seenBit & 31));
  }

  /** Forgets every retired tree and receipt now (memory only); returns the sessions kept. */
  sweep(): number {
    const kept = this.table.sweep();
    this.receipts.sweep();
    return kept;
  }

  #ctx(id: string): SessionContextValue {
    return this.table.obtain(id).ctx;
  }

  #applyOp(op: number, sessionId: string, payload: Payload): void {
    switch (CONTEXT_OPS[op]) {
      case "session.created": {
        const rec = this.table.obtain(sessionId);
        const ctx = rec.ctx;
        if (!ctx.known) {
          ctx.known = true;
          ctx.created_ms = BigInt(this.#now);
        }
        // The runtime emits session.created for every job it runs on a session:
        // a repeat on a finished session reopens it (SEMANTICS.md).
        if (ctx.state === "" || TERMINAL_STATES.has(ctx.state)) this.table.setState(rec, "CREATED");
        if (has(payload, "spawn_depth")) ctx.spawn_depth = int(payload, "spawn_depth");
        if (has(payload, "role")) ctx.role = str(payload, "role");
        if (has(payload, "memory_policy")) ctx.memory_policy = str(payload, "memory_policy");
        if (has(payload, "model_id")) ctx.model_id = str(payload, "model_id");
        if (has(payload, "backend")) ctx.backend = str(payload, "backend");
        return;
      }
      case "session.spawn_accepted":
        this.#accept(
          str(payload, "requester_session_id"),
          str(payload, "child_session_id"),
          payload,
        );
        return;
      case "session.state_change": {
        const to = str(payload, "to_state");
        // Out of ACTIVE for a job (COMPLETED, FAILED, CANCELLED, or BLOCKED
        // and PAUSED when it awaits the user): that job's run is over.
        if (!RUNNING_STATES.has(to)) this.#endJob(sessionId, str(payload, "job_id"));
        this.#changeState(sessionId, to);
        return;
      }
      case "session.completed":
        this.#endJob(sessionId, str(payload, "job_id"));
        this.#changeState(sessionId, "COMPLETED");
        return;
      case "session_scheduler.dispatch": {
        const ctx = this.#ctx(sessionId);
        const job = str(payload, "job_id");
        if (job !== "" && !ctx.jobs_in_flight.includes(job)) {
          ctx.jobs_in_flight = [...ctx.jobs_in_flight, job].sort();
        }
        return;
      }
      case "session_scheduler.cancelled":
      case "workflow_engine.finalization_failed":
        this.#endJob(sessionId, str(payload, "job_id"));
        return;
      case "workflow_recovery":
        // The startup scan marks a run whose heartbeat went stale `stalled`:
        // its job is no longer running (a resume, stalled -> running, is not an end).
        if (str(payload, "to_state") !== "running") this.#endJob(sessionId, str(payload, "job_id"));
        return;
      case "session.cascade_cancel":
        for (const id of strList(payload, "cancelled_session_ids")) {
          this.#endJob(id, "");
          this.#changeState(id, "CANCELLED");
        }
        return;
      case "capability.granted": {
        const ctx = this.#ctx(sessionId);
        const grants = new Set(ctx.capability_grants);
        for (const id of strList(payload, "capability_ids")) grants.add(id);
        ctx.capability_grants = [...grants].sort();
        return;
      }
      case "capability.revoked": {
        const ctx = this.#ctx(sessionId);
        const revoked = new Set(strList(payload, "capability_ids"));
        ctx.capability_grants = ctx.capability_grants.filter((id) => !revoked.has(id));
        return;
      }
      case "consent.receipt_issued": {
        const receipt = this.#makeReceipt({
          receipt_id: str(payload, "receipt_id"),
          scope: str(payload, "scope"),
          plan_hash: str(payload, "plan_hash"),
          session_ids: [...strList(payload, "session_ids")],
          valid_from_ms: timestampMs(payload, "valid_from"),
          valid_until_ms: timestampMs(payload, "valid_until"),
          revoked: false,
          uses: 0n,
        });
        this.receipts.give(receipt, this.#now);
        return;
      }
      case "consent.receipt_revoked": {
        const receipt = this.receipts.get(str(payload, "receipt_id"));
        if (receipt) receipt.revoked = true;
        return;
      }
      case "consent.scope_widened": {
        const receipt = this.receipts.get(str(payload, "receipt_id"));
        if (receipt) receipt.scope = str(payload, "to_scope");
        return;
      }
      case "model.call_started": {
        const ctx = this.#ctx(sessionId);
        ctx.model_calls_in_flight += 1n;
        // A use counts only for a cloud call by a session the receipt lists: a
        // call under someone else's receipt never uses it up (SEMANTICS.md).
        const receiptId = str(payload, "receipt_id");
        const receipt = receiptId === "" ? undefined : this.receipts.get(receiptId);
        if (
          receipt &&
          str(payload, "locality") === "cloud" &&
          receipt.session_ids.includes(sessionId)
        ) {
          receipt.uses += 1n;
        }
        return;
      }
      case "cloud_escalation_executed":
        this.#escalation(sessionId, payload);
        return;
      case "model.call_finished": {
        this.#endJob(sessionId, str(payload, "job_id"));
        const ctx = this.#ctx(sessionId);
        if (ctx.model_calls_in_flight > 0n) ctx.model_calls_in_flight -= 1n;
        return;
      }
      default:
        return;
    }
  }

  #accept(requesterId: string, childId: string, payload: Payload): void {
    const requester = this.table.obtain(requesterId);
    const child = this.table.obtain(childId);
    if (!child.ctx.known) {
      child.ctx.known = true;
      if (child.ctx.state === "") this.table.setState(child, "CREATED");
      child.ctx.created_ms = BigInt(this.#now);
    }
    const firstAcceptance = child.ctx.parent_id === "";
    child.ctx.parent_id = requesterId;
    this.table.setRoot(child, requester.ctx.root_id);
    child.ctx.spawn_depth = int(payload, "spawn_depth");
    // The runtime repeats spawn_accepted for every job of a child: count a
    // child once while it is active, and once in its ancestors' descendants.
    const parent = requester.ctx;
    if (!this.activeChildren.has(childId)) {
      this.activeChildren.set(childId, requesterId);
      parent.active_children += 1n;
      parent.active_child_ids = [...parent.active_child_ids, childId].sort();
    }
    if (!firstAcceptance) return;
    let ancestor: SessionRecord | undefined = requester;
    for (let hops = 0; ancestor !== undefined && hops < MAX_ANCESTORS; hops++) {
      ancestor.ctx.descendants += 1n;
      this.table.touch(ancestor);
      const up: string = ancestor.ctx.parent_id;
      ancestor = up === "" ? undefined : this.table.find(up);
    }
  }

  /**
   * The runtime's record of a cloud call under a validated consent bundle:
   * the receipt is known from here on (if consent.receipt_issued did not
   * introduce it) and the call is one use of it (SEMANTICS.md).
   */
  #escalation(sessionId: string, payload: Payload): void {
    const receiptId = str(payload, "consent_receipt_id");
    if (receiptId === "") return;
    let receipt = this.receipts.get(receiptId);
    if (receipt === undefined) {
      const listed = strList(payload, "session_ids");
      receipt = this.#makeReceipt({
        receipt_id: receiptId,
        scope: str(payload, "consent_scope"),
        plan_hash: "",
        session_ids: listed.length > 0 ? [...listed] : sessionId === "" ? [] : [sessionId],
        valid_from_ms: 0n,
        valid_until_ms: BigInt(Number.MAX_SAFE_INTEGER),
        revoked: false,
        uses: 0n,
      });
      this.receipts.give(receipt, this.#now);
    }
    if (receipt.session_ids.includes(sessionId)) receipt.uses += 1n;
  }

  /** A job of the session ended: drop it from jobs_in_flight (all of them when no job is named). */
  #endJob(id: string, job: string): void {
    const rec = this.table.find(id);
    if (rec === undefined || rec.ctx.jobs_in_flight.length === 0) return;
    this.table.touch(rec);
    rec.ctx.jobs_in_flight = job === "" ? [] : rec.ctx.jobs_in_flight.filter((j) => j !== job);
  }

  #changeState(id: string, to: string): void {
    const rec = this.table.obtain(id);
    if (TERMINAL_STATES.has(rec.ctx.state)) return;
    this.table.setState(rec, to);
    if (!TERMINAL_STATES.has(to)) return;
    const counted = this.activeChildren.get(id);
    if (counted === undefined) return;
    this.activeChildren.delete(id);
    const parent = this.table.find(counted);
    if (parent && parent.ctx.active_children > 0n) {
      this.table.touch(parent);
      parent.ctx.active_children -= 1n;
      parent.ctx.active_child_ids = parent.ctx.active_child_ids.filter((c) => c !== id);
    }
  }
}
