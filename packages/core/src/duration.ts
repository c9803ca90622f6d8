/**
 * Registry durations, one rule everywhere: the schema (`common.schema.json`
 * `$defs/Duration`), the validator, params overrides, the engine, the diff and
 * the stub writer all read them through this module.
 *
 * A duration is a positive whole number without leading zeros, then a unit:
 * `ms`, `s`, `m`, `h` or `d` (`90s`, `10m`), whose milliseconds are a safe
 * integer. Nothing else is one, anywhere: not `0s` (no window, tolerance or
 * param of the registry may be empty, so zero is refused rather than given a
 * meaning), not `1.5s`, `60`, `60 s` or `1w`. The diff compares registries that
 * passed validation, so it needs no wider rule.
 */
const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION = /^([1-9][0-9]*)(ms|s|m|h|d)$/;

/** Milliseconds of a registry duration such as `90s`, or undefined when `value` is not one. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = DURATION.exec(value);
  if (!match) return undefined;
  const [, amount, unit] = match as unknown as [string, string, keyof typeof UNIT_MS];
  const ms = Number(amount) * UNIT_MS[unit];
  return Number.isSafeInteger(ms) ? ms : undefined;
}

/** True when `text` is a registry duration (see `parseDuration`). */
export function isDuration(text: unknown): text is string {
  return parseDuration(text) !== undefined;
}

/**
 * Milliseconds of a registry duration, for callers holding a validated one.
 * Throws a RangeError for anything else (the validator reports bad durations first).
 */
export function durationToMs(d: string): number {
  const ms = parseDuration(d);
  if (ms !== undefined) return ms;
  throw new RangeError(
    DURATION.test(d)
      ? `duration too long: ${d}`
      : `not a duration: ${JSON.stringify(d)} (use a positive whole number and ms, s, m, h or d, like 60s)`,
  );
}
