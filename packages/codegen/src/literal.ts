import { propertyKey } from "./naming.js";

/**
 * A JSON value as a TypeScript literal, multi-line, two-space indented, keys in
 * the order given (the canonical registry is already sorted). Linear in the size
 * of the value. Strings use JSON escapes, which are valid TypeScript.
 */
export function tsLiteral(value: unknown, indent = ""): string {
  const out: string[] = [];
  write(value, indent, out);
  return out.join("");
}

function write(value: unknown, indent: string, out: string[]): void {
  if (value === null) {
    out.push("null");
    return;
  }
  switch (typeof value) {
    case "string":
      out.push(JSON.stringify(value));
      return;
    case "number":
      if (!Number.isFinite(value)) throw new Error(`cannot write the non-finite number ${value}`);
      out.push(Object.is(value, -0) ? "0" : String(value));
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "object":
      break;
    default:
      throw new Error(`cannot write a ${typeof value} as a literal`);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push("[]");
      return;
    }
    out.push("[\n");
    for (const item of value) {
      out.push(inner);
      write(item, inner, out);
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
    out.push(`${inner}${propertyKey(key)}: `);
    write(item, inner, out);
    out.push(",\n");
  }
  out.push(`${indent}}`);
}
