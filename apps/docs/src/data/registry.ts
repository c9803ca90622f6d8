/**
 * Loads the registry the site is built from and answers the lookups pages need.
 * Every page, the content loader and the tests read the data through here.
 */
import { readFileSync, statSync } from "node:fs";
import { registryJsonPath } from "./source.ts";
import type { AntiPattern, Described, EventDefinition, Registry, Rule } from "./types.ts";

let cache: { path: string; mtimeMs: number; registry: Registry } | undefined;

const REQUIRED_LISTS = [
  "severities",
  "categories",
  "detection_sources",
  "outcomes",
  "rules",
  "events",
  "anti_patterns",
] as const;

function checkShape(value: unknown, path: string): Registry {
  if (typeof value !== "object" || value === null) {
    throw new Error(`${path}: expected a JSON object (the registry package's registry.json).`);
  }
  const record = value as Record<string, unknown>;
  for (const key of REQUIRED_LISTS) {
    if (!Array.isArray(record[key])) {
      throw new Error(
        `${path}: "${key}" must be an array; is this the registry package's registry.json?`,
      );
    }
  }
  if (typeof record.version !== "string") {
    throw new Error(`${path}: "version" must be a string.`);
  }
  if (record.retired === undefined) record.retired = [];
  return value as Registry;
}

/** The registry, parsed once per file version. */
export function loadRegistry(): Registry {
  const path = registryJsonPath();
  const { mtimeMs } = statSync(path);
  if (cache?.path === path && cache.mtimeMs === mtimeMs) return cache.registry;
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}).`);
  }
  const registry = checkShape(parsed, path);
  cache = { path, mtimeMs, registry };
  return registry;
}

/** The raw bytes of registry.json, for the download. */
export function registryJsonText(): string {
  return readFileSync(registryJsonPath(), "utf8");
}

function find<T extends { id: string }>(list: T[], id: string, what: string, owner: string): T {
  const found = list.find((item) => item.id === id);
  if (found === undefined) {
    throw new Error(
      `registry.json: ${owner} names ${what} "${id}", which the registry does not define.`,
    );
  }
  return found;
}

export function severityOf(registry: Registry, entry: AntiPattern): Described {
  return find(registry.severities, entry.severity, "severity", entry.id);
}

export function categoryOf(registry: Registry, entry: AntiPattern): Described {
  return find(registry.categories, entry.category, "category", entry.id);
}

export function sourceById(registry: Registry, id: string, owner: string): Described {
  return find(registry.detection_sources, id, "detection source", owner);
}

export function outcomeById(registry: Registry, id: string, owner: string): Described {
  return find(registry.outcomes, id, "outcome", owner);
}

export function ruleById(registry: Registry, id: string): Rule | undefined {
  return registry.rules.find((rule) => rule.id === id);
}

export function eventByType(registry: Registry, type: string): EventDefinition | undefined {
  return registry.events.find((event) => event.event_type === type);
}

/** Rank of a severity (0 = least severe), from the registry's order. */
export function severityRank(registry: Registry, id: string): number {
  return registry.severities.findIndex((severity) => severity.id === id);
}

/** Rank of an outcome (0 = least strict), from the registry's order. */
export function outcomeRank(registry: Registry, id: string): number {
  return registry.outcomes.findIndex((outcome) => outcome.id === id);
}

/** Every event type an entry names: trigger, window steps, detection and evidence. */
export function eventsOfEntry(entry: AntiPattern): Set<string> {
  const types = new Set<string>(entry.trigger.on);
  for (const step of entry.trigger.window?.steps ?? []) for (const type of step.on) types.add(type);
  for (const spec of entry.detection) for (const type of spec.events) types.add(type);
  for (const source of entry.evidence.source_events) {
    for (const type of [source.event_type, ...(source.or_event_types ?? [])]) types.add(type);
  }
  return types;
}

export type EventRole = "trigger" | "detection" | "evidence";

/** How an entry uses an event type, strongest first. */
export function rolesOfEvent(entry: AntiPattern, type: string): EventRole[] {
  const roles: EventRole[] = [];
  const onTrigger =
    entry.trigger.on.includes(type) ||
    (entry.trigger.window?.steps ?? []).some((step) => step.on.includes(type));
  if (onTrigger) roles.push("trigger");
  if (entry.detection.some((spec) => spec.events.includes(type))) roles.push("detection");
  const evidenceTypes = entry.evidence.source_events.flatMap((source) => [
    source.event_type,
    ...(source.or_event_types ?? []),
  ]);
  if (evidenceTypes.includes(type)) roles.push("evidence");
  return roles;
}

/** The distinct outcomes of an entry's tiers, in ladder order. */
export function outcomesOfEntry(entry: AntiPattern): string[] {
  return [...new Set(entry.enforcement.tiers.map((tier) => tier.outcome))];
}

export function sourcesOfEntry(entry: AntiPattern): string[] {
  return [...new Set(entry.detection.map((spec) => spec.source))];
}
