import type { EvidenceRecord } from "../generated/schema-types.js";

/**
 * The evidence fields recorded for a finding ended by an event of `eventType`:
 * the one list, or that type's list in the per-event-type form. An event type
 * the map does not name records nothing (the validator, SAP-E032, requires a
 * key for every event type that can end a finding).
 */
export function recordFieldsFor(
  record: EvidenceRecord | undefined,
  eventType: string,
): readonly string[] {
  if (record === undefined) return [];
  if (Array.isArray(record)) return record;
  return Object.hasOwn(record, eventType) ? (record[eventType] ?? []) : [];
}

/** Every (event type or "*", field, path) the record names, for the validator and the site. */
export function recordEntries(record: EvidenceRecord | undefined): {
  readonly eventType: string | undefined;
  readonly field: string;
  readonly path: (string | number)[];
}[] {
  if (record === undefined) return [];
  if (Array.isArray(record)) {
    return record.map((field, i) => ({
      eventType: undefined,
      field,
      path: ["evidence", "record", i],
    }));
  }
  return Object.entries(record).flatMap(([eventType, fields]) =>
    (fields ?? []).map((field, i) => ({
      eventType,
      field,
      path: ["evidence", "record", eventType, i],
    })),
  );
}
