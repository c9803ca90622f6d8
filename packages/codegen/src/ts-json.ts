import { propertyKey } from "./naming.js";

// TypeScript text from JSON: one walk, two dialects (as openapi-typescript's
// lib/ts.ts keeps its emitters in one place). Both write multi-line, two-space
// indented text, keys in the order given (the canonical registry is already
// sorted), undefined members dropped, in time linear in the size of the value.

/** How `tsTypeLiteral` types a value at a property: exactly, widened, or by a named type. */
export type TypeRule = "literal" | "widen" | { readonly named: string };

/** Decides the rule for the value under property `key` (undefined: literal). */
export type RuleFor = (key: string) => TypeRule | undefined;

/** What differs between writing a value and writing its type; the walk is shared. */
interface Dialect {
  /**
   * The whole text of `value`, found under property `key` (undefined for the
   * root and for array items), or undefined to walk into an array or object.
   */
  leaf(value: unknown, key: string | undefined): string | undefined;
  /** Written before `[` and before each property name. */
  readonly modifier: string;
  /** Written after each property. */
  readonly memberEnd: string;
}

/**
 * A JSON value as a TypeScript literal. Strings use JSON escapes, which are
 * valid TypeScript.
 */
export function tsLiteral(value: unknown, indent = ""): string {
  return emit(value, { leaf: scalar, modifier: "", memberEnd: "," }, indent);
}

/**
 * The exact, deeply readonly type of a JSON value: string, number and boolean
 * literals, readonly tuples, readonly object types. Under a key whose rule is
 * `widen` the type is widened (`string`, `number`, `readonly string[]`), which
 * keeps prose out of declaration files; a `named` rule writes that type name.
 */
export function tsTypeLiteral(value: unknown, ruleFor: RuleFor, indent = ""): string {
  const leaf = (v: unknown, key: string | undefined): string | undefined => {
    const rule = key === undefined ? "literal" : (ruleFor(key) ?? "literal");
    if (typeof rule === "object") return rule.named;
    return rule === "widen" ? widened(v) : scalar(v);
  };
  return emit(value, { leaf, modifier: "readonly ", memberEnd: ";" }, indent);
}

function emit(value: unknown, dialect: Dialect, indent: string): string {
  const out: string[] = [];
  write(value, undefined, dialect, indent, out);
  return out.join("");
}

function write(
  value: unknown,
  key: string | undefined,
  dialect: Dialect,
  indent: string,
  out: string[],
): void {
  const leaf = dialect.leaf(value, key);
  if (leaf !== undefined) {
    out.push(leaf);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push(`${dialect.modifier}[]`);
      return;
    }
    out.push(`${dialect.modifier}[\n`);
    for (const item of value) {
      out.push(inner);
      write(item, undefined, dialect, inner, out);
      out.push(",\n");
    }
    out.push(`${indent}]`);
    return;
  }
  const members = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (members.length === 0) {
    out.push("{}");
    return;
  }
  out.push("{\n");
  for (const [name, item] of members) {
    out.push(`${inner}${dialect.modifier}${propertyKey(name)}: `);
    write(item, name, dialect, inner, out);
    out.push(`${dialect.memberEnd}\n`);
  }
  out.push(`${indent}}`);
}

/**
 * A JSON scalar as TypeScript (its value and its literal type are spelt
 * alike), or undefined for an array or object; throws for what JSON cannot hold.
 */
function scalar(value: unknown): string | undefined {
  if (typeof value === "object") return value === null ? "null" : undefined;
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new Error(`cannot write the non-finite number ${value}: JSON has no such value`);
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return JSON.stringify(value);
  }
  throw new Error(`cannot write a ${typeof value}: it is not a JSON value`);
}

function widened(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) {
    const kinds = [...new Set(value.map(widened))].sort();
    if (kinds.length === 0) return "readonly never[]";
    return kinds.length === 1 ? `readonly ${kinds[0]}[]` : `readonly (${kinds.join(" | ")})[]`;
  }
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    default: {
      // A map of strings (a per-event-type trigger expression) keeps its value type.
      const values = Object.values(value as object);
      return values.length > 0 && values.every((v) => typeof v === "string")
        ? "{ readonly [key: string]: string }"
        : "{ readonly [key: string]: unknown }";
    }
  }
}
