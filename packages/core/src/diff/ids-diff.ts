import { type Change, makeChange } from "./change.js";
import { deepEqual, type JsonObject, show, str, unionKeys } from "./json.js";
import { type RegistryView, statusOf } from "./view.js";

/**
 * Ids coming and going: added, retired, removed (error), reused (error),
 * renamed (error), and tombstones. Returns the changes and the ids live on both
 * sides, whose fields the entry diff compares.
 */
export function diffIds(
  base: RegistryView,
  head: RegistryView,
): { changes: Change[]; common: string[] } {
  const changes: Change[] = [];
  const common: string[] = [];
  const entry = (
    subject: string,
    init: Omit<Parameters<typeof makeChange>[0], "scope" | "subject">,
  ) => changes.push(makeChange({ scope: "entry", subject, ...init }));

  // Live in the head but tombstoned in either registry: never reused.
  for (const id of head.entries.keys()) {
    if (base.retired.has(id) || head.retired.has(id)) {
      entry(id, {
        kind: "entry.reused",
        path: "id",
        message: `${id} is retired (retired.yaml) and must never be live again: give the entry the next free id`,
      });
    }
  }

  // Vanished ids: renamed when their slug (or title) reappears under a new id, else removed.
  const newIds = [...head.entries.keys()].filter(
    (id) => !base.entries.has(id) && !base.retired.has(id),
  );
  const renamedTo = new Set<string>();
  for (const [id, before] of base.entries) {
    if (head.entries.has(id)) {
      common.push(id);
      continue;
    }
    if (head.retired.has(id)) continue; // retired below
    const slug = str(before, "slug");
    // The same slug, or failing that the same title, under a new id.
    const title = str(before, "title");
    const successor =
      newIds.find((n) => slug !== undefined && str(head.entries.get(n), "slug") === slug) ??
      newIds.find((n) => title !== undefined && str(head.entries.get(n), "title") === title);
    if (successor) {
      renamedTo.add(successor);
      entry(id, {
        kind: "entry.renamed",
        path: "id",
        before: id,
        after: successor,
        message: `${id} (${slug}) reappears as ${successor} (same ${str(head.entries.get(successor), "slug") === slug ? "slug" : "title"}): ids are never renamed; keep ${id}, or retire it in retired.yaml with replaced_by: ${successor}`,
      });
    } else {
      entry(id, {
        kind: "entry.removed",
        path: "id",
        before: id,
        message: `${id} (${slug ?? "?"}) was removed without a tombstone: add it to registry/retired.yaml (id, slug, title, retired_in, reason)`,
      });
    }
  }

  for (const id of newIds) {
    if (renamedTo.has(id)) continue;
    const e = head.entries.get(id);
    entry(id, {
      kind: "entry.added",
      path: "id",
      message: `new entry: ${str(e, "title") ?? id} (${str(e, "status") ?? "?"}, ${str(e, "severity") ?? "?"})`,
    });
  }

  // Tombstones.
  for (const [id, tomb] of head.retired) {
    const before = base.retired.get(id);
    if (before) {
      if (!deepEqual(before, tomb)) tombstoneText(id, before, tomb, changes);
      continue;
    }
    const was = base.entries.get(id);
    if (was) {
      entry(id, {
        kind: "entry.retired",
        path: "status",
        status: statusOf(was),
        before: statusOf(was),
        after: "retired",
        message: `retired (was ${statusOf(was) ?? "live"}): ${str(tomb, "reason") ?? ""}`.trim(),
      });
    } else {
      entry(id, {
        kind: "tombstone.added",
        path: "retired",
        message: `tombstone for an id never released: ${str(tomb, "reason") ?? ""}`.trim(),
      });
    }
  }
  for (const id of base.retired.keys()) {
    if (!head.retired.has(id)) {
      entry(id, {
        kind: "tombstone.removed",
        path: "retired",
        message: `${id}'s tombstone left retired.yaml: tombstones are permanent, restore it`,
      });
    }
  }
  return { changes, common };
}

function tombstoneText(id: string, before: JsonObject, after: JsonObject, out: Change[]): void {
  for (const key of unionKeys(before, after)) {
    if (deepEqual(before[key], after[key])) continue;
    out.push(
      makeChange({
        kind: "tombstone.text",
        scope: "entry",
        subject: id,
        path: `retired.${key}`,
        before: before[key],
        after: after[key],
        message: `tombstone ${key}: ${show(before[key])} → ${show(after[key])}`,
      }),
    );
  }
}
