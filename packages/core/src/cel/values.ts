import type { PayloadField } from "../generated/schema-types.js";
import type { LoadedEntry, LoadedEvent } from "../model.js";
import { paramToCel, paramValueProblem } from "../params/param-value.js";
import type { CelClass, FieldReader } from "./cel-class.js";
import { defineCelClass, fieldOf } from "./cel-class.js";
import { payloadCelType, payloadTypeName } from "./cel-types.js";
import { zeroOf } from "./zero.js";

const payloadClasses = new WeakMap<LoadedEvent, CelClass>();
const paramsClasses = new WeakMap<LoadedEntry, CelClass>();

/** Converts one payload value from JSON (or an already converted CEL value) to its CEL value. */
export function payloadValueToCel(type: PayloadField["type"], value: unknown): unknown {
  if (value === undefined || value === null) return zeroOf(payloadCelType(type));
  switch (type) {
    case "int":
      return typeof value === "number" && Number.isInteger(value) ? BigInt(value) : value;
    case "timestamp":
      if (typeof value === "string") {
        const ms = Date.parse(value);
        return Number.isNaN(ms) ? value : BigInt(ms);
      }
      return typeof value === "number" && Number.isInteger(value) ? BigInt(value) : value;
    case "double":
      return typeof value === "bigint" ? Number(value) : value;
    default:
      return value;
  }
}

/** The class registered as the payload type of `event` (one per loaded event). */
export function payloadClassFor(event: LoadedEvent): CelClass {
  let cls = payloadClasses.get(event);
  if (!cls) {
    // json fields are kept in the log but not readable by triggers.
    const readers = Object.entries(event.payload).flatMap(
      ([name, field]): (readonly [string, FieldReader])[] => {
        const type = (field as PayloadField).type;
        if (type === "json") return [];
        return [[name, (source) => payloadValueToCel(type, fieldOf(source, name))]];
      },
    );
    cls = defineCelClass(payloadTypeName(event.event_type), readers);
    payloadClasses.set(event, cls);
  }
  return cls;
}

/**
 * The CEL value of a payload: ints as bigint, timestamps as bigint milliseconds,
 * absent optional fields as zero values, unknown fields dropped. The result is an
 * instance of the class registered for the event type (the fast path in cel-js).
 * Does not validate: the engine checks the payload against the catalog first.
 */
export function payloadToCel(
  event: LoadedEvent,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  const cls = payloadClassFor(event);
  return payload instanceof cls ? payload : new cls(payload);
}

/** The class registered as `EntryParams` for `entry` (one per loaded entry). */
export function paramsClassFor(entry: LoadedEntry): CelClass {
  let cls = paramsClasses.get(entry);
  if (!cls) {
    const readers = Object.keys(entry.params).map((name): readonly [string, FieldReader] => [
      name,
      (source) => fieldOf(source, name),
    ]);
    cls = defineCelClass("EntryParams", readers);
    paramsClasses.set(entry, cls);
  }
  return cls;
}

/**
 * The entry's effective params as CEL values: defaults, then `overrides`; ints
 * and durations as bigint (durations in milliseconds). Throws a RangeError naming
 * the param for an unknown param or a value of the wrong type or out of bounds
 * (never clamps).
 */
export function paramsToCel(
  entry: LoadedEntry,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(overrides)) {
    if (!(name in entry.params)) {
      throw new RangeError(
        `${entry.id}: unknown param "${name}" (declared: ${Object.keys(entry.params).join(", ") || "none"})`,
      );
    }
  }
  for (const [name, param] of Object.entries(entry.params)) {
    if (!param) continue;
    const value = name in overrides ? overrides[name] : param.default;
    const problem = paramValueProblem(param, value);
    if (problem) throw new RangeError(`${entry.id}: param "${name}": ${problem}`);
    values[name] = paramToCel(param.type, value);
  }
  return new (paramsClassFor(entry))(values);
}
