/** JSON helpers for the registry diff: it reads canonical registries as plain JSON. */

import { canonicalJsonLine } from "../canonical/canonical-json.js";
import { parseDuration } from "../duration.js";

export type Json =
  | null
  | boolean
  | number
  | string
  | readonly Json[]
  | { readonly [key: string]: Json };
export type JsonObject = { readonly [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return canonicalJsonLine(a) === canonicalJsonLine(b);
}

/** `obj[key]` as a JSON value, or undefined when `obj` is not an object. */
export function field(obj: unknown, key: string): Json | undefined {
  return isObject(obj) ? obj[key] : undefined;
}

export function str(obj: unknown, key: string): string | undefined {
  const v = field(obj, key);
  return typeof v === "string" ? v : undefined;
}

export function arr(obj: unknown, key: string): readonly Json[] {
  const v = field(obj, key);
  return Array.isArray(v) ? (v as readonly Json[]) : [];
}

export function obj(value: unknown, key: string): JsonObject {
  const v = field(value, key);
  return isObject(v) ? v : {};
}

/** The strings of a JSON array (other items ignored). */
export function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** `value` without the named keys (shallow). */
export function omit(value: JsonObject, keys: readonly string[]): JsonObject {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** A number, or a registry duration (`90s`) as milliseconds (core's one duration rule); undefined otherwise. */
export function magnitude(value: Json | undefined): number | undefined {
  return typeof value === "number" ? value : parseDuration(value);
}

/** Short human rendering of a JSON value for change messages. */
export function show(value: Json | undefined, max = 60): string {
  if (value === undefined) return "(none)";
  const text = typeof value === "string" ? value : canonicalJsonLine(value);
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Sorted union of the keys of two objects. */
export function unionKeys(a: JsonObject, b: JsonObject): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}
