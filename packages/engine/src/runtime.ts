import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { canonicalRegistry, contentHash, durationToMs, paramsToCel } from "@handshake/sap-core";
import { effectiveParams, paramsHash } from "./compile/params.js";
import type { EntryPrograms } from "./compile/programs.js";
import type { CompiledTier } from "./state/occurrences.js";
import { OccurrenceTracker } from "./state/occurrences.js";
import { AbsenceBeforeWindow } from "./windows/absence-window.js";
import { CountWindow } from "./windows/count-window.js";
import { SequenceWindow } from "./windows/sequence-window.js";

/** What every entry's evaluation state has: effective params, tiers, occurrences. */
interface RuntimeBase {
  readonly programs: EntryPrograms;
  readonly entry: LoadedEntry;
  readonly mode: "enforce" | "audit";
  readonly spanMs: number;
  readonly params: unknown;
  readonly paramsJson: Readonly<Record<string, unknown>>;
  readonly paramsHash: string;
  readonly occurrences: OccurrenceTracker;
}

/** A trigger without a window. */
export interface StatelessRuntime extends RuntimeBase {
  readonly kind: "stateless";
  readonly direction: undefined;
  readonly window: undefined;
}

/** A count or distinct window: per key, the events within the span. */
export interface CountRuntime extends RuntimeBase {
  readonly kind: "count" | "distinct";
  readonly direction: undefined;
  readonly window: CountWindow;
}

/** A sequence window: per key, the partial matches within the span. */
export interface SequenceRuntime extends RuntimeBase {
  readonly kind: "sequence";
  readonly direction: undefined;
  readonly window: SequenceWindow;
}

/** An absence window, direction `after`: its open anchors live in the engine's deadline heap. */
export interface AbsenceAfterRuntime extends RuntimeBase {
  readonly kind: "absence";
  readonly direction: "after";
  readonly window: undefined;
}

/** An absence window, direction `before`: per key, the latest expected event. */
export interface AbsenceBeforeRuntime extends RuntimeBase {
  readonly kind: "absence";
  readonly direction: "before";
  readonly window: AbsenceBeforeWindow;
}

/** Per-entry evaluation state, by window kind: effective params, tiers, the window's store. */
export type EntryRuntime =
  | StatelessRuntime
  | CountRuntime
  | SequenceRuntime
  | AbsenceAfterRuntime
  | AbsenceBeforeRuntime;

/** An entry runtime whose window keeps groups the engine sweeps. */
export type WindowedRuntime = CountRuntime | SequenceRuntime | AbsenceBeforeRuntime;

const hashes = new WeakMap<LoadedRegistry, string>();

/**
 * `sha256:<hex>` content hash of the registry (canonical JSON), computed once
 * per loaded registry. A registry read from a machine registry.json (no prose)
 * cannot be hashed whole: it carries the hash its file declares.
 */
export function registryHash(registry: LoadedRegistry): string {
  let hash = hashes.get(registry);
  if (hash === undefined) {
    hash = registry.machineOnly?.declaredContentHash ?? contentHash(canonicalRegistry(registry));
    hashes.set(registry, hash);
  }
  return hash;
}

/** The span of an entry's window in milliseconds (0 without one), with the effective params. */
function spanOf(entry: LoadedEntry, paramsJson: Readonly<Record<string, unknown>>): number {
  const window = entry.trigger.window;
  if (window?.span !== undefined) return durationToMs(window.span);
  if (window?.span_param !== undefined) return durationToMs(String(paramsJson[window.span_param]));
  return 0;
}

/** An entry's evaluation state for one log: effective params (defaults, then overrides), tiers, empty windows. */
export function createEntryRuntime(
  programs: EntryPrograms,
  overrides: Readonly<Record<string, unknown>> | undefined,
  maxWindowEvents: number,
): EntryRuntime {
  const { entry } = programs;
  const paramsJson = effectiveParams(entry, overrides);
  const spanMs = spanOf(entry, paramsJson);
  const tiers: CompiledTier[] = entry.enforcement.tiers.map((t) => ({
    outcome: t.outcome,
    from: t.from,
    withinMs: t.within === undefined ? undefined : durationToMs(t.within),
  }));
  const base: RuntimeBase = {
    programs,
    entry,
    mode: entry.status === "experimental" ? "audit" : entry.enforcement.mode,
    spanMs,
    params: paramsToCel(entry, overrides ? { ...overrides } : {}),
    paramsJson,
    paramsHash: paramsHash(paramsJson),
    occurrences: new OccurrenceTracker(tiers),
  };
  const max = maxWindowEvents;
  // Every kind has the same properties in the same order: one object shape
  // for the engine's per-entry loop.
  switch (programs.kind) {
    case "stateless":
      return { ...base, kind: "stateless", direction: undefined, window: undefined };
    case "count":
    case "distinct":
      return {
        ...base,
        kind: programs.kind,
        direction: undefined,
        window: new CountWindow(spanMs, max, programs.kind === "distinct"),
      };
    case "sequence":
      return {
        ...base,
        kind: "sequence",
        direction: undefined,
        window: new SequenceWindow(spanMs, programs.steps.length, max),
      };
    case "absence":
      return programs.direction === "before"
        ? { ...base, kind: "absence", direction: "before", window: new AbsenceBeforeWindow(spanMs) }
        : { ...base, kind: "absence", direction: "after", window: undefined };
  }
}

/**
 * How long a spawn tree that runs no more is kept after its last activity
 * (SEMANTICS.md, "Retention"): the longest span of an `absence` window with
 * direction `after` (its deadline reads the anchor's session context when it
 * fires) plus the timestamp tolerance.
 */
export function retentionSpan(entries: readonly EntryRuntime[], toleranceMs: number): number {
  let longest = 0;
  for (const rt of entries) {
    if (rt.kind === "absence" && rt.direction === "after" && rt.spanMs > longest) {
      longest = rt.spanMs;
    }
  }
  return longest + toleranceMs;
}
