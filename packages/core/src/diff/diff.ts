import { type BumpOrNone, maxBump } from "./bump.js";
import { type Change, compareChanges } from "./change.js";
import { diffEntry, entryContext } from "./entry-diff.js";
import { diffEvents } from "./events-diff.js";
import { diffIds } from "./ids-diff.js";
import { diffMeta } from "./meta-diff.js";
import { viewOf } from "./view.js";

/** The compatibility report between two registries. */
export interface RegistryDiff {
  /** Every change, sorted: entries by id, then event types, then metadata. */
  readonly changes: readonly Change[];
  /** The largest bump any change requires ("none" when nothing changed). */
  readonly required: BumpOrNone;
  /** The changes refused whatever the bump (removed, reused, renamed ids; dropped tombstones). */
  readonly errors: readonly Change[];
}

/**
 * Compares two canonical registries (`canonicalRegistry(...)` output or release
 * snapshots; version, content_hash and history are ignored) and classifies each
 * change with the policy table (`POLICY`).
 */
export function diffRegistries(base: unknown, head: unknown): RegistryDiff {
  if (base === null) return initialRelease(head);
  const b = viewOf(base);
  const h = viewOf(head);
  const ids = diffIds(b, h);
  const ctx = entryContext(h.meta);
  const changes: Change[] = [...ids.changes];
  for (const id of ids.common) {
    const before = b.entries.get(id);
    const after = h.entries.get(id);
    if (before && after) changes.push(...diffEntry(id, before, after, ctx));
  }
  changes.push(...diffEvents(b, h), ...diffMeta(b.meta, h.meta));
  changes.sort(compareChanges);
  return {
    changes,
    required: maxBump(changes.map((c) => c.bump)),
    errors: changes.filter((c) => c.error),
  };
}

/**
 * The first release (no earlier snapshot; `diffRegistries(null, head)`): every
 * entry is `entry.added` and every tombstone `tombstone.added`. The event
 * catalog and metadata are new as a whole and not listed item by item.
 */
function initialRelease(head: unknown): RegistryDiff {
  const h = viewOf(head);
  const empty = viewOf({});
  const changes = diffIds(empty, h).changes.sort(compareChanges);
  return {
    changes,
    required: maxBump(changes.map((c) => c.bump)),
    errors: changes.filter((c) => c.error),
  };
}
