import type { CheckedType } from "../cel-ast.js";
import type { Linear } from "./linear.js";
import { constant } from "./linear.js";

/** The registry limits the cost model reads (registry.yaml `limits`). */
export interface CostLimits {
  /** A list or map in an event's payload (enforced when the payload is checked). */
  readonly max_payload_list_items: number;
  /** A list read outside the payload: context lists, a receipt's session_ids, list params. */
  readonly max_context_list_items: number;
  /** A line of the log: the longest string a trigger can read. */
  readonly max_line_bytes: number;
  readonly max_expression_cost: number;
}

/**
 * How large a value can be. Strings have a length bound (in UTF-16 code units,
 * at most the line they were read from); lists and maps an item bound, the size
 * of their elements and, when known, a bound on the total length of their
 * string elements (the strings of one payload share its line).
 */
export type Size =
  | { readonly kind: "scalar" }
  | { readonly kind: "string"; readonly length: Linear }
  | {
      readonly kind: "list" | "map";
      readonly items: number;
      /** A list's elements, a map's keys (what a comprehension iterates). */
      readonly element: Size;
      /** A map's values. */
      readonly value?: Size;
      /** Bound on the summed length of the string elements (or keys). */
      readonly total?: number;
    }
  | { readonly kind: "message"; readonly type: string };

export const SCALAR: Size = { kind: "scalar" };

export function stringOf(length: number): Size {
  return { kind: "string", length: constant(length) };
}

/**
 * The size of a value of `type` read from the activation: every list or map
 * in it has at most `items` items, every string is at most a line long, and
 * the strings of one list (or the keys of one map) together are at most a
 * line too.
 */
export function sizeOfType(type: CheckedType | undefined, items: number, limits: CostLimits): Size {
  const line = limits.max_line_bytes;
  if (type?.name === "string" || type?.name === "bytes") return stringOf(line);
  switch (type?.kind) {
    case "list":
      return {
        kind: "list",
        items,
        element: sizeOfType(type.valueType, items, limits),
        total: line,
      };
    case "map":
      return {
        kind: "map",
        items,
        element: sizeOfType(type.keyType, items, limits),
        value: sizeOfType(type.valueType, items, limits),
        total: line,
      };
    case "message":
      return { kind: "message", type: type.name };
    default:
      return SCALAR;
  }
}

/** The larger of two sizes of one type (the branches of `?:`, the items of a literal). */
export function larger(a: Size, b: Size, maxLinear: (x: Linear, y: Linear) => Linear): Size {
  if (a.kind === "string" && b.kind === "string") {
    return { kind: "string", length: maxLinear(a.length, b.length) };
  }
  if ((a.kind === "list" || a.kind === "map") && a.kind === b.kind) {
    const value = a.value && b.value ? larger(a.value, b.value, maxLinear) : (a.value ?? b.value);
    const total =
      a.total !== undefined && b.total !== undefined ? Math.max(a.total, b.total) : undefined;
    return {
      kind: a.kind,
      items: Math.max(a.items, b.items),
      element: larger(a.element, b.element, maxLinear),
      ...(value ? { value } : {}),
      ...(total !== undefined ? { total } : {}),
    };
  }
  return a.kind === "scalar" ? b : a;
}
