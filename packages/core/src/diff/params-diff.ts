import { type Change, makeChange } from "./change.js";
import {
  deepEqual,
  isObject,
  type Json,
  type JsonObject,
  magnitude,
  show,
  unionKeys,
} from "./json.js";
import type { ChangeKind, EntryStatus } from "./policy.js";

const KNOWN = new Set(["type", "default", "min", "max", "unit", "description"]);

/** Parameter changes: added, removed, type, default, bounds narrowed/widened, text. */
export function diffParams(
  id: string,
  before: JsonObject,
  after: JsonObject,
  status: EntryStatus | undefined,
): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, path: string, message: string, b?: Json, a?: Json) =>
    out.push(
      makeChange({ kind, scope: "entry", subject: id, path, message, status, before: b, after: a }),
    );

  for (const name of unionKeys(before, after)) {
    const b = before[name];
    const a = after[name];
    const path = `params.${name}`;
    if (!isObject(b) && isObject(a)) {
      add(
        "param.added",
        path,
        `param ${name} added (default ${show(a.default)})`,
        undefined,
        a.default,
      );
      continue;
    }
    if (isObject(b) && !isObject(a)) {
      add(
        "param.removed",
        path,
        `param ${name} removed: deployment overrides naming it become errors`,
        b.default,
      );
      continue;
    }
    if (!isObject(b) || !isObject(a)) continue;
    if (!deepEqual(b.type, a.type)) {
      add(
        "param.type",
        `${path}.type`,
        `param ${name} type ${show(b.type)} → ${show(a.type)}`,
        b.type,
        a.type,
      );
      continue;
    }
    if (!sameValue(b.default, a.default)) {
      add(
        "param.default",
        `${path}.default`,
        `param ${name} default ${show(b.default)} → ${show(a.default)}`,
        b.default,
        a.default,
      );
    }
    const bounds = compareBounds(b, a);
    if (bounds !== "same") {
      const text = `param ${name} bounds ${range(b)} → ${range(a)}`;
      add(
        bounds === "narrowed" ? "param.bounds.narrowed" : "param.bounds.widened",
        `${path}.bounds`,
        text,
        range(b),
        range(a),
      );
    }
    for (const key of ["unit", "description"]) {
      if (!deepEqual(b[key], a[key]))
        add("param.text", `${path}.${key}`, `param ${name} ${key} changed`, b[key], a[key]);
    }
    for (const key of unionKeys(b, a)) {
      if (!KNOWN.has(key) && !deepEqual(b[key], a[key])) {
        add(
          "entry.other",
          `${path}.${key}`,
          `param ${name} ${key}: ${show(b[key])} → ${show(a[key])}`,
          b[key],
          a[key],
        );
      }
    }
  }
  return out;
}

function sameValue(a: Json | undefined, b: Json | undefined): boolean {
  const x = magnitude(a);
  const y = magnitude(b);
  return x !== undefined && y !== undefined ? x === y : deepEqual(a, b);
}

function range(p: JsonObject): string {
  return `${p.min === undefined ? "-∞" : show(p.min)}..${p.max === undefined ? "∞" : show(p.max)}`;
}

/** Narrowed when any accepted value is no longer accepted; widened when only new values are accepted. */
function compareBounds(b: JsonObject, a: JsonObject): "same" | "narrowed" | "widened" {
  const lo = cmpBound(magnitude(b.min), magnitude(a.min), Number.NEGATIVE_INFINITY);
  const hi = cmpBound(magnitude(b.max), magnitude(a.max), Number.POSITIVE_INFINITY);
  // lo > 0: the lower bound rose (narrower); hi < 0: the upper bound fell (narrower).
  if (lo > 0 || hi < 0) return "narrowed";
  if (lo < 0 || hi > 0) return "widened";
  return "same";
}

function cmpBound(before: number | undefined, after: number | undefined, open: number): number {
  return Math.sign((after ?? open) - (before ?? open));
}
