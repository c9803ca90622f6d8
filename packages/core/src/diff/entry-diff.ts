import { type Change, makeChange } from "./change.js";
import { diffEnforcement } from "./enforcement-diff.js";
import {
  arr,
  deepEqual,
  field,
  isObject,
  type Json,
  type JsonObject,
  obj,
  show,
  str,
  unionKeys,
} from "./json.js";
import { diffParams } from "./params-diff.js";
import type { ChangeKind } from "./policy.js";
import { statusOf, vocabularyIds } from "./view.js";

/** Context the entry diff needs from the head registry. */
export interface EntryDiffContext {
  /** Severity ids, least to most severe (head registry's order). */
  readonly severities: readonly string[];
  /** Outcome ids, least to most strict (head registry's order). */
  readonly outcomes: readonly string[];
}

export function entryContext(meta: JsonObject): EntryDiffContext {
  return {
    severities: vocabularyIds(meta, "severities"),
    outcomes: vocabularyIds(meta, "outcomes"),
  };
}

const TEXT_FIELDS = ["title", "summary", "description", "tags"];
/** Keys the diff handles itself (or ignores: `file` is where the loader read it). */
const HANDLED = new Set([
  "id",
  "file",
  "slug",
  "category",
  "severity",
  "status",
  "replaced_by",
  "detection",
  "trigger",
  "params",
  "enforcement",
  "evidence",
  "references",
  "examples",
  ...TEXT_FIELDS,
]);

/** Every change between two versions of the same live entry. */
export function diffEntry(
  id: string,
  before: JsonObject,
  after: JsonObject,
  ctx: EntryDiffContext,
): Change[] {
  const status = statusOf(before);
  const out: Change[] = [];
  const add = (kind: ChangeKind, path: string, message: string, b?: Json, a?: Json) =>
    out.push(
      makeChange({ kind, scope: "entry", subject: id, path, message, status, before: b, after: a }),
    );
  const changed = (key: string) => !deepEqual(before[key], after[key]);

  if (changed("slug"))
    add(
      "slug.changed",
      "slug",
      `slug ${show(before.slug)} → ${show(after.slug)}`,
      before.slug,
      after.slug,
    );
  for (const key of TEXT_FIELDS) {
    if (changed(key)) add("text.changed", key, `${key} changed`, before[key], after[key]);
  }
  if (changed("category")) {
    add(
      "category.changed",
      "category",
      `category ${show(before.category)} → ${show(after.category)}`,
      before.category,
      after.category,
    );
  }

  // Severity, by the registry's order.
  if (changed("severity")) {
    const b = str(before, "severity") ?? "";
    const a = str(after, "severity") ?? "";
    const raised = ctx.severities.indexOf(a) > ctx.severities.indexOf(b);
    add(raised ? "severity.raised" : "severity.lowered", "severity", `severity ${b} → ${a}`, b, a);
  }

  // Status and replacement.
  const sb = statusOf(before);
  const sa = statusOf(after);
  if (sb !== sa) {
    const kind =
      sa === "deprecated"
        ? "status.deprecated"
        : sb === "experimental" && sa === "stable"
          ? "status.promoted"
          : "status.changed";
    const rb = str(after, "replaced_by");
    add(
      kind,
      "status",
      `status ${sb ?? "?"} → ${sa ?? "?"}${kind === "status.deprecated" && rb ? ` (replaced by ${rb})` : ""}`,
      sb,
      sa,
    );
  }
  if (
    changed("replaced_by") &&
    !(sa === "deprecated" && sb !== "deprecated") &&
    after.replaced_by !== undefined
  ) {
    add(
      "replaced_by.changed",
      "replaced_by",
      `replaced_by ${show(before.replaced_by)} → ${show(after.replaced_by)}`,
      before.replaced_by,
      after.replaced_by,
    );
  }

  // Detection: sources and event types matter; descriptions are text.
  if (changed("detection")) {
    const shape = (e: JsonObject) =>
      arr(e, "detection").map((d) => ({
        source: field(d, "source") ?? null,
        events: field(d, "events") ?? null,
      }));
    if (!deepEqual(shape(before), shape(after))) {
      add(
        "detection.changed",
        "detection",
        `detection ${detectionText(before)} → ${detectionText(after)}`,
      );
    } else {
      add("text.changed", "detection.description", "detection descriptions changed");
    }
  }

  // Trigger: one change per part (on, condition, window.*).
  if (changed("trigger")) {
    const tb = obj(before, "trigger");
    const ta = obj(after, "trigger");
    for (const key of unionKeys(tb, ta)) {
      if (deepEqual(tb[key], ta[key])) continue;
      if (key === "window" && isObject(tb.window) && isObject(ta.window)) {
        for (const wk of unionKeys(tb.window, ta.window)) {
          if (!deepEqual(tb.window[wk], ta.window[wk])) {
            add(
              "trigger.changed",
              `trigger.window.${wk}`,
              `trigger window ${wk}: ${show(tb.window[wk])} → ${show(ta.window[wk])}`,
              tb.window[wk],
              ta.window[wk],
            );
          }
        }
      } else {
        add(
          "trigger.changed",
          `trigger.${key}`,
          `trigger ${key}: ${show(tb[key])} → ${show(ta[key])}`,
          tb[key],
          ta[key],
        );
      }
    }
  }

  out.push(...diffParams(id, obj(before, "params"), obj(after, "params"), status));
  out.push(...diffEnforcement(id, before, after, ctx.outcomes, status));

  // Evidence: recorded fields and source event types matter; `why` is text.
  if (changed("evidence")) {
    const shape = (e: JsonObject) => ({
      record: field(obj(e, "evidence"), "record") ?? [],
      // An event type and its accepted alternatives, as one requirement.
      source_events: arr(obj(e, "evidence"), "source_events").map((s) =>
        [field(s, "event_type"), ...((field(s, "or_event_types") as unknown[] | undefined) ?? [])]
          .filter((t) => t !== undefined)
          .join(" | "),
      ),
    });
    if (!deepEqual(shape(before), shape(after))) {
      const b = shape(before);
      const a = shape(after);
      const parts = [
        deepEqual(b.record, a.record) ? "" : `record ${show(b.record)} → ${show(a.record)}`,
        deepEqual(b.source_events, a.source_events)
          ? ""
          : `source events ${show(b.source_events)} → ${show(a.source_events)}`,
      ].filter(Boolean);
      add("evidence.changed", "evidence", `evidence ${parts.join(", ")}`);
    } else {
      add("text.changed", "evidence.why", "evidence explanations changed");
    }
  }

  if (changed("references"))
    add(
      "references.changed",
      "references",
      "references changed",
      before.references,
      after.references,
    );
  if (changed("examples")) add("examples.changed", "examples", "examples changed");

  for (const key of unionKeys(before, after)) {
    if (!HANDLED.has(key) && changed(key)) {
      add(
        "entry.other",
        key,
        `${key}: ${show(before[key])} → ${show(after[key])}`,
        before[key],
        after[key],
      );
    }
  }
  return out;
}

function detectionText(entry: JsonObject): string {
  return arr(entry, "detection")
    .map((d) => `${str(d, "source") ?? "?"}[${arr(d, "events").join(", ")}]`)
    .join(" ");
}
