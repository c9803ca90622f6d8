const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Milliseconds since the epoch of an RFC 3339 UTC timestamp with at most
 * millisecond precision (`2026-03-01T10:00:00.000Z`, `2026-03-01T10:00:00Z`),
 * or `undefined` for anything else (offsets, more fractional digits, a 30th of
 * February). No regular expression and no Date parsing on the hot path.
 */
export function parseTimestamp(text: string): number | undefined {
  const n = text.length;
  if (n < 20 || n > 24 || text.charCodeAt(n - 1) !== 90 /* Z */) return undefined;
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) return undefined;
  if (minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  if (day > (DAYS_IN_MONTH[month - 1] as number) + leap) return undefined;
  let millis = 0;
  if (n > 20) {
    // ".d", ".dd" or ".ddd" before the Z
    if (text.charCodeAt(19) !== 46 || n === 21) return undefined;
    const fraction = digits(text, 20, n - 21);
    if (fraction < 0) return undefined;
    millis = n === 22 ? fraction * 100 : n === 23 ? fraction * 10 : fraction;
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (year >= 100) return ms;
  // Date.UTC maps years 0..99 to 1900..1999
  const date = new Date(ms);
  date.setUTCFullYear(year);
  return date.getTime();
}

/** The canonical text of a time: `2026-03-01T10:00:00.000Z`. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
