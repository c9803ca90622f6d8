/**
 * Loads the registry the site is built from and answers the lookups pages need.
 * Every page, the content loader and the tests read the data through here.
 *
 * The registry package's registry.json carries only what machines read; when it
 * has a `prose_in` marker, the docs package's prose.json is joined back into it
 * with the docs package's `withProse` (which checks both declare the same
 * content hash). A registry.json without the marker is a full registry and is
 * used as is (the benchmark's synthetic registry).
 */
import { readFileSync, statSync } from "node:fs";
import type { ProseDocument } from "@handshake/session-anti-patterns-docs";
import {
  DOCS_PACKAGE,
  PROSE_MARKER,
  proseJsonPath,
  REGISTRY_PACKAGE,
  registryJsonPath,
} from "./source.ts";
import type { AntiPattern, Described, EventDefinition, Registry, Rule } from "./types.ts";

type WithProse = typeof import("@handshake/session-anti-patterns-docs").withProse;

/**
 * The docs package's join, loaded up front: when the package is missing or not
 * built, the failure is kept and reported by loadRegistry with what to do, and
 * only if the registry.json actually needs its prose.
 */
const docsPackage: { withProse: WithProse } | { error: unknown } = await import(
  "@handshake/session-anti-patterns-docs"
).then(
  (module) => ({ withProse: module.withProse }),
  (error: unknown) => ({ error }),
);

/** The files the site was built from: registry.json, and prose.json when it was joined in. */
export interface DataFiles {
  registry: string;
  /** Absent when registry.json is a full registry (no `prose_in` marker). */
  prose?: { path: string; specifier: string; document: ProseDocument };
}

interface FileStamp {
  path: string;
  mtimeMs: number;
  size: number;
}

let cache:
  | { registry: FileStamp; prose: FileStamp | undefined; files: DataFiles; value: Registry }
  | undefined;

function stamp(path: string): FileStamp {
  const { mtimeMs, size } = statSync(path);
  return { path, mtimeMs, size };
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) =>
  a?.path === b?.path && a?.mtimeMs === b?.mtimeMs && a?.size === b?.size;

/** The lists every page walks: a file without them is not a registry.json. */
const REQUIRED_LISTS = [
  "severities",
  "categories",
  "detection_sources",
  "outcomes",
  "rules",
  "events",
  "anti_patterns",
] as const satisfies readonly (keyof Registry)[];

function readJson(path: string, what: string): unknown {
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message}); expected ${what}.`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown, path: string, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${path}: expected a JSON object (${what}).`);
  return value;
}

const REGENERATE =
  "Regenerate registry.json (pnpm sap generate) with a registry package that writes it.";

/**
 * Checks that `record` is the full registry the pages render. The registry's
 * JSON Schemas validated its content when registry.json was generated (and
 * withProse checked the prose belongs to that content), so this checks only
 * what can still be missing here: a file that is no registry.json, prose that
 * was not joined, and what registry.json adds to the schemas' shapes (coverage,
 * the enforcement defaults).
 */
function checkRegistry(
  record: Record<string, unknown>,
  source: string,
  joined: boolean,
): asserts record is Registry {
  for (const key of REQUIRED_LISTS) {
    if (!Array.isArray(record[key])) {
      throw new Error(
        `${source}: "${key}" must be an array; is this the registry package's registry.json?`,
      );
    }
  }
  for (const member of ["version", "content_hash"] as const) {
    if (typeof record[member] !== "string") {
      throw new Error(`${source}: "${member}" must be a string.`);
    }
  }
  // The prose the pages render: missing when a machine registry.json lost its
  // marker, or when the prose.json joined in does not cover every entry.
  const noProse = (member: string) =>
    new Error(
      joined
        ? `${source}: ${member} is missing: the prose.json has no prose for it. Join a registry.json only with the prose.json made with it (same entries); a synthetic or edited registry.json must be a full registry (descriptions and examples included) without the "${PROSE_MARKER}" marker.`
        : `${source}: ${member} is missing. A registry.json from ${REGISTRY_PACKAGE} needs its "${PROSE_MARKER}" marker (its prose ships in ${DOCS_PACKAGE}/prose.json); any other registry.json must be a full registry, descriptions included.`,
    );
  if (typeof record.description !== "string") throw noProse('the registry\'s "description"');
  const entries: unknown[] = Array.isArray(record.anti_patterns) ? record.anti_patterns : [];
  for (const entry of entries) checkEntry(entry, source, noProse);
  // A registry that retires nothing may omit the list.
  if (record.retired === undefined) record.retired = [];
}

/** One entry: its prose joined, and what registry.json adds to the schema's entry. */
function checkEntry(entry: unknown, source: string, noProse: (member: string) => Error): void {
  if (!isRecord(entry)) {
    throw new Error(`${source}: "anti_patterns" holds ${JSON.stringify(entry)}, not an entry.`);
  }
  const id = String(entry.id);
  for (const member of ["summary", "description"] as const) {
    if (typeof entry[member] !== "string") throw noProse(`${id}'s "${member}"`);
  }
  if (!isRecord(entry.examples)) throw noProse(`${id}'s "examples"`);
  const { coverage, enforcement } = entry;
  if (
    !isRecord(coverage) ||
    typeof coverage.runs_on_runtime !== "boolean" ||
    !Array.isArray(coverage.missing_events)
  ) {
    throw new Error(
      `${source}: ${id}'s "coverage" is missing: the site shows which entries run on the runtime from it. ${REGENERATE}`,
    );
  }
  if (!isRecord(enforcement) || enforcement.mode === undefined || enforcement.per === undefined) {
    throw new Error(
      `${source}: ${id}'s "enforcement" lacks "mode" or "per", which registry.json fills in with their defaults. ${REGENERATE}`,
    );
  }
}

/** registry.json joined with `prose` by the docs package's withProse; errors name both files. */
function join(
  machine: Record<string, unknown>,
  registryPath: string,
  prose: NonNullable<DataFiles["prose"]>,
): Record<string, unknown> {
  if ("error" in docsPackage) {
    throw new Error(
      `${registryPath} ships without its prose, and ${DOCS_PACKAGE} (which joins ${prose.path} into it) could not be loaded: ${(docsPackage.error as Error)?.message ?? String(docsPackage.error)}. Run \`pnpm install\` at the repository root and build the package (pnpm turbo run build --filter ${DOCS_PACKAGE}).`,
    );
  }
  const { version, content_hash } = machine;
  if (typeof version !== "string") throw new Error(`${registryPath}: "version" must be a string.`);
  if (typeof content_hash !== "string") {
    throw new Error(`${registryPath}: "content_hash" must be a string.`);
  }
  try {
    return docsPackage.withProse({ ...machine, version, content_hash }, prose.document);
  } catch (error) {
    throw new Error(
      `${prose.path} does not complete ${registryPath}: ${(error as Error).message}. Install ${REGISTRY_PACKAGE} and ${DOCS_PACKAGE} at the same version (in this repository: pnpm sap generate, then pnpm turbo run build --filter ${REGISTRY_PACKAGE} --filter ${DOCS_PACKAGE}), or point SAP_PROSE_JSON at the prose.json made with this registry.json.`,
    );
  }
}

function readProse(path: string, specifier: string): NonNullable<DataFiles["prose"]> {
  const record = asRecord(readJson(path, `${DOCS_PACKAGE}'s prose.json`), path, "a prose.json");
  const { version, content_hash, name, prose } = record;
  const notProse = (member: string, type: string) =>
    new Error(`${path}: "${member}" must be ${type}; is this ${DOCS_PACKAGE}'s prose.json?`);
  if (typeof version !== "string") throw notProse("version", "a string");
  if (typeof content_hash !== "string") throw notProse("content_hash", "a string");
  if (typeof name !== "string") throw notProse("name", "a string");
  if (!isRecord(prose)) throw notProse("prose", "an object");
  return { path, specifier, document: { name, version, content_hash, prose } };
}

/** registry.json's prose_in marker, or undefined for a full registry. */
function markerOf(machine: Record<string, unknown>, path: string): string | undefined {
  const marker = machine[PROSE_MARKER];
  if (marker === undefined) return undefined;
  if (typeof marker !== "string") throw new Error(`${path}: "${PROSE_MARKER}" must be a string.`);
  return marker;
}

/**
 * The full registry, parsed and joined once per version of its files: reloaded
 * when registry.json or prose.json changes (path, mtime or size).
 */
export function loadRegistry(): Registry {
  return load().value;
}

/** The files loadRegistry read (for the downloads and the tests). */
export function dataFiles(): DataFiles {
  return load().files;
}

function load(): NonNullable<typeof cache> {
  const registryPath = registryJsonPath();
  const registryStamp = stamp(registryPath);
  if (cache !== undefined && sameStamp(cache.registry, registryStamp)) {
    const prose = cache.files.prose;
    if (prose === undefined) return cache;
    const proseStamp = stamp(proseJsonPath(registryPath, prose.specifier));
    if (sameStamp(cache.prose, proseStamp)) return cache;
  }
  const machine = asRecord(
    readJson(registryPath, `${REGISTRY_PACKAGE}'s registry.json`),
    registryPath,
    `the registry package's registry.json`,
  );
  const specifier = markerOf(machine, registryPath);
  let files: DataFiles = { registry: registryPath };
  let proseStamp: FileStamp | undefined;
  let full = machine;
  if (specifier !== undefined) {
    const prosePath = proseJsonPath(registryPath, specifier);
    proseStamp = stamp(prosePath);
    const prose = readProse(prosePath, specifier);
    files = { registry: registryPath, prose };
    full = join(machine, registryPath, prose);
  }
  const source =
    files.prose === undefined ? registryPath : `${registryPath} joined with ${files.prose.path}`;
  checkRegistry(full, source, files.prose !== undefined);
  cache = { registry: registryStamp, prose: proseStamp, files, value: full };
  return cache;
}

/** The raw bytes of registry.json, for the download. */
export function registryJsonText(): string {
  return readFileSync(registryJsonPath(), "utf8");
}

/** The raw bytes of prose.json, or undefined when registry.json is a full registry. */
export function proseJsonText(): string | undefined {
  const prose = dataFiles().prose;
  return prose === undefined ? undefined : readFileSync(prose.path, "utf8");
}

function find<T extends { readonly id: string }>(
  list: readonly T[],
  id: string,
  what: string,
  owner: string,
): T {
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

/** True when the runtime records the event today (catalog origin `runtime`); any other origin is proposed. */
export function isRuntimeEvent(event: EventDefinition): boolean {
  return event.origin === "runtime";
}

/** The entries waiting for an event type (their `coverage.missing_events` name it), by id. */
export function entriesWaitingFor(registry: Registry, type: string): AntiPattern[] {
  return registry.anti_patterns.filter((entry) =>
    entry.coverage.missing_events.some((missing) => missing === type),
  );
}

/** Every proposed event with the entries waiting for it: most waited for first, then by type. */
export function proposedEvents(
  registry: Registry,
): { event: EventDefinition; waiting: AntiPattern[] }[] {
  return registry.events
    .filter((event) => !isRuntimeEvent(event))
    .map((event) => ({ event, waiting: entriesWaitingFor(registry, event.event_type) }))
    .sort(
      (a, b) =>
        b.waiting.length - a.waiting.length || (a.event.event_type < b.event.event_type ? -1 : 1),
    );
}
