/**
 * JSON with object keys sorted (by UTF-16 code units), 2-space indent and a
 * trailing newline: the same value always gives the same bytes. Undefined
 * properties are dropped; bigints are written as numbers.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), (_key, v) => (typeof v === "bigint" ? Number(v) : v), 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Map) return sortKeys(Object.fromEntries(value));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeys(child);
  }
  return out;
}
