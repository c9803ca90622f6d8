import { propertyKey } from "./naming.js";

/** How `tsTypeLiteral` types a value at a property: exactly, widened, or by a named type. */
export type TypeRule = "literal" | "widen" | { readonly named: string };

/** Decides the rule for the value under property `key` (undefined: literal). */
export type RuleFor = (key: string) => TypeRule | undefined;

/**
 * The exact, deeply readonly type of a JSON value: string, number and boolean
 * literals, readonly tuples, readonly object types. Under a key whose rule is
 * `widen` the type is widened (`string`, `number`, `readonly string[]`), which
 * keeps prose out of declaration files; a `named` rule writes that type name.
 */
export function tsTypeLiteral(value: unknown, ruleFor: RuleFor, indent = ""): string {
  const out: string[] = [];
  write(value, "literal", ruleFor, indent, out);
  return out.join("");
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

function write(
  value: unknown,
  rule: TypeRule,
  ruleFor: RuleFor,
  indent: string,
  out: string[],
): void {
  if (typeof rule === "object") {
    out.push(rule.named);
    return;
  }
  if (rule === "widen") {
    out.push(widened(value));
    return;
  }
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new Error(`cannot type the non-finite number ${value}`);
    }
    out.push(value === null ? "null" : JSON.stringify(value));
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("readonly []");
      return;
    }
    out.push("readonly [\n");
    for (const item of value) {
      out.push(inner);
      write(item, "literal", ruleFor, inner, out);
      out.push(",\n");
    }
    out.push(`${indent}]`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined,
  );
  if (entries.length === 0) {
    out.push("{}");
    return;
  }
  out.push("{\n");
  for (const [key, item] of entries) {
    out.push(`${inner}readonly ${propertyKey(key)}: `);
    write(item, ruleFor(key) ?? "literal", ruleFor, inner, out);
    out.push(";\n");
  }
  out.push(`${indent}}`);
}
