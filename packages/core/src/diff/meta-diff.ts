import { type Change, makeChange } from "./change.js";
import {
  arr,
  deepEqual,
  isObject,
  type Json,
  type JsonObject,
  magnitude,
  show,
  str,
  unionKeys,
} from "./json.js";
import type { ChangeKind } from "./policy.js";

const VOCABULARIES = ["severities", "categories", "detection_sources", "outcomes", "rules"];
/** Vocabularies whose order is meaningful (least to most severe / strict). */
const ORDERED = ["severities", "outcomes"];

/** Registry metadata: vocabularies, limits, the trigger environment, title and description. */
export function diffMeta(base: JsonObject, head: JsonObject): Change[] {
  const out: Change[] = [];
  const add = (
    kind: ChangeKind,
    subject: string,
    path: string,
    message: string,
    b?: Json,
    a?: Json,
  ) =>
    out.push(makeChange({ kind, scope: "registry", subject, path, message, before: b, after: a }));

  for (const key of unionKeys(base, head)) {
    const b = base[key];
    const a = head[key];
    if (deepEqual(b, a)) continue;
    if (VOCABULARIES.includes(key)) {
      diffVocabulary(key, arr(base, key), arr(head, key), add);
    } else if (key === "limits" && isObject(b) && isObject(a)) {
      for (const name of unionKeys(b, a)) {
        if (deepEqual(b[name], a[name])) continue;
        const x = magnitude(b[name]);
        const y = magnitude(a[name]);
        const text = `limit ${name} ${show(b[name])} → ${show(a[name])}`;
        if (x !== undefined && y !== undefined)
          add(y < x ? "limits.lowered" : "limits.raised", "limits", name, text, b[name], a[name]);
        else
          add(
            b[name] === undefined ? "limits.raised" : "limits.lowered",
            "limits",
            name,
            text,
            b[name],
            a[name],
          );
      }
    } else if (key === "environment") {
      const kind = deepEqual(withoutDescriptions(b), withoutDescriptions(a))
        ? "environment.text"
        : "environment.changed";
      add(
        kind,
        "environment",
        "environment",
        kind === "environment.text"
          ? "trigger environment descriptions changed"
          : "trigger environment types or variables changed",
      );
    } else if (key === "title" || key === "description") {
      add("metadata.text", "metadata", key, `registry ${key} changed`);
    } else {
      add("metadata.other", "metadata", key, `registry ${key}: ${show(b)} → ${show(a)}`, b, a);
    }
  }
  return out;
}

type Add = (
  kind: ChangeKind,
  subject: string,
  path: string,
  message: string,
  b?: Json,
  a?: Json,
) => void;

function diffVocabulary(
  key: string,
  before: readonly Json[],
  after: readonly Json[],
  add: Add,
): void {
  const ids = (list: readonly Json[]) =>
    list.map((i) => str(i, "id")).filter((i): i is string => i !== undefined);
  const bi = ids(before);
  const ai = ids(after);
  const byId = (list: readonly Json[]) =>
    new Map(list.filter(isObject).map((i) => [str(i, "id") ?? "", i]));
  const bm = byId(before);
  const am = byId(after);
  for (const id of ai) if (!bm.has(id)) add("vocabulary.added", key, id, `${key}: ${id} added`);
  for (const id of bi) if (!am.has(id)) add("vocabulary.removed", key, id, `${key}: ${id} removed`);
  if (ORDERED.includes(key)) {
    const common = (list: string[], other: Map<string, JsonObject>) =>
      list.filter((id) => other.has(id));
    const cb = common(bi, am);
    const ca = common(ai, bm);
    if (!deepEqual(cb, ca))
      add(
        "vocabulary.reordered",
        key,
        "order",
        `${key} order ${cb.join(" < ")} → ${ca.join(" < ")}`,
        cb,
        ca,
      );
  }
  for (const [id, b] of bm) {
    const a = am.get(id);
    if (!a || deepEqual(b, a)) continue;
    for (const k of unionKeys(b, a)) {
      if (deepEqual(b[k], a[k])) continue;
      const kind = k === "title" || k === "description" ? "vocabulary.text" : "metadata.other";
      add(kind, key, `${id}.${k}`, `${key}: ${id} ${k} ${show(b[k])} → ${show(a[k])}`, b[k], a[k]);
    }
  }
}

function withoutDescriptions(value: Json | undefined): Json | undefined {
  if (Array.isArray(value)) return value.map((v) => withoutDescriptions(v) ?? null);
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value))
    if (k !== "description") out[k] = withoutDescriptions(v) ?? null;
  return out;
}
