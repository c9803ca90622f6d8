const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^([1-9][0-9]*)(ms|s|m|h|d)$/;

/** True when `text` is a registry duration: a positive whole number and a unit (ms, s, m, h, d). */
export function isDuration(text: unknown): text is string {
  return typeof text === "string" && DURATION.test(text);
}

/**
 * Milliseconds of a registry duration such as `90s` or `10m`.
 * Throws a RangeError for anything else (the validator reports bad durations first).
 */
export function durationToMs(d: string): number {
  const match = DURATION.exec(d);
  if (!match)
    throw new RangeError(
      `not a duration: ${JSON.stringify(d)} (use a number and ms, s, m, h or d)`,
    );
  const [, amount, unit] = match as unknown as [string, string, keyof typeof UNIT_MS];
  const ms = Number(amount) * UNIT_MS[unit];
  if (!Number.isSafeInteger(ms)) throw new RangeError(`duration too long: ${d}`);
  return ms;
}
