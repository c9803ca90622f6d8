import type { EntryData, RetiredData } from "./entry-data.js";
import {
  type AntiPatternId,
  type EntriesById,
  entries,
  type RetiredId,
  retiredEntries,
} from "./generated/entries.js";
import {
  type Category,
  type DetectionSource,
  type Outcome,
  type Severity,
  type Status,
  severities,
} from "./generated/vocabulary.js";

/** Any live entry. */
export type Entry = (typeof entries)[number];

/** A tombstone of `retired.yaml`. */
export type RetiredEntry = RetiredData;

/*
 * The literal types of this version's data can make a branch look impossible
 * (no deprecated entry yet, no tombstone yet); the code below reads the data
 * through the general entry shape so it stays correct for every version.
 */
const allEntries: readonly EntryData[] = entries;
const allRetired: readonly RetiredEntry[] = retiredEntries;
const byId: ReadonlyMap<string, EntryData> = new Map(allEntries.map((entry) => [entry.id, entry]));

/** True when `id` is the id of a live entry of this registry version. */
export function isAntiPatternId(id: string): id is AntiPatternId {
  return byId.has(id);
}

/** The entry with this id, typed exactly for a literal id. */
export function getEntry<Id extends AntiPatternId>(id: Id): EntriesById[Id] {
  const entry = byId.get(id);
  if (entry === undefined) throw new RangeError(`unknown anti-pattern id ${id}`);
  return entry as unknown as EntriesById[Id];
}

/** The entry with this id, or undefined (for ids read at run time). */
export function findEntry(id: string): Entry | undefined {
  return byId.get(id) as unknown as Entry | undefined;
}

/** The tombstone of a retired id, or undefined. */
export function findRetired(id: string): RetiredEntry | undefined {
  return allRetired.find((retired) => retired.id === id);
}

/** The rank of a severity: 0 for the least severe. */
export function severityRank(severity: Severity): number {
  return severities.findIndex((level) => level.id === severity);
}

/** Filters for `listEntries`; every given filter must hold. A list means any of. */
export interface EntryFilter {
  /** This severity or a more severe one. */
  readonly severityAtLeast?: Severity;
  readonly category?: Category | readonly Category[];
  /** Entries with a detection of this source. */
  readonly detectionSource?: DetectionSource | readonly DetectionSource[];
  /** Entries with a tier of this outcome. */
  readonly outcome?: Outcome | readonly Outcome[];
  readonly status?: Status | readonly Status[];
}

function anyOf<T>(wanted: T | readonly T[] | undefined, has: (value: T) => boolean): boolean {
  if (wanted === undefined) return true;
  const list = (Array.isArray(wanted) ? wanted : [wanted]) as readonly T[];
  return list.some(has);
}

/** Live entries matching every filter, sorted by id. */
export function listEntries(filter: EntryFilter = {}): readonly Entry[] {
  const minRank = filter.severityAtLeast === undefined ? 0 : severityRank(filter.severityAtLeast);
  return allEntries.filter(
    (entry) =>
      severityRank(entry.severity as Severity) >= minRank &&
      anyOf(filter.category, (c) => entry.category === c) &&
      anyOf(filter.status, (s) => entry.status === s) &&
      anyOf(filter.detectionSource, (s) => entry.detection.some((d) => d.source === s)) &&
      anyOf(filter.outcome, (o) => entry.enforcement.tiers.some((t) => t.outcome === o)),
  ) as readonly unknown[] as readonly Entry[];
}

/** Where `resolveEntry` ended up, and the ids it passed through to get there. */
export interface Resolution {
  /** The live, not deprecated entry to use (or the last entry of a chain that ends deprecated). */
  readonly entry: Entry;
  /** The ids followed, starting with the one asked for. */
  readonly path: readonly string[];
}

/**
 * Looks an id up and follows `replaced_by` from deprecated entries and retired
 * tombstones to the entry that replaces it. Undefined for an unknown id or a
 * retired id without a replacement. Cycles stop at the first repeat.
 */
export function resolveEntry(
  id: AntiPatternId | RetiredId | (string & {}),
): Resolution | undefined {
  const path: string[] = [];
  let current: string | undefined = id;
  let last: EntryData | undefined;
  while (current !== undefined && !path.includes(current)) {
    path.push(current);
    const entry = byId.get(current);
    if (entry !== undefined) {
      last = entry;
      if (entry.status !== "deprecated") break;
      current = entry.replaced_by;
    } else {
      current = findRetired(current)?.replaced_by;
    }
  }
  return last === undefined ? undefined : { entry: last as unknown as Entry, path };
}
