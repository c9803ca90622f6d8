import type { LoadedRegistry } from "@handshake/sap-core";
import { canonicalRegistry, machineHash } from "@handshake/sap-core";
import { paramsHash } from "./compile/params.js";
import { isRecord } from "./input/envelope.js";
import type { EventForm } from "./input/event-form.js";
import type { EntryRuntime } from "./runtime.js";
import type { OccurrenceState } from "./state/occurrences.js";
import type { SessionsState } from "./state/session-snapshot.js";
import type { AnchorData } from "./triggers/runner.js";
import type { EvaluationResult } from "./types.js";
import type { AbsenceAfterWindows, AnchorGroupState } from "./windows/absence-window.js";
import type { CountGroupState } from "./windows/count-window.js";
import type { SequenceGroupState } from "./windows/sequence-window.js";

/** The format of `Engine.snapshot()`; bumped on any incompatible change. */
export const SNAPSHOT_FORMAT = "sap-engine-state/1";

/** The engine's counters: the summary so far and where the next window sweep falls. */
export interface EngineCounters {
  readonly lines: number;
  readonly events: number;
  readonly enforced: number;
  readonly skipped_unknown_types: number;
  readonly since_sweep: number;
  readonly sweep_every: number;
}

/** One entry's window groups in a snapshot. */
export type WindowState =
  | { readonly kind: "count"; readonly groups: readonly CountGroupState[] }
  | { readonly kind: "sequence"; readonly groups: readonly SequenceGroupState[] }
  | { readonly kind: "before"; readonly expected: readonly (readonly [string, number])[] };

/** One entry's state in a snapshot: occurrences per key and its window (absence `after` anchors are in `anchors`). */
export interface EntryState {
  readonly occurrences: readonly OccurrenceState[];
  readonly window?: WindowState;
}

/** An open `after` anchor group in a snapshot: `entry` is the entry's id. */
export type AnchorState = Omit<AnchorGroupState<AnchorData["payload"]>, "entry"> & {
  readonly entry: string;
};

/**
 * All evaluation state of an engine as a JSON value (`Engine.snapshot()`):
 * what it was made with, the watermark, counters, the result so far, the
 * kept sessions, job pairings, and every entry's occurrences and windows.
 */
export interface EngineSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  /** `machine_hash` of the registry (its machine half: what evaluation reads). */
  readonly registry_machine_hash: string;
  /** sha256 of the canonical JSON of every entry's effective params, by entry id. */
  readonly params_hash: string;
  readonly event_form: EventForm;
  /** How long finished, quiet spawn trees are kept (ms); null: for ever (`retireSessions: false`). */
  readonly retention_ms: number | null;
  /** null before the first valid event. */
  readonly watermark_ms: number | null;
  readonly counters: EngineCounters;
  readonly findings: EvaluationResult["findings"];
  readonly input_findings: EvaluationResult["input_findings"];
  readonly notices: EvaluationResult["notices"];
  readonly sessions: SessionsState;
  /** Runtime job → session pairings (runtime envelopes). */
  readonly jobs: readonly (readonly [string, string])[];
  /** By entry id; entries without state are left out. */
  readonly entries: Readonly<Record<string, EntryState>>;
  readonly anchors: readonly AnchorState[];
}

/** A snapshot that cannot be restored here: another format, registry, params or event form. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SnapshotError";
  }
}

const machineHashes = new WeakMap<LoadedRegistry, string>();

/** The registry's machine hash, computed once per loaded registry. */
export function registryMachineHash(registry: LoadedRegistry): string {
  let hash = machineHashes.get(registry);
  if (hash === undefined) {
    hash = machineHash(canonicalRegistry(registry));
    machineHashes.set(registry, hash);
  }
  return hash;
}

/** sha256 of every entry's effective params (defaults, then overrides), by entry id. */
export function allParamsHash(entries: readonly EntryRuntime[]): string {
  return paramsHash(Object.fromEntries(entries.map((rt) => [rt.entry.id, rt.paramsJson])));
}

/** What a snapshot records it was made with. */
export function snapshotIdentity(
  registry: LoadedRegistry,
  entries: readonly EntryRuntime[],
  form: EventForm,
  retentionMs: number,
): Pick<
  EngineSnapshot,
  "format" | "registry_machine_hash" | "params_hash" | "event_form" | "retention_ms"
> {
  return {
    format: SNAPSHOT_FORMAT,
    registry_machine_hash: registryMachineHash(registry),
    params_hash: allParamsHash(entries),
    event_form: form,
    retention_ms: Number.isFinite(retentionMs) ? retentionMs : null,
  };
}

/**
 * The snapshot, once it is known to be one this engine can continue: the
 * same format, registry machine hash, params hash and event form.
 */
export function checkSnapshot(
  value: unknown,
  registry: LoadedRegistry,
  entries: readonly EntryRuntime[],
  form: EventForm,
  retentionMs: number,
): EngineSnapshot {
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) {
    const format = isRecord(value) ? JSON.stringify(value.format) : typeof value;
    throw new SnapshotError(
      `not an engine snapshot: format is ${format}, expected ${JSON.stringify(SNAPSHOT_FORMAT)} (a value Engine.snapshot() returned)`,
    );
  }
  const expected = snapshotIdentity(registry, entries, form, retentionMs);
  const problems: string[] = [];
  if (value.registry_machine_hash !== expected.registry_machine_hash) {
    problems.push(
      `it was made with registry machine hash ${String(value.registry_machine_hash)}, this registry's is ${expected.registry_machine_hash}: restore it with the registry it was made with`,
    );
  }
  if (value.params_hash !== expected.params_hash) {
    problems.push(
      `it was made with params hash ${String(value.params_hash)}, these params give ${expected.params_hash}: restore it with the params it was made with`,
    );
  }
  if (value.event_form !== expected.event_form) {
    problems.push(
      `it was made reading events as ${String(value.event_form)}, not ${expected.event_form}`,
    );
  }
  if (value.retention_ms !== expected.retention_ms) {
    problems.push(
      `it was made keeping finished spawn trees ${String(value.retention_ms ?? "for ever")} ms, not ${String(expected.retention_ms ?? "for ever")} (retireSessions)`,
    );
  }
  if (problems.length > 0) {
    throw new SnapshotError(`cannot restore the engine snapshot:\n  ${problems.join("\n  ")}`);
  }
  // Same format and identity: the rest is what snapshot() wrote.
  return value as unknown as EngineSnapshot;
}

function windowState(rt: EntryRuntime): WindowState | undefined {
  switch (rt.kind) {
    case "count":
    case "distinct": {
      const groups = rt.window.save();
      return groups.length === 0 ? undefined : { kind: "count", groups };
    }
    case "sequence": {
      const groups = rt.window.save();
      return groups.length === 0 ? undefined : { kind: "sequence", groups };
    }
    case "absence": {
      if (rt.direction === "after") return undefined;
      const expected = rt.window.save();
      return expected.length === 0 ? undefined : { kind: "before", expected };
    }
    default:
      return undefined;
  }
}

/** Every entry's occurrences and window groups, by entry id (entries without any left out). */
export function entryStates(entries: readonly EntryRuntime[]): Record<string, EntryState> {
  const out: Record<string, EntryState> = {};
  for (const rt of entries) {
    const occurrences = rt.occurrences.save();
    const window = windowState(rt);
    if (occurrences.length === 0 && window === undefined) continue;
    out[rt.entry.id] = window === undefined ? { occurrences } : { occurrences, window };
  }
  return out;
}

/** Loads what `entryStates` saved into fresh entry runtimes. */
export function loadEntryStates(
  entries: readonly EntryRuntime[],
  states: Readonly<Record<string, EntryState>>,
): void {
  for (const rt of entries) {
    const state = states[rt.entry.id];
    if (state === undefined) continue;
    rt.occurrences.load(state.occurrences);
    const window = state.window;
    if (window === undefined) continue;
    if (window.kind === "count" && (rt.kind === "count" || rt.kind === "distinct")) {
      rt.window.load(window.groups);
    } else if (window.kind === "sequence" && rt.kind === "sequence") {
      rt.window.load(window.groups);
    } else if (window.kind === "before" && rt.kind === "absence" && rt.direction === "before") {
      rt.window.load(window.expected);
    } else {
      throw new SnapshotError(`snapshot: ${rt.entry.id} has no ${window.kind} window`);
    }
  }
}

/** The open `after` anchors, their entries by id. */
export function saveAnchors(
  after: AbsenceAfterWindows<AnchorData>,
  entries: readonly EntryRuntime[],
): AnchorState[] {
  return after
    .save((data) => data.payload)
    .map((g) => ({ ...g, entry: entries[g.entry]?.entry.id ?? String(g.entry) }));
}

/** Opens the anchors `saveAnchors` listed. */
export function loadAnchors(
  after: AbsenceAfterWindows<AnchorData>,
  entries: readonly EntryRuntime[],
  anchors: readonly AnchorState[],
): void {
  const index = new Map(entries.map((rt, i) => [rt.entry.id, i]));
  const groups = anchors.map((g) => {
    const i = index.get(g.entry);
    if (i === undefined) throw new SnapshotError(`snapshot: no entry ${g.entry}`);
    return { ...g, entry: i };
  });
  after.load(groups, (i, payload) => {
    const runtime = entries[i];
    if (runtime?.kind !== "absence" || runtime.direction !== "after") {
      throw new SnapshotError(
        `snapshot: ${runtime?.entry.id ?? i} has no absence window with direction after`,
      );
    }
    return { runtime, payload };
  });
}
