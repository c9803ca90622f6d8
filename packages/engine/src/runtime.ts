import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { canonicalRegistry, contentHash, durationToMs, paramsToCel } from "@handshake/sap-core";
import { effectiveParams, paramsHash } from "./compile/params.js";
import type { EntryPrograms } from "./compile/programs.js";
import type { CompiledTier } from "./state/occurrences.js";
import { OccurrenceTracker } from "./state/occurrences.js";
import { AbsenceBeforeWindow } from "./windows/absence-window.js";
import { CountWindow } from "./windows/count-window.js";
import { SequenceWindow } from "./windows/sequence-window.js";

/** Per-entry evaluation state: effective params, tiers, window stores. */
export interface EntryRuntime {
  readonly programs: EntryPrograms;
  readonly entry: LoadedEntry;
  readonly mode: "enforce" | "audit";
  readonly spanMs: number;
  readonly params: unknown;
  readonly paramsJson: Readonly<Record<string, unknown>>;
  readonly paramsHash: string;
  readonly occurrences: OccurrenceTracker;
  readonly count: CountWindow | undefined;
  readonly sequence: SequenceWindow | undefined;
  readonly before: AbsenceBeforeWindow | undefined;
}

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

/** An entry's evaluation state for one log: effective params (defaults, then overrides), tiers, empty windows. */
export function createEntryRuntime(
  programs: EntryPrograms,
  overrides: Readonly<Record<string, unknown>> | undefined,
  maxWindowEvents: number,
): EntryRuntime {
  const { entry } = programs;
  const paramsJson = effectiveParams(entry, overrides);
  const window = entry.trigger.window;
  let spanMs = 0;
  if (window?.span !== undefined) spanMs = durationToMs(window.span);
  else if (window?.span_param !== undefined) {
    spanMs = durationToMs(String(paramsJson[window.span_param]));
  }
  const tiers: CompiledTier[] = entry.enforcement.tiers.map((t) => ({
    outcome: t.outcome,
    from: t.from,
    withinMs: t.within === undefined ? undefined : durationToMs(t.within),
  }));
  const max = maxWindowEvents;
  const kind = programs.kind;
  return {
    programs,
    entry,
    mode: entry.status === "experimental" ? "audit" : entry.enforcement.mode,
    spanMs,
    params: paramsToCel(entry, overrides ? { ...overrides } : {}),
    paramsJson,
    paramsHash: paramsHash(paramsJson),
    occurrences: new OccurrenceTracker(tiers),
    count:
      kind === "count" || kind === "distinct"
        ? new CountWindow(spanMs, max, kind === "distinct")
        : undefined,
    sequence:
      kind === "sequence" ? new SequenceWindow(spanMs, programs.steps.length, max) : undefined,
    before:
      kind === "absence" && programs.direction === "before"
        ? new AbsenceBeforeWindow(spanMs)
        : undefined,
  };
}
