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

/** Index of the first character after the fraction digits that start at `from` (a `.` at `from - 1`). */
function fractionEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    i++;
  }
  return i;
}

/**
 * The offset in minutes east of UTC written at `text[start..]` up to the end,
 * or undefined: `Z`, `+HH:MM` / `-HH:MM`, and with `short` also `+HH` / `-HH`
 * (DuckDB's text form of a TIMESTAMPTZ).
 */
function offsetMinutes(text: string, start: number, short: boolean): number | undefined {
  const n = text.length - start;
  const sign = text.charCodeAt(start);
  if (n === 1 && sign === 90 /* Z */) return 0;
  if (sign !== 43 /* + */ && sign !== 45 /* - */) return undefined;
  const hours = digits(text, start + 1, 2);
  let minutes = 0;
  if (n === 6 && text.charCodeAt(start + 3) === 58 /* : */) {
    minutes = digits(text, start + 4, 2);
  } else if (!(short && n === 3)) {
    return undefined;
  }
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return sign === 45 ? -total : total;
}

function parse(text: string, duckdb: boolean): number | undefined {
  const n = text.length;
  if (n < 20 || n > 40) return undefined;
  const separator = text.charCodeAt(10);
  if (
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    !(separator === 84 /* T */ || (duckdb && separator === 32)) /* space */ ||
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
  let zone = 19;
  if (text.charCodeAt(19) === 46 /* . */) {
    const end = fractionEnd(text, 20);
    const count = end - 20;
    if (count < 1 || count > 9) return undefined;
    // The first three digits are the milliseconds; later digits are dropped,
    // which floors the sub-millisecond part (the fraction is never negative).
    const head = Math.min(count, 3);
    millis = digits(text, 20, head) * (head === 1 ? 100 : head === 2 ? 10 : 1);
    zone = end;
  }
  if (zone >= n) return undefined;
  // RFC 3339 (T): Z or ±HH:MM. DuckDB's VARCHAR of a TIMESTAMPTZ (space): ±HH or ±HH:MM.
  const offset =
    separator === 84 ? offsetMinutes(text, zone, false) : offsetMinutes(text, zone, true);
  if (offset === undefined || (separator === 32 && text.charCodeAt(zone) === 90)) return undefined;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  if (year < 100) {
    // Date.UTC maps years 0..99 to 1900..1999
    const date = new Date(ms);
    date.setUTCFullYear(year);
    ms = date.getTime();
  }
  return ms - offset * 60_000;
}

/**
 * Milliseconds since the epoch (UTC) of an RFC 3339 timestamp: `Z` or a
 * numeric offset (`+00:00`, `+02:00`, `-05:30`) and 0 to 9 fraction digits
 * (`2026-03-01T10:00:00Z`, `2026-06-22T10:00:00.123456789+00:00`), or
 * `undefined` for anything else (a 30th of February, hour 24, second 60, a
 * lower-case `z`, ten fraction digits). A sub-millisecond part is floored
 * (truncated toward negative infinity): `.1239` and `.123999999` both read as
 * 123 ms, also before 1970. No regular expression and no Date parsing on the
 * hot path.
 */
export function parseTimestamp(text: string): number | undefined {
  return parse(text, false);
}

/**
 * `parseTimestamp`, also accepting DuckDB's text form of a TIMESTAMPTZ
 * (`2026-06-22 10:00:00.123456+00`: a space, then `±HH` or `±HH:MM`), which is
 * what a runtime envelope read from the store may carry.
 */
export function parseRuntimeTimestamp(text: string): number | undefined {
  return parse(text, true);
}

/**
 * The sub-millisecond part of a timestamp `parseRuntimeTimestamp` accepts, in
 * nanoseconds (0 to 999999): fraction digits 4 to 9. Orders events within one
 * millisecond (the API's array), never read by a trigger.
 */
export function subMillisecondNanos(text: string): number {
  if (text.charCodeAt(19) !== 46) return 0;
  const end = fractionEnd(text, 20);
  let nanos = 0;
  for (let i = 23; i < 29; i++) nanos = nanos * 10 + (i < end ? text.charCodeAt(i) - 48 : 0);
  return nanos;
}

/** The canonical text of a time: `2026-03-01T10:00:00.000Z`. */
export function formatTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}
