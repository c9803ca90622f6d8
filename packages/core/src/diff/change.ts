import type { Bump } from "./bump.js";
import type { Json } from "./json.js";
import { bumpFor, type ChangeKind, type EntryStatus, policyFor } from "./policy.js";

/** What a change is about: an entry (by id), an event type, or the registry's metadata. */
export type ChangeScope = "entry" | "event" | "registry";

/** One difference between two registries, with the bump the policy requires for it. */
export interface Change {
  readonly kind: ChangeKind;
  readonly scope: ChangeScope;
  /** The entry id (SAP-NNN), the event type, or the metadata section. */
  readonly subject: string;
  /** Where in the subject, dotted (`severity`, `params.window.default`, `tiers`). */
  readonly path: string;
  readonly bump: Bump;
  /** True when the change is refused whatever the bump (removed, reused or renamed id). */
  readonly error: boolean;
  /** One line a reviewer reads. */
  readonly message: string;
  readonly before?: Json;
  readonly after?: Json;
}

export interface ChangeInit {
  readonly kind: ChangeKind;
  readonly scope: ChangeScope;
  readonly subject: string;
  readonly path: string;
  readonly message: string;
  /** The entry's status in the base registry (relaxes some bumps). */
  readonly status?: EntryStatus | undefined;
  readonly before?: Json | undefined;
  readonly after?: Json | undefined;
}

/** A change with its bump looked up in the policy table. */
export function makeChange(init: ChangeInit): Change {
  const row = policyFor(init.kind);
  const change: Change = {
    kind: init.kind,
    scope: init.scope,
    subject: init.subject,
    path: init.path,
    bump: bumpFor(init.kind, init.status),
    error: row.error === true,
    message: init.message,
    ...(init.before !== undefined ? { before: init.before } : {}),
    ...(init.after !== undefined ? { after: init.after } : {}),
  };
  return change;
}

const SCOPE_ORDER: Readonly<Record<ChangeScope, number>> = { entry: 0, event: 1, registry: 2 };

/** Deterministic order: entries by id, then events by type, then metadata; within a subject by path. */
export function compareChanges(a: Change, b: Change): number {
  return (
    SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope] ||
    cmp(a.subject, b.subject) ||
    cmp(a.path, b.path) ||
    cmp(a.kind, b.kind) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
