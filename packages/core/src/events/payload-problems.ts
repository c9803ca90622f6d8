import type { EventDefinition, PayloadField } from "../generated/schema-types.js";

/** One way a payload does not match its catalog entry; `field` is absent for the payload as a whole. */
export interface PayloadProblem {
  field?: string;
  /** True when the field is missing (point at the payload, not the field). */
  missing?: boolean;
  message: string;
}

const TIMESTAMP = /^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?Z$/;

/**
 * Checks a JSON payload against its catalog entry as registry/SEMANTICS.md says:
 * every non-optional field present, no unknown field, the declared type (int is
 * a whole number, timestamp an RFC 3339 UTC string), enum and minimum respected,
 * lists no longer than `maxListItems`. Returns [] for a valid payload.
 */
export function payloadProblems(
  event: EventDefinition,
  payload: unknown,
  maxListItems: number,
): PayloadProblem[] {
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    return [{ message: `payload of ${event.event_type} must be a map` }];
  }
  const record = payload as Record<string, unknown>;
  const problems: PayloadProblem[] = [];
  for (const [name, field] of Object.entries(event.payload)) {
    if (!field) continue;
    if (!(name in record) || record[name] === undefined) {
      if (!field.optional)
        problems.push({
          field: name,
          missing: true,
          message: `payload of ${event.event_type} is missing ${name} (${field.type})`,
        });
      continue;
    }
    const problem = valueProblem(field, record[name], maxListItems);
    if (problem)
      problems.push({
        field: name,
        message: `payload field ${name} of ${event.event_type}: ${problem}`,
      });
  }
  for (const name of Object.keys(record)) {
    if (!(name in event.payload)) {
      problems.push({
        field: name,
        message: `payload of ${event.event_type} has no field ${name}`,
      });
    }
  }
  return problems;
}

function valueProblem(
  field: PayloadField,
  value: unknown,
  maxListItems: number,
): string | undefined {
  const show = JSON.stringify(value);
  switch (field.type) {
    case "string":
      if (typeof value !== "string") return `${show} is not a string`;
      if (field.enum && !field.enum.includes(value))
        return `${show} is not one of ${field.enum.join(", ")}`;
      return undefined;
    case "int":
      if (typeof value !== "number" || !Number.isSafeInteger(value)) return `${show} is not an int`;
      return belowMinimum(field, value);
    case "double":
      if (typeof value !== "number" || !Number.isFinite(value)) return `${show} is not a number`;
      return belowMinimum(field, value);
    case "bool":
      return typeof value === "boolean" ? undefined : `${show} is not a bool`;
    case "timestamp":
      return typeof value === "string" && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))
        ? undefined
        : `${show} is not an RFC 3339 UTC timestamp like 2026-03-01T10:00:00.000Z`;
    case "string_list":
      if (!Array.isArray(value) || !value.every((v) => typeof v === "string"))
        return `${show} is not a list of strings`;
      return value.length > maxListItems
        ? `has ${value.length} items, more than ${maxListItems}`
        : undefined;
    case "json":
      return undefined;
    case "string_map":
      if (
        value === null ||
        typeof value !== "object" ||
        Array.isArray(value) ||
        !Object.values(value).every((v) => typeof v === "string")
      ) {
        return `${show} is not a map of strings`;
      }
      return undefined;
  }
}

function belowMinimum(field: PayloadField, value: number): string | undefined {
  return field.minimum !== undefined && value < field.minimum
    ? `${value} is below the minimum ${field.minimum}`
    : undefined;
}
