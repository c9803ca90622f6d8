/**
 * JSON with object keys sorted (by UTF-16 code units), 2-space indent and a
 * trailing newline: the same value always gives the same bytes. Undefined
 * properties are dropped; bigints are written as numbers.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), (_key, v) => (typeof v === "bigint" ? Number(v) : v), 2)}\n`;
}

/** A copy of `value` with object keys sorted ordinally at every level (Maps as objects, undefined dropped). */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value instanceof Map) return sortKeysDeep(Object.fromEntries(value));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) out[key] = sortKeysDeep(child);
  }
  return out;
}
