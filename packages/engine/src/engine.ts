import type { LoadedRegistry } from "@handshake/sap-core";
import { celObject, durationToMs, errorMessage } from "@handshake/sap-core";
import { CelEventBuilder } from "./compile/cel-values.js";
import { checkedOverrides } from "./compile/params.js";
import { compileTriggers } from "./compile/programs.js";
import type { EventTypeRuntime } from "./event-types.js";
import { eventTypeRuntimes } from "./event-types.js";
import type { Envelope } from "./input/envelope.js";
import { emptyEnvelope, isRecord, readEnvelope } from "./input/envelope.js";
import type { EventForm } from "./input/event-form.js";
import { isRuntimeEnvelope } from "./input/event-form.js";
import type { EventRef } from "./input/input-finding.js";
import { inputFinding, refOf } from "./input/input-finding.js";
import { isBlankLine } from "./input/lines.js";
import { RuntimeEventReader, SKIPPED } from "./input/runtime-event.js";
import type { EngineOptions } from "./options.js";
import type { EntryRuntime } from "./runtime.js";
import { createEntryRuntime, registryHash, retentionSpan } from "./runtime.js";
import type { EngineCounters, EngineSnapshot } from "./snapshot.js";
import {
  checkSnapshot,
  entryStates,
  loadAnchors,
  loadEntryStates,
  saveAnchors,
  snapshotIdentity,
} from "./snapshot.js";
import { SeenEvents } from "./state/seen-events.js";
import type { ConsentReceiptValue, SessionContextValue } from "./state/session-context.js";
import type { SessionRecord } from "./state/session-records.js";
import { loadSessions, saveSessions } from "./state/session-snapshot.js";
import { SessionStore } from "./state/session-store.js";
import { Evidence } from "./triggers/evidence.js";
import { TriggerRunner } from "./triggers/runner.js";
import type { EvaluationResult, Finding, InputFinding, InputFindingCode, Notice } from "./types.js";
import type { WindowEvent } from "./windows/window-event.js";

type Counters = { -readonly [K in keyof EngineCounters]: EngineCounters[K] };

export type { EngineOptions } from "./options.js";

/** Events between sweeps of the window groups, at least (more when more groups are open). */
const SWEEP_EVERY = 4096;

/**
 * Evaluates one audit log, event by event, exactly as registry/SEMANTICS.md
 * says: validate, run the triggers whose `on` lists the event type (in entry id
 * order) against the context before the event, apply the event to the context,
 * advance the watermark and fire the absence deadlines it passed. The
 * triggers live in triggers/ (one evaluator per window kind).
 *
 * Feed it with `line` (JSON Lines text) or `event` (parsed values), then call
 * `finish`. Memory is bounded by the running sessions and the open windows,
 * not by the length of the log (findings are kept for the result): spawn trees
 * that can no longer change a finding are retired (SEMANTICS.md, "Retention").
 * `snapshot` saves all evaluation state as JSON; `Engine.restore` continues
 * from it.
 */
export class Engine {
  readonly registry: LoadedRegistry;
  readonly registryVersion: string;
  readonly registryHash: string;
  readonly entries: readonly EntryRuntime[];
  /** How long a quiet, finished spawn tree is kept (SEMANTICS.md, "Retention"), in ms; Infinity: for ever. */
  readonly retentionMs: number;
  /** Per catalog event type: its validator, the entries it meets, its evidence bit. One lookup per event. */
  readonly #types: ReadonlyMap<string, EventTypeRuntime>;
  readonly #store: SessionStore;
  readonly #seen: SeenEvents;
  readonly #runner: TriggerRunner;
  readonly #toleranceMs: number;
  readonly #envelope: Envelope = emptyEnvelope();
  readonly #form: EventForm;
  readonly #reader: RuntimeEventReader<SessionRecord>;
  readonly #findings: Finding[] = [];
  readonly #inputFindings: InputFinding[] = [];
  readonly #notices: Notice[] = [];
  readonly #onFinding: ((finding: Finding) => void) | undefined;
  readonly #onInputFinding: ((finding: InputFinding) => void) | undefined;
  #watermark = Number.NEGATIVE_INFINITY;
  /** The summary's counts so far and where the next window sweep falls. */
  readonly #n: Counters = {
    lines: 0,
    events: 0,
    enforced: 0,
    skipped_unknown_types: 0,
    since_sweep: 0,
    sweep_every: SWEEP_EVERY,
  };
  #sinceRetire = 0;

  constructor(registry: LoadedRegistry, options: EngineOptions) {
    this.registry = registry;
    this.registryVersion = options.registryVersion;
    this.registryHash = registryHash(registry);
    this.#onFinding = options.onFinding;
    this.#onInputFinding = options.onInputFinding;
    this.#form = options.eventForm ?? "auto";
    const limits = registry.meta.limits;
    this.#toleranceMs = durationToMs(limits.timestamp_tolerance);
    const overrides = checkedOverrides(options.params, registry);
    const compiled = compileTriggers(registry, { fastCel: options.fastCel !== false });
    const entries = compiled.entries.map((programs) =>
      createEntryRuntime(programs, overrides[programs.entry.id], limits.max_window_events),
    );
    this.entries = entries;
    this.retentionMs =
      options.retireSessions === false
        ? Number.POSITIVE_INFINITY
        : retentionSpan(entries, this.#toleranceMs);
    // Contexts and receipts as instances of the trigger environment's classes (read fastest by CEL).
    const store = new SessionStore(
      (fields) =>
        celObject(registry, "SessionContext", { ...fields }) as unknown as SessionContextValue,
      (fields) =>
        celObject(registry, "ConsentReceipt", { ...fields }) as unknown as ConsentReceiptValue,
    );
    this.#store = store;
    this.#reader = new RuntimeEventReader(registry.events.values(), {
      handle: (id, timeMs) => store.table.obtain(id, timeMs),
      alive: (rec) => store.table.alive(rec),
    });
    this.#seen = SeenEvents.of(registry.entries);
    const evidence = new Evidence(
      registry,
      store,
      this.#seen,
      this.registryVersion,
      this.registryHash,
    );
    this.#runner = new TriggerRunner(
      store,
      new CelEventBuilder(registry),
      evidence,
      {
        finding: (finding) => this.#found(finding),
        problem: (code, event, message, entryId) =>
          this.#input(code, event.line, message, refOf(event), entryId),
      },
      limits.max_window_events,
    );
    this.#types = eventTypeRuntimes(registry, compiled, entries, this.#seen);
  }

  /** Evaluates one line of JSON Lines text (blank lines are skipped). */
  line(text: string, lineNumber: number): void {
    this.#n.lines = lineNumber > this.#n.lines ? lineNumber : this.#n.lines + 1;
    if (isBlankLine(text)) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      this.#input("invalid_json", lineNumber, `not a JSON value: ${errorMessage(error)}`);
      return;
    }
    this.#event(value, lineNumber);
  }

  /** A line over `limits.max_line_bytes`: reported, not evaluated. */
  lineTooLong(lineNumber: number, bytes: number): void {
    this.#n.lines = lineNumber > this.#n.lines ? lineNumber : this.#n.lines + 1;
    this.#input(
      "line_too_long",
      lineNumber,
      `line is ${bytes} bytes, over limits.max_line_bytes (${this.registry.meta.limits.max_line_bytes}); split or shorten the event`,
    );
  }

  /** Evaluates one parsed event (an envelope object) from line `lineNumber`. */
  event(value: unknown, lineNumber: number): void {
    this.#n.lines = lineNumber > this.#n.lines ? lineNumber : this.#n.lines + 1;
    this.#event(value, lineNumber);
  }

  /**
   * Evaluates one parsed event found at `position` of an input that is not
   * read in order (a JSON array, ordered by time first): the input's line
   * count is its greatest position.
   */
  eventAt(value: unknown, position: number): void {
    if (position > this.#n.lines) this.#n.lines = position;
    this.#event(value, position);
  }

  /** Reports a problem with the input as a whole (for example an array that is not JSON) at `line`. */
  inputProblem(code: "invalid_json", line: number, message: string): void {
    if (line > this.#n.lines) this.#n.lines = line;
    this.#input(code, line, message);
  }

  /** Adds a notice about the input to the result (not an input finding). */
  notice(notice: Notice): void {
    this.#notices.push(notice);
  }

  /** Reads the event into the envelope; false when it was reported or skipped instead. */
  #read(value: unknown, line: number, runtime: boolean): boolean {
    const envelope = this.#envelope;
    if (!runtime) {
      const bad = readEnvelope(value, envelope);
      if (bad === undefined) return true;
      this.#input("invalid_envelope", line, bad.message, bad);
      return false;
    }
    if (!isRecord(value)) {
      const message = "an event must be a JSON object: the runtime's FlightRecorderEvent envelope";
      this.#input("invalid_envelope", line, message);
      return false;
    }
    const read = this.#reader.read(value, envelope);
    if (read === undefined) return true;
    if (read === SKIPPED) this.#n.skipped_unknown_types++;
    else this.#input(read.code, line, read.message, read);
    return false;
  }

  #event(value: unknown, line: number): void {
    // What this event sees of retired trees is fixed by the watermark before it.
    this.#store.horizon(this.#watermark - this.retentionMs);
    const form = this.#form;
    const runtime =
      form === "runtime" || (form === "auto" && isRecord(value) && isRuntimeEnvelope(value));
    if (!this.#read(value, line, runtime)) return;
    const envelope = this.#envelope;
    const { eventId, eventType, sessionId, time, payload } = envelope;
    const typeRuntime = this.#types.get(eventType);
    if (typeRuntime === undefined) {
      this.#input(
        "unknown_event_type",
        line,
        `event_type ${JSON.stringify(eventType)} is not in the registry's event catalog (registry/events)`,
        envelope,
      );
      return;
    }
    const problem = typeRuntime.validator.problem(payload, sessionId, envelope.sessionFrom);
    if (problem !== undefined) {
      this.#input("invalid_payload", line, problem, envelope);
      return;
    }
    if (time < this.#watermark - this.#toleranceMs) {
      this.#input(
        "out_of_order",
        line,
        `timestamp ${envelope.timestamp} is ${this.#watermark - time} ms before the latest event time seen (tolerance ${this.registry.meta.limits.timestamp_tolerance}); not evaluated`,
        envelope,
      );
      return;
    }
    this.#store.at(time);
    if (runtime) this.#reader.accepted();
    this.#n.events++;
    const runtimes = typeRuntime.runtimes;
    if (runtimes !== undefined) {
      const event: WindowEvent = {
        id: eventId,
        type: eventType,
        sessionId,
        timeMs: time,
        line,
        distinct: "",
      };
      this.#runner.evaluate(runtimes, { event, payload });
    }
    this.#store.apply(
      typeRuntime.contextOp,
      sessionId,
      payload,
      typeRuntime.seenBit,
      this.#seen.words,
    );
    if (time > this.#watermark) {
      this.#watermark = time;
      this.#runner.fireDue(time);
    }
    if (++this.#n.since_sweep >= this.#n.sweep_every) this.#sweep();
    if (++this.#sinceRetire >= SWEEP_EVERY && this.#sinceRetire >= this.#store.size) this.#retire();
  }

  #found(finding: Finding): void {
    if (finding.mode === "enforce") this.#n.enforced++;
    this.#findings.push(finding);
    this.#onFinding?.(finding);
  }

  #input(
    code: InputFindingCode,
    line: number,
    message: string,
    about?: EventRef,
    entryId?: string,
  ): void {
    const finding = inputFinding(code, line, message, about, entryId);
    this.#inputFindings.push(finding);
    this.#onInputFinding?.(finding);
  }

  /** Drops the window groups no later event can join. */
  #sweep(): void {
    this.#n.since_sweep = 0;
    let open = 0;
    for (const rt of this.entries) {
      if (rt.kind === "stateless" || (rt.kind === "absence" && rt.direction === "after")) continue;
      rt.window.sweep(this.#watermark, this.#toleranceMs);
      open += rt.window.groups;
    }
    this.#n.sweep_every = Math.max(SWEEP_EVERY, open);
  }

  /** Frees the retired trees, receipts and job pairings (lookups already ignore them). */
  #retire(): void {
    this.#sinceRetire = 0;
    this.#store.sweep();
    this.#reader.jobs.sweep();
  }

  /** How many sessions the engine keeps now (after forgetting the retired ones). */
  keptSessions(): number {
    this.#retire();
    return this.#store.size;
  }

  /** The evaluation so far. Deadlines the log never passed do not fire. */
  finish(): EvaluationResult {
    const findings = this.#findings;
    return {
      registry: { version: this.registryVersion, hash: this.registryHash },
      summary: {
        lines: this.#n.lines,
        events: this.#n.events,
        findings: findings.length,
        enforced: this.#n.enforced,
        audited: findings.length - this.#n.enforced,
        input_findings: this.#inputFindings.length,
        skipped_unknown_types: this.#n.skipped_unknown_types,
      },
      findings,
      input_findings: this.#inputFindings,
      notices: this.#notices,
    };
  }

  /**
   * All evaluation state as a JSON value (sessions, windows, occurrences,
   * watermark, counters, the result so far), stamped with the registry's
   * machine hash and the params hash: `Engine.restore` continues from it.
   */
  snapshot(): EngineSnapshot {
    return {
      ...snapshotIdentity(this.registry, this.entries, this.#form, this.retentionMs),
      watermark_ms: Number.isFinite(this.#watermark) ? this.#watermark : null,
      counters: { ...this.#n },
      findings: [...this.#findings],
      input_findings: [...this.#inputFindings],
      notices: [...this.#notices],
      sessions: saveSessions(this.#store),
      jobs: this.#reader.jobs.pairs(),
      entries: entryStates(this.entries),
      anchors: saveAnchors(this.#runner.after, this.entries),
    };
  }

  /**
   * An engine that continues from `snapshot` (a value `snapshot()` returned,
   * possibly through JSON). Throws when the snapshot was made under another
   * registry (machine hash), other params or another event form.
   */
  static restore(registry: LoadedRegistry, snapshot: unknown, options: EngineOptions): Engine {
    const engine = new Engine(registry, options);
    const state = checkSnapshot(
      snapshot,
      registry,
      engine.entries,
      engine.#form,
      engine.retentionMs,
    );
    Object.assign(engine.#n, state.counters);
    engine.#watermark = state.watermark_ms ?? Number.NEGATIVE_INFINITY;
    engine.#findings.push(...state.findings);
    engine.#inputFindings.push(...state.input_findings);
    engine.#notices.push(...state.notices);
    loadSessions(engine.#store, state.sessions);
    engine.#reader.jobs.load(state.jobs);
    loadEntryStates(engine.entries, state.entries);
    loadAnchors(engine.#runner.after, engine.entries, state.anchors);
    return engine;
  }
}
