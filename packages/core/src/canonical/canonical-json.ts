// The one key-sorted JSON of the repository: hashes, shipped files, the diff's
// value comparisons and codegen's outputs all go through it.

/**
 * JSON with object keys sorted (by UTF-16 code units), 2-space indent and a
 * trailing newline: the same value always gives the same bytes. Undefined
 * properties are dropped; bigints are written as numbers.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeysDeep(value), bigintAsNumber, 2)}\n`;
}

/**
 * The same canonical JSON on one line, without whitespace or newline, for
 * comparing values and quoting them in messages: equal values give equal
 * strings. `undefined` gives "undefined".
 */
export function canonicalJsonLine(value: unknown): string {
  return JSON.stringify(sortKeysDeep(value), bigintAsNumber) ?? "undefined";
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

function bigintAsNumber(_key: string, value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}
