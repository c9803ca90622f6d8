import { Environment } from "@marcbachmann/cel-js";
import type { LoadedEntry, LoadedRegistry } from "../model.js";
import type { CelClass, FieldReader } from "./cel-class.js";
import { defineCelClass, fieldOf } from "./cel-class.js";
import { paramCelType, payloadCelType, payloadTypeName, referencedTypeNames } from "./cel-types.js";
import { functionImplementations, functionName } from "./functions.js";
import { paramsClassFor, payloadClassFor, payloadToCel } from "./values.js";
import { zeroOf } from "./zero.js";

/*
 * How values are passed to cel-js, fastest first (measured on 1M evaluations of
 * a condition reading event.payload, a session list and a map):
 *
 * 1. Instances of the classes registered here (`ctor`): cel-js recognises the
 *    constructor and reads fields directly. ~0.5 µs per evaluation.
 * 2. Plain objects: cel-js wraps each one, per evaluation, in a lazily-converting
 *    Map subclass. ~1.2 µs per evaluation.
 *
 * So the engine builds values once with these helpers and reuses them:
 * `payloadToCel` (payload class of the event type), `celObject(registry, "Event" |
 * "SessionContext" | "ConsentReceipt" | "Window", fields)` and `paramsToCel`. A
 * session context can be kept as a celObject and mutated in place. Plain objects
 * still work everywhere (each registered type also converts them), only slower.
 *
 * Payload types: each event type's payload is registered as its own message type
 * named `Payload_<event_type with dots as underscores>` (Payload_session_spawn_requested),
 * and `Event.payload` is declared with that type in the environment built for the
 * event type, so `event.payload.<field>` is checked per event type.
 */

const SPECIAL = new Set(["EventPayload", "EntryParams"]);

interface CelModel {
  base: Environment;
  classes: ReadonlyMap<string, CelClass>;
  /** Environment types that mention EventPayload or EntryParams: registered per environment. */
  late: readonly string[];
}

const models = new WeakMap<LoadedRegistry, CelModel>();

/**
 * The CEL environment of one trigger expression: the variables of
 * environment.yaml with their exact types, `event.payload` typed for
 * `eventType`, `params` typed for the entry, `window` only when windowed, and
 * the environment's functions. Type checks reject unknown fields, wrong
 * operand types and expressions over `limits.max_expression_nodes` nodes.
 * Throws when eventType is not in the catalog or environment.yaml refers to a
 * type or function this package does not know (the validator reports both).
 */
export function createTriggerEnvironment(
  registry: LoadedRegistry,
  entry: LoadedEntry,
  eventType: string,
  opts: { windowed: boolean },
): Environment {
  const model = modelFor(registry);
  const event = registry.events.get(eventType);
  if (!event) throw new Error(`unknown event type ${eventType}`);
  const env = model.base.clone();
  const payloadType = payloadTypeName(eventType);
  const payloadClass = payloadClassFor(event);
  const payloadFields = Object.fromEntries(
    Object.entries(event.payload)
      .filter(([, field]) => field?.type !== "json")
      .map(([name, field]) => [name, payloadCelType(field?.type ?? "string")]),
  );
  env.registerType(payloadType, {
    ctor: payloadClass,
    fields: payloadFields,
    convert: (v) => new payloadClass(v),
  });
  const paramsClass = paramsClassFor(entry);
  const paramFields = Object.fromEntries(
    Object.entries(entry.params).map(([name, param]) => [
      name,
      paramCelType(param?.type ?? "string"),
    ]),
  );
  env.registerType("EntryParams", {
    ctor: paramsClass,
    fields: paramFields,
    convert: (v) => new paramsClass(v),
  });
  const rename = (type: string) => type.replace(/\bEventPayload\b/g, payloadType);
  for (const name of model.late) registerEnvType(env, registry, model.classes, name, rename);
  for (const [name, variable] of Object.entries(registry.environment.variables)) {
    if (!variable || (variable.available === "windowed" && !opts.windowed)) continue;
    env.registerVariable(name, rename(variable.type), { description: variable.description });
  }
  return env;
}

/**
 * A CEL value of an environment type (Event, SessionContext, ConsentReceipt,
 * Window), from fields already in CEL form (ints as bigint). Missing fields read
 * as zero values; nested objects and lists of objects are converted; an Event's
 * payload is converted with payloadToCel for its event_type.
 */
export function celObject(
  registry: LoadedRegistry,
  typeName: string,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const cls = modelFor(registry).classes.get(typeName);
  if (!cls) throw new Error(`unknown environment type ${typeName}`);
  return fields instanceof cls ? fields : new cls(fields);
}

function modelFor(registry: LoadedRegistry): CelModel {
  let model = models.get(registry);
  if (model) return model;
  const classes = new Map<string, CelClass>();
  const types = registry.environment.types;
  for (const [name, type] of Object.entries(types)) {
    if (!type) continue;
    const readers = Object.entries(type.fields).map(
      ([field, decl]): readonly [string, FieldReader] => [
        field,
        fieldReader(registry, classes, field, decl?.type ?? "dyn"),
      ],
    );
    classes.set(name, defineCelClass(name, readers));
  }
  const base = new Environment({
    limits: { maxAstNodes: registry.meta.limits.max_expression_nodes },
  });
  for (const fn of registry.environment.functions) {
    const implementation = functionImplementations[functionName(fn.signature)];
    if (!implementation)
      throw new Error(`environment.yaml declares ${fn.signature}, which has no implementation`);
    base.registerFunction(fn.signature, implementation as (...args: unknown[]) => unknown, {
      description: fn.description,
    });
  }
  const late = lateTypes(registry);
  const order = registrationOrder(registry, late);
  for (const name of order) registerEnvType(base, registry, classes, name, (t) => t);
  model = {
    base,
    classes,
    late: registrationOrder(registry, new Set()).filter((n) => late.has(n)),
  };
  models.set(registry, model);
  return model;
}

function registerEnvType(
  env: Environment,
  registry: LoadedRegistry,
  classes: ReadonlyMap<string, CelClass>,
  name: string,
  rename: (type: string) => string,
): void {
  const type = registry.environment.types[name];
  const cls = classes.get(name);
  if (!type || !cls) return;
  const fields = Object.fromEntries(
    Object.entries(type.fields).map(([f, decl]) => [f, rename(decl?.type ?? "dyn")]),
  );
  env.registerType(name, { ctor: cls, fields, convert: (v) => new cls(v) });
}

function fieldReader(
  registry: LoadedRegistry,
  classes: ReadonlyMap<string, CelClass>,
  field: string,
  celType: string,
): FieldReader {
  if (celType === "EventPayload") {
    return (source) => {
      const value = fieldOf(source, field);
      const event = registry.events.get(String(fieldOf(source, "event_type")));
      if (!event) return value;
      return payloadToCel(event, (value ?? {}) as Record<string, unknown>);
    };
  }
  const list = /^list<([A-Z][A-Za-z0-9_]*)>$/.exec(celType);
  if (list) {
    const elementType = list[1] as string;
    return (source) => {
      const value = fieldOf(source, field);
      if (!Array.isArray(value)) return value ?? zeroOf("list<>");
      const cls = classes.get(elementType);
      return cls && value.some((v) => !(v instanceof cls))
        ? value.map((v) => (v instanceof cls ? v : new cls(v)))
        : value;
    };
  }
  if (/^[A-Z]/.test(celType) && !SPECIAL.has(celType)) {
    return (source) => {
      const value = fieldOf(source, field);
      const cls = classes.get(celType);
      if (!cls) return value;
      return value instanceof cls ? value : new cls(value as Record<string, unknown> | undefined);
    };
  }
  const zero = zeroOf(celType);
  return (source) => fieldOf(source, field) ?? zero;
}

/** Types that mention EventPayload or EntryParams, directly or through another type. */
function lateTypes(registry: LoadedRegistry): Set<string> {
  const late = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, type] of Object.entries(registry.environment.types)) {
      if (!type || late.has(name)) continue;
      const refs = Object.values(type.fields).flatMap((f) => referencedTypeNames(f?.type ?? ""));
      if (refs.some((r) => SPECIAL.has(r) || late.has(r))) {
        late.add(name);
        changed = true;
      }
    }
  }
  return late;
}

/** Environment types in dependency order, skipping `skip`; throws on an unknown type. */
function registrationOrder(registry: LoadedRegistry, skip: ReadonlySet<string>): string[] {
  const types = registry.environment.types;
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (order.includes(name) || skip.has(name) || SPECIAL.has(name)) return;
    const type = types[name];
    if (!type) throw new Error(`environment.yaml refers to unknown type ${name}`);
    if (visiting.has(name)) return;
    visiting.add(name);
    for (const field of Object.values(type.fields)) {
      for (const ref of referencedTypeNames(field?.type ?? "")) visit(ref);
    }
    order.push(name);
  };
  for (const name of Object.keys(types).sort()) visit(name);
  return order;
}
