import { parseTimestamp } from "../input/timestamp.js";
import type { ConsentReceiptValue, SessionContextValue } from "./session-context.js";
import { RUNNING_STATES, TERMINAL_STATES, unknownSession } from "./session-context.js";

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

/** A session's context and the evidence-relevant event types it has produced. */
interface SessionRecord {
  readonly ctx: SessionContextValue;
  seen: Uint32Array | undefined;
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
 * Every session the log has touched, by id, and the consent receipts by id.
 * Memory grows with the sessions of the log (not its length); receipts are
 * shared objects, so revoking or using one shows in every session that lists it.
 */
export class SessionStore {
  readonly #sessions = new Map<string, SessionRecord>();
  /** One-entry cache: an event's session is looked up to evaluate, to apply and to mark seen. */
  #lastId: string | undefined = undefined;
  #last: SessionRecord | undefined = undefined;
  readonly #receipts = new Map<string, ConsentReceiptValue>();
  /** Children counted in a parent's active_children: child id → the parent counting it. */
  readonly #activeChildren = new Map<string, string>();
  readonly #makeSession: (fields: SessionContextValue) => SessionContextValue;
  readonly #makeReceipt: (fields: ConsentReceiptValue) => ConsentReceiptValue;
  readonly #empty: SessionContextValue;

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
    this.#empty = Object.freeze(makeSession(unknownSession(""))) as SessionContextValue;
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** The context of a session for reading; an unknown id reads as `known: false`. */
  get(id: string): SessionContextValue {
    if (id === "") return this.#empty;
    return this.#find(id)?.ctx ?? this.#makeSession(unknownSession(id));
  }

  /** The stored context, if the log touched the session. */
  peek(id: string): SessionContextValue | undefined {
    return this.#find(id)?.ctx;
  }

  /** Marks that the session produced an event of the type with this bit (SeenEvents). */
  markSeen(id: string, bit: number, words: number): void {
    const rec = this.#find(id) ?? this.#create(id);
    if (rec.seen === undefined) rec.seen = new Uint32Array(words);
    rec.seen[bit >>> 5] = (rec.seen[bit >>> 5] as number) | (1 << (bit & 31));
  }

  /** Whether the session produced an event of the type with this bit. */
  hasSeen(id: string, bit: number): boolean {
    const seen = this.#find(id)?.seen;
    return seen !== undefined && ((seen[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  #find(id: string): SessionRecord | undefined {
    if (id === this.#lastId) return this.#last;
    const rec = this.#sessions.get(id);
    if (rec !== undefined) {
      this.#lastId = id;
      this.#last = rec;
    }
    return rec;
  }

  #create(id: string): SessionRecord {
    const rec: SessionRecord = { ctx: this.#makeSession(unknownSession(id)), seen: undefined };
    this.#sessions.set(id, rec);
    this.#lastId = id;
    this.#last = rec;
    return rec;
  }

  #record(id: string): SessionContextValue {
    let ctx = this.#find(id)?.ctx;
    if (ctx === undefined) {
      ctx = this.#create(id).ctx;
    }
    return ctx;
  }

  /** Applies a valid event to the context (SEMANTICS.md step 3). */
  apply(eventType: string, sessionId: string, timeMs: number, payload: Payload): void {
    this.applyOp(contextOp(eventType), sessionId, timeMs, payload);
  }

  /** `apply` with the event type's operation code from `contextOp`. */
  applyOp(op: number, sessionId: string, timeMs: number, payload: Payload): void {
    if (op < 0) return;
    switch (CONTEXT_OPS[op]) {
      case "session.created": {
        const ctx = this.#record(sessionId);
        if (!ctx.known) {
          ctx.known = true;
          ctx.created_ms = BigInt(timeMs);
        }
        // The runtime emits session.created for every job it runs on a session:
        // a repeat on a finished session reopens it (SEMANTICS.md).
        if (ctx.state === "" || TERMINAL_STATES.has(ctx.state)) ctx.state = "CREATED";
        if (has(payload, "spawn_depth")) ctx.spawn_depth = int(payload, "spawn_depth");
        if (has(payload, "role")) ctx.role = str(payload, "role");
        if (has(payload, "memory_policy")) ctx.memory_policy = str(payload, "memory_policy");
        if (has(payload, "model_id")) ctx.model_id = str(payload, "model_id");
        if (has(payload, "backend")) ctx.backend = str(payload, "backend");
        return;
      }
      case "session.spawn_accepted": {
        const requesterId = str(payload, "requester_session_id");
        const childId = str(payload, "child_session_id");
        const requester = this.#record(requesterId);
        const child = this.#record(childId);
        if (!child.known) {
          child.known = true;
          if (child.state === "") child.state = "CREATED";
          child.created_ms = BigInt(timeMs);
        }
        const firstAcceptance = child.parent_id === "";
        child.parent_id = requesterId;
        child.root_id = requester.root_id;
        child.spawn_depth = int(payload, "spawn_depth");
        // The runtime repeats spawn_accepted for every job of a child: count a
        // child once while it is active, and once in its ancestors' descendants.
        if (!this.#activeChildren.has(childId)) {
          this.#activeChildren.set(childId, requesterId);
          requester.active_children += 1n;
          requester.active_child_ids = [...requester.active_child_ids, childId].sort();
        }
        if (!firstAcceptance) return;
        let ancestor: SessionContextValue | undefined = requester;
        for (let hops = 0; ancestor !== undefined && hops < MAX_ANCESTORS; hops++) {
          ancestor.descendants += 1n;
          ancestor = ancestor.parent_id === "" ? undefined : this.#find(ancestor.parent_id)?.ctx;
        }
        return;
      }
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
        const ctx = this.#record(sessionId);
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
        const ctx = this.#record(sessionId);
        const grants = new Set(ctx.capability_grants);
        for (const id of strList(payload, "capability_ids")) grants.add(id);
        ctx.capability_grants = [...grants].sort();
        return;
      }
      case "capability.revoked": {
        const ctx = this.#record(sessionId);
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
        this.#receipts.set(receipt.receipt_id, receipt);
        for (const id of new Set(receipt.session_ids)) {
          const ctx = this.#record(id);
          ctx.consent_receipts = [...ctx.consent_receipts, receipt];
        }
        return;
      }
      case "consent.receipt_revoked": {
        const receipt = this.#receipts.get(str(payload, "receipt_id"));
        if (receipt) receipt.revoked = true;
        return;
      }
      case "consent.scope_widened": {
        const receipt = this.#receipts.get(str(payload, "receipt_id"));
        if (receipt) receipt.scope = str(payload, "to_scope");
        return;
      }
      case "model.call_started": {
        const ctx = this.#record(sessionId);
        ctx.model_calls_in_flight += 1n;
        // A use counts only for a cloud call by a session the receipt lists: a
        // call under someone else's receipt never uses it up (SEMANTICS.md).
        const receiptId = str(payload, "receipt_id");
        const receipt = receiptId === "" ? undefined : this.#receipts.get(receiptId);
        if (
          receipt &&
          str(payload, "locality") === "cloud" &&
          receipt.session_ids.includes(sessionId)
        ) {
          receipt.uses += 1n;
        }
        return;
      }
      case "cloud_escalation_executed": {
        // The runtime's record of a cloud call under a validated consent bundle:
        // the receipt is known from here on (if consent.receipt_issued did not
        // introduce it) and the call is one use of it (SEMANTICS.md).
        const receiptId = str(payload, "consent_receipt_id");
        if (receiptId === "") return;
        let receipt = this.#receipts.get(receiptId);
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
          this.#receipts.set(receiptId, receipt);
          for (const id of new Set(receipt.session_ids)) {
            const ctx = this.#record(id);
            ctx.consent_receipts = [...ctx.consent_receipts, receipt];
          }
        }
        if (receipt.session_ids.includes(sessionId)) receipt.uses += 1n;
        return;
      }
      case "model.call_finished": {
        this.#endJob(sessionId, str(payload, "job_id"));
        const ctx = this.#record(sessionId);
        if (ctx.model_calls_in_flight > 0n) ctx.model_calls_in_flight -= 1n;
        return;
      }
      default:
        return;
    }
  }

  /** A job of the session ended: drop it from jobs_in_flight (all of them when no job is named). */
  #endJob(id: string, job: string): void {
    const ctx = this.#find(id)?.ctx;
    if (ctx === undefined || ctx.jobs_in_flight.length === 0) return;
    ctx.jobs_in_flight = job === "" ? [] : ctx.jobs_in_flight.filter((j) => j !== job);
  }

  #changeState(id: string, to: string): void {
    const ctx = this.#record(id);
    if (TERMINAL_STATES.has(ctx.state)) return;
    ctx.state = to;
    if (!TERMINAL_STATES.has(to)) return;
    const counted = this.#activeChildren.get(id);
    if (counted === undefined) return;
    this.#activeChildren.delete(id);
    const parent = this.#find(counted)?.ctx;
    if (parent && parent.active_children > 0n) {
      parent.active_children -= 1n;
      parent.active_child_ids = parent.active_child_ids.filter((c) => c !== id);
    }
  }
}
