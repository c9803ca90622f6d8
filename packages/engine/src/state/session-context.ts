/**
 * The session context triggers read as `session`, `parent` and `root`
 * (registry/environment.yaml, SessionContext), kept in the values CEL reads
 * directly: ints are bigints, lists are arrays. Built only from events
 * (SEMANTICS.md, "Session context").
 */
export interface ConsentReceiptValue {
  receipt_id: string;
  scope: string;
  plan_hash: string;
  session_ids: string[];
  valid_from_ms: bigint;
  valid_until_ms: bigint;
  revoked: boolean;
  uses: bigint;
}

export interface SessionContextValue {
  known: boolean;
  id: string;
  parent_id: string;
  root_id: string;
  spawn_depth: bigint;
  role: string;
  state: string;
  memory_policy: string;
  model_id: string;
  backend: string;
  active_children: bigint;
  active_child_ids: string[];
  model_calls_in_flight: bigint;
  jobs_in_flight: string[];
  descendants: bigint;
  capability_grants: string[];
  consent_receipts: ConsentReceiptValue[];
  created_ms: bigint;
}

/** A context as the environment describes an unknown session: ids set, the rest zero. */
export function unknownSession(id: string): SessionContextValue {
  return {
    known: false,
    id,
    parent_id: "",
    root_id: id,
    spawn_depth: 0n,
    role: "",
    state: "",
    memory_policy: "",
    model_id: "",
    backend: "",
    active_children: 0n,
    active_child_ids: [],
    model_calls_in_flight: 0n,
    jobs_in_flight: [],
    descendants: 0n,
    capability_grants: [],
    consent_receipts: [],
    created_ms: 0n,
  };
}

export const TERMINAL_STATES: ReadonlySet<string> = new Set(["COMPLETED", "FAILED", "CANCELLED"]);

/** States in which a session's dispatched job is still running: CREATED for the next job's record, ACTIVE while it runs. */
export const RUNNING_STATES: ReadonlySet<string> = new Set(["CREATED", "ACTIVE"]);
