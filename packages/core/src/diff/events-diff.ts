import { type Change, makeChange } from "./change.js";
import {
  arr,
  deepEqual,
  isObject,
  type Json,
  type JsonObject,
  obj,
  show,
  str,
  strings,
  unionKeys,
} from "./json.js";
import type { ChangeKind } from "./policy.js";
import type { RegistryView } from "./view.js";

/** Event catalog changes: types added/removed, payload fields added/removed/retyped/tightened, text. */
export function diffEvents(base: RegistryView, head: RegistryView): Change[] {
  const out: Change[] = [];
  const users = eventUsers(base);
  for (const type of unionKeys(Object.fromEntries(base.events), Object.fromEntries(head.events))) {
    const b = base.events.get(type);
    const a = head.events.get(type);
    const add = (kind: ChangeKind, path: string, message: string, bv?: Json, av?: Json) =>
      out.push(
        makeChange({ kind, scope: "event", subject: type, path, message, before: bv, after: av }),
      );
    const usedBy = users.get(type);
    const note = usedBy?.length ? ` (used by ${usedBy.join(", ")})` : "";
    if (!b && a) {
      add(
        "event.added",
        "event_type",
        `new event type ${type}${str(a, "title") ? `: ${str(a, "title")}` : ""}`,
      );
      continue;
    }
    if (b && !a) {
      add("event.removed", "event_type", `event type ${type} removed${note}`);
      continue;
    }
    if (!b || !a || deepEqual(b, a)) continue;

    if (!deepEqual(b.session_field, a.session_field)) {
      add(
        "event.session_field",
        "session_field",
        `session_field ${show(b.session_field)} → ${show(a.session_field)}`,
        b.session_field,
        a.session_field,
      );
    }
    const pb = obj(b, "payload");
    const pa = obj(a, "payload");
    for (const name of unionKeys(pb, pa)) {
      const fb = pb[name];
      const fa = pa[name];
      const path = `payload.${name}`;
      const fieldUsers = fieldUsersOf(base, type, name);
      const fnote = fieldUsers.length ? ` (read by ${fieldUsers.join(", ")})` : "";
      if (!isObject(fb) && isObject(fa)) {
        const optional = fa.optional === true;
        add(
          optional ? "event.field.added.optional" : "event.field.added.required",
          path,
          `${optional ? "optional" : "required"} payload field ${name} added`,
        );
        continue;
      }
      if (isObject(fb) && !isObject(fa)) {
        add("event.field.removed", path, `payload field ${name} removed${fnote}`);
        continue;
      }
      if (!isObject(fb) || !isObject(fa)) continue;
      if (!deepEqual(fb.type, fa.type)) {
        add(
          "event.field.type",
          `${path}.type`,
          `payload field ${name} type ${show(fb.type)} → ${show(fa.type)}${fnote}`,
          fb.type,
          fa.type,
        );
        continue;
      }
      const tighter: string[] = [];
      const looser: string[] = [];
      const ob = fb.optional === true;
      const oa = fa.optional === true;
      if (ob && !oa) tighter.push("optional → required");
      if (!ob && oa) looser.push("required → optional");
      const eb = fb.enum === undefined ? undefined : strings(fb.enum);
      const ea = fa.enum === undefined ? undefined : strings(fa.enum);
      if (!deepEqual(eb, ea)) {
        const lost =
          eb === undefined
            ? ["(any)"]
            : (eb ?? []).filter((v) => !ea?.includes(v) && ea !== undefined);
        const gained =
          ea === undefined ? ["(any)"] : ea.filter((v) => !eb?.includes(v) && eb !== undefined);
        if (lost.length) tighter.push(`enum loses ${lost.join(", ")}`);
        if (gained.length) looser.push(`enum gains ${gained.join(", ")}`);
      }
      const mb = typeof fb.minimum === "number" ? fb.minimum : Number.NEGATIVE_INFINITY;
      const ma = typeof fa.minimum === "number" ? fa.minimum : Number.NEGATIVE_INFINITY;
      if (ma > mb) tighter.push(`minimum ${show(fb.minimum)} → ${show(fa.minimum)}`);
      if (ma < mb) looser.push(`minimum ${show(fb.minimum)} → ${show(fa.minimum)}`);
      if (tighter.length)
        add("event.field.stricter", path, `payload field ${name}: ${tighter.join("; ")}`);
      if (looser.length)
        add("event.field.looser", path, `payload field ${name}: ${looser.join("; ")}`);
      if (!deepEqual(fb.description, fa.description))
        add("event.text", `${path}.description`, `payload field ${name} description changed`);
      for (const key of unionKeys(fb, fa)) {
        if (
          !["type", "optional", "enum", "minimum", "description"].includes(key) &&
          !deepEqual(fb[key], fa[key])
        ) {
          add(
            "event.field.stricter",
            `${path}.${key}`,
            `payload field ${name} ${key}: ${show(fb[key])} → ${show(fa[key])}`,
          );
        }
      }
    }
    diffRuntimeRecord(obj(b, "runtime"), obj(a, "runtime"), add);
    for (const key of unionKeys(b, a)) {
      if (
        key === "payload" ||
        key === "session_field" ||
        key === "event_type" ||
        key === "file" ||
        key === "runtime"
      )
        continue;
      if (!deepEqual(b[key], a[key]))
        add("event.text", key, `${key}: ${show(b[key])} → ${show(a[key])}`, b[key], a[key]);
    }
  }
  return out;
}

/**
 * The runtime block: the names and ids an engine resolves the runtime's own
 * records by (type_name, record_type, payload_match, payload_ids, job_from) change which logs
 * read as this event (minor); where it was checked (emitters, checked) is text.
 */
function diffRuntimeRecord(
  b: JsonObject,
  a: JsonObject,
  add: (kind: ChangeKind, path: string, message: string, bv?: Json, av?: Json) => void,
): void {
  for (const key of unionKeys(b, a)) {
    if (deepEqual(b[key], a[key])) continue;
    const kind: ChangeKind =
      key === "emitters" || key === "checked" ? "event.text" : "event.runtime";
    add(
      kind,
      `runtime.${key}`,
      `runtime.${key}: ${show(b[key])} → ${show(a[key])}`,
      b[key],
      a[key],
    );
  }
}

/** Entry ids whose trigger or detection names each event type. */
function eventUsers(view: RegistryView): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const [id, e] of view.entries) {
    for (const type of eventsOf(e)) users.set(type, [...(users.get(type) ?? []), id]);
  }
  return users;
}

function eventsOf(entry: JsonObject): Set<string> {
  const trigger = obj(entry, "trigger");
  const types = new Set<string>(strings(trigger.on));
  for (const step of arr(obj(trigger, "window"), "steps"))
    for (const t of strings(isObject(step) ? step.on : undefined)) types.add(t);
  for (const d of arr(entry, "detection"))
    for (const t of strings(isObject(d) ? d.events : undefined)) types.add(t);
  return types;
}

/** Entry ids that watch `type` and whose trigger text reads `payload.<field>`. */
function fieldUsersOf(view: RegistryView, type: string, fieldName: string): string[] {
  const pattern = new RegExp(`payload\\.${fieldName}\\b`);
  const out: string[] = [];
  for (const [id, e] of view.entries) {
    if (eventsOf(e).has(type) && pattern.test(JSON.stringify(e.trigger ?? null))) out.push(id);
  }
  return out;
}
