import { durationToMs, isDuration } from "../duration.js";
import type { Param } from "../generated/schema-types.js";

/** Why `value` is not a valid value of `param` (type, then bounds), or undefined when it is. */
export function paramValueProblem(param: Param, value: unknown): string | undefined {
  const typeProblem = typeMismatch(param.type, value);
  if (typeProblem) return typeProblem;
  const n = comparable(param.type, value);
  if (n === undefined) return undefined;
  const min = param.min === undefined ? undefined : comparable(param.type, param.min);
  const max = param.max === undefined ? undefined : comparable(param.type, param.max);
  if (min !== undefined && n < min) return `${show(value)} is below the minimum ${show(param.min)}`;
  if (max !== undefined && n > max) return `${show(value)} is above the maximum ${show(param.max)}`;
  return undefined;
}

/** Why `value` is not of the param type, or undefined. */
export function typeMismatch(type: Param["type"], value: unknown): string | undefined {
  switch (type) {
    case "int":
      return Number.isSafeInteger(value) ? undefined : `${show(value)} is not an int`;
    case "double":
      return typeof value === "number" && Number.isFinite(value)
        ? undefined
        : `${show(value)} is not a number`;
    case "bool":
      return typeof value === "boolean" ? undefined : `${show(value)} is not a bool`;
    case "string":
      return typeof value === "string" ? undefined : `${show(value)} is not a string`;
    case "duration":
      return isDuration(value)
        ? undefined
        : `${show(value)} is not a duration (a number and ms, s, m, h or d, like 60s)`;
    case "string_list":
      return Array.isArray(value) && value.every((v) => typeof v === "string")
        ? undefined
        : `${show(value)} is not a list of strings`;
  }
}

/** A number to compare bounds with (durations in ms), or undefined for types without bounds. */
export function comparable(type: Param["type"], value: unknown): number | undefined {
  if (type === "duration") return isDuration(value) ? durationToMs(value) : undefined;
  if (type === "int" || type === "double") return typeof value === "number" ? value : undefined;
  return undefined;
}

/** The CEL value of a valid param value: ints as bigint, durations as bigint milliseconds. */
export function paramToCel(type: Param["type"], value: unknown): unknown {
  if (type === "int") return BigInt(value as number);
  if (type === "duration") return BigInt(durationToMs(value as string));
  return value;
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}
