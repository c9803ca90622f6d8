import type { LoadedRegistry } from "@handshake/sap-core";
import { celObject, durationToMs, errorMessage } from "@handshake/sap-core";
import { LazyActivation } from "./activation.js";
import { CelEventBuilder } from "./compile/cel-values.js";
import type { ParamOverrides } from "./compile/params.js";
import { ParamsError, paramOverrideProblems } from "./compile/params.js";
import type { Program } from "./compile/programs.js";
import { compileTriggers } from "./compile/programs.js";
import { buildFinding } from "./findings.js";
import type { Envelope } from "./input/envelope.js";
import { emptyEnvelope, isRecord, readEnvelope } from "./input/envelope.js";
import type { EventForm } from "./input/event-form.js";
import { isRuntimeEnvelope } from "./input/event-form.js";
import { PayloadValidator } from "./input/payload-validator.js";
import { RuntimeEventReader, SKIPPED } from "./input/runtime-event.js";
import type { EntryRuntime } from "./runtime.js";
import { createEntryRuntime, registryHash } from "./runtime.js";
import { SeenEvents } from "./state/seen-events.js";
import type { ConsentReceiptValue, SessionContextValue } from "./state/session-context.js";
import { contextOp, SessionStore } from "./state/session-store.js";
import type { EvaluationResult, Finding, InputFinding, InputFindingCode, Notice } from "./types.js";
import type { OpenAnchor } from "./windows/absence-window.js";
import { AbsenceAfterWindows, type AbsenceBeforeWindow } from "./windows/absence-window.js";
import type { CountWindow } from "./windows/count-window.js";
import type { SequenceWindow } from "./windows/sequence-window.js";
import type { WindowEvent } from "./windows/window-event.js";

/** How to evaluate: the registry's version and the deployment's param overrides. */
export interface EngineOptions {
  /** The registry package version stamped into every finding (packages/registry/package.json). */
  readonly registryVersion: string;
  /** Param overrides by entry id (`--params FILE`); checked against the entries' bounds. */
  readonly params?: unknown;
  /** Called for each finding as soon as it is made (streaming output). */
  readonly onFinding?: (finding: Finding) => void;
  /** Called for each input finding as soon as it is made. */
  readonly onInputFinding?: (finding: InputFinding) => void;
  /** false: evaluate every expression with cel-js alone (no compiled closures); for comparison. */
  readonly fastCel?: boolean;
  /**
   * How events are read: `auto` (default: each event as the native envelope
   * or the runtime's FlightRecorderEvent envelope, by its fields), `native`
   * or `runtime` (every event in that form).
   */
  readonly eventForm?: EventForm;
}

/** What the engine needs for one event type. */
interface EventTypeRuntime {
  readonly validator: PayloadValidator;
  /** Entries whose trigger watches the type, in id order; undefined when none. */
  readonly runtimes: readonly EntryRuntime[] | undefined;
  /** Bit of the type among the evidence source types (-1: not tracked). */
  readonly seenBit: number;
  /** What the type does to the session context (`contextOp`, -1: nothing). */
  readonly contextOp: number;
}

/** The anchor of an `after` absence window, kept until its deadline: its JSON payload. */
type AnchorData = Readonly<Record<string, unknown>>;

/**
 * Evaluates one audit log, event by event, exactly as registry/SEMANTICS.md
 * says: validate, run the triggers whose `on` lists the event type (in entry id
 * order) against the context before the event, apply the event to the context,
 * advance the watermark and fire the absence deadlines it passed.
 *
 * Feed it with `line` (JSON Lines text) or `event` (parsed values), then call
 * `finish`. Memory is bounded by the sessions and the open windows, not by the
 * length of the log (findings are kept for the result).
 */
export class Engine {
  readonly registry: LoadedRegistry;
  readonly registryVersion: string;
  readonly registryHash: string;
  readonly entries: readonly EntryRuntime[];
  /** Per catalog event type: its validator, the entries it meets, its evidence bit. One lookup per event. */
  readonly #types: ReadonlyMap<string, EventTypeRuntime>;
  readonly #store: SessionStore;
  readonly #cel: CelEventBuilder;
  readonly #seen: SeenEvents;
  readonly #after: AbsenceAfterWindows<AnchorData>;
  readonly #toleranceMs: number;
  readonly #maxWindowEvents: number;
  readonly #activation: LazyActivation;
  readonly #envelope: Envelope = emptyEnvelope();
  readonly #form: EventForm;
  readonly #runtime: RuntimeEventReader;
  readonly #findings: Finding[] = [];
  readonly #inputFindings: InputFinding[] = [];
  readonly #notices: Notice[] = [];
  readonly #onFinding: ((finding: Finding) => void) | undefined;
  readonly #onInputFinding: ((finding: InputFinding) => void) | undefined;
  #watermark = Number.NEGATIVE_INFINITY;
  #lines = 0;
  #events = 0;
  #enforced = 0;
  #skippedUnknown = 0;
  #sinceSweep = 0;
  #sweepEvery = 4096;
  /** Per event being evaluated: which steps it satisfies (sequence, absence), -1 unknown. */
  readonly #stepCache: number[] = [];

  constructor(registry: LoadedRegistry, options: EngineOptions) {
    this.registry = registry;
    this.registryVersion = options.registryVersion;
    this.registryHash = registryHash(registry);
    this.#onFinding = options.onFinding;
    this.#onInputFinding = options.onInputFinding;
    this.#form = options.eventForm ?? "auto";
    this.#runtime = new RuntimeEventReader(registry.events.values());
    const limits = registry.meta.limits;
    this.#toleranceMs = durationToMs(limits.timestamp_tolerance);
    this.#maxWindowEvents = limits.max_window_events;
    const overrides = this.#overrides(options.params);
    const compiled = compileTriggers(registry, { fastCel: options.fastCel !== false });
    this.entries = compiled.entries.map((programs) =>
      createEntryRuntime(programs, overrides[programs.entry.id], this.#maxWindowEvents),
    );
    this.#store = new SessionStore(
      (fields) =>
        celObject(
          registry,
          "SessionContext",
          fields as unknown as Record<string, unknown>,
        ) as unknown as SessionContextValue,
      (fields) =>
        celObject(
          registry,
          "ConsentReceipt",
          fields as unknown as Record<string, unknown>,
        ) as unknown as ConsentReceiptValue,
    );
    this.#seen = new SeenEvents(
      registry.entries.flatMap((e) =>
        e.evidence.source_events.flatMap((s) => [s.event_type, ...(s.or_event_types ?? [])]),
      ),
    );
    this.#after = new AbsenceAfterWindows(this.#maxWindowEvents);
    this.#cel = new CelEventBuilder(registry);
    this.#activation = new LazyActivation(this.#store);
    const types = new Map<string, EventTypeRuntime>();
    for (const e of registry.events.values()) {
      const list = compiled.byEventType.get(e.event_type);
      types.set(e.event_type, {
        validator: new PayloadValidator(e, limits.max_payload_list_items),
        runtimes: list?.map((p) => this.entries[p.index] as EntryRuntime),
        seenBit: this.#seen.bit(e.event_type),
        contextOp: contextOp(e.event_type),
      });
    }
    this.#types = types;
  }

  #overrides(params: unknown): ParamOverrides {
    if (params === undefined) return {};
    const problems = paramOverrideProblems(params, this.registry.entries, this.registry.retired);
    if (problems.length > 0) throw new ParamsError(problems);
    return params as ParamOverrides;
  }

  /** Evaluates one line of JSON Lines text (blank lines are skipped). */
  line(text: string, lineNumber: number): void {
    this.#lines = lineNumber > this.#lines ? lineNumber : this.#lines + 1;
    let blank = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 13) {
        blank = false;
        break;
      }
    }
    if (blank) return;
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
    this.#lines = lineNumber > this.#lines ? lineNumber : this.#lines + 1;
    this.#input(
      "line_too_long",
      lineNumber,
      `line is ${bytes} bytes, over limits.max_line_bytes (${this.registry.meta.limits.max_line_bytes}); split or shorten the event`,
    );
  }

  /** Evaluates one parsed event (an envelope object) from line `lineNumber`. */
  event(value: unknown, lineNumber: number): void {
    this.#lines = lineNumber > this.#lines ? lineNumber : this.#lines + 1;
    this.#event(value, lineNumber);
  }

  /**
   * Evaluates one parsed event found at `position` of an input that is not
   * read in order (a JSON array, ordered by time first): the input's line
   * count is its greatest position.
   */
  eventAt(value: unknown, position: number): void {
    if (position > this.#lines) this.#lines = position;
    this.#event(value, position);
  }

  /** Reports a problem with the input as a whole (for example an array that is not JSON) at `line`. */
  inputProblem(code: "invalid_json", line: number, message: string): void {
    if (line > this.#lines) this.#lines = line;
    this.#input(code, line, message);
  }

  /** Adds a notice about the input to the result (not an input finding). */
  notice(notice: Notice): void {
    this.#notices.push(notice);
  }

  #event(value: unknown, line: number): void {
    const envelope = this.#envelope;
    const form = this.#form;
    const runtime =
      form === "runtime" || (form === "auto" && isRecord(value) && isRuntimeEnvelope(value));
    if (runtime) {
      if (!isRecord(value)) {
        this.#input(
          "invalid_envelope",
          line,
          "an event must be a JSON object: the runtime's FlightRecorderEvent envelope",
        );
        return;
      }
      const read = this.#runtime.read(value, envelope);
      if (read === SKIPPED) {
        this.#skippedUnknown++;
        return;
      }
      if (read !== undefined) {
        this.#input(read.code, line, read.message, read.eventId, read.eventType, read.sessionId);
        return;
      }
    } else {
      const bad = readEnvelope(value, envelope);
      if (bad !== undefined) {
        this.#input(
          "invalid_envelope",
          line,
          bad.message,
          bad.eventId,
          bad.eventType,
          bad.sessionId,
        );
        return;
      }
    }
    const { eventId, eventType, sessionId, time, payload } = envelope;
    const typeRuntime = this.#types.get(eventType);
    if (typeRuntime === undefined) {
      this.#input(
        "unknown_event_type",
        line,
        `event_type ${JSON.stringify(eventType)} is not in the registry's event catalog (registry/events)`,
        eventId,
        eventType,
        sessionId,
      );
      return;
    }
    const problem = typeRuntime.validator.problem(payload, sessionId, envelope.sessionFrom);
    if (problem !== undefined) {
      this.#input("invalid_payload", line, problem, eventId, eventType, sessionId);
      return;
    }
    if (time < this.#watermark - this.#toleranceMs) {
      this.#input(
        "out_of_order",
        line,
        `timestamp ${envelope.timestamp} is ${this.#watermark - time} ms before the latest event time seen (tolerance ${this.registry.meta.limits.timestamp_tolerance}); not evaluated`,
        eventId,
        eventType,
        sessionId,
      );
      return;
    }
    if (runtime) this.#runtime.accepted();
    this.#events++;
    const runtimes = typeRuntime.runtimes;
    if (runtimes !== undefined) {
      this.#evaluate(runtimes, eventId, eventType, sessionId, time, line, payload);
    }
    this.#store.applyOp(typeRuntime.contextOp, sessionId, time, payload);
    if (typeRuntime.seenBit >= 0)
      this.#store.markSeen(sessionId, typeRuntime.seenBit, this.#seen.words);
    if (time > this.#watermark) {
      this.#watermark = time;
      if (this.#after.pending > 0) this.#fireDue();
    }
    if (++this.#sinceSweep >= this.#sweepEvery) this.#sweep();
  }

  #evaluate(
    runtimes: readonly EntryRuntime[],
    eventId: string,
    eventType: string,
    sessionId: string,
    time: number,
    line: number,
    payload: Record<string, unknown>,
  ): void {
    const act = this.#activation;
    const session = this.#store.get(sessionId);
    act.reset(this.#cel.event(eventId, eventType, time, sessionId, payload), session);
    const current: WindowEvent = {
      id: eventId,
      type: eventType,
      sessionId,
      timeMs: time,
      line,
      distinct: "",
    };
    for (const rt of runtimes) {
      act.params = rt.params;
      act.window = undefined;
      const p = rt.programs;
      try {
        switch (p.kind) {
          case "stateless": {
            const condition = p.condition.get(eventType) as Program;
            if (this.#bool(condition, "condition") === true) {
              this.#found(rt, [current], sessionId, payload, eventType, "");
            }
            break;
          }
          case "count":
          case "distinct":
            this.#count(rt, eventType, sessionId, time, line, eventId, payload);
            break;
          case "sequence":
            this.#sequenceStep(rt, eventType, sessionId, payload, current);
            break;
          case "absence":
            this.#absenceStep(rt, eventType, sessionId, time, payload, current);
            break;
        }
      } catch (error) {
        this.#input(
          "trigger_error",
          line,
          `${rt.entry.id}: ${errorMessage(error)}`,
          eventId,
          eventType,
          sessionId,
          rt.entry.id,
        );
      }
    }
    act.window = undefined;
  }

  #bool(program: Program, what: string): boolean {
    const value = program(this.#activation);
    if (typeof value !== "boolean") {
      throw new Error(`${what} gave ${typeof value}, not bool`);
    }
    return value;
  }

  #key(program: Program | undefined): string {
    if (program === undefined) throw new Error("window.group_by is missing for this event type");
    const value = program(this.#activation);
    if (typeof value !== "string")
      throw new Error(`window.group_by gave ${typeof value}, not string`);
    return value;
  }

  #windowValue(
    key: string,
    count: number,
    distinct: number,
    firstMs: number,
    lastMs: number,
    spanMs: number,
  ): unknown {
    return this.#cel.window(key, count, distinct, firstMs, lastMs, spanMs);
  }

  #count(
    rt: EntryRuntime,
    eventType: string,
    sessionId: string,
    time: number,
    line: number,
    eventId: string,
    payload: Record<string, unknown>,
  ): void {
    const p = rt.programs;
    if (!p.on.has(eventType)) return;
    const where = p.where.get(eventType);
    if (where !== undefined && !this.#bool(where, "window.where")) return;
    const key = this.#key(p.groupBy.get(eventType));
    let distinct = "";
    if (p.kind === "distinct") {
      const program = p.distinct.get(eventType);
      const value = program === undefined ? "" : program(this.#activation);
      if (typeof value !== "string")
        throw new Error(`window.distinct gave ${typeof value}, not string`);
      distinct = value;
    }
    const store = rt.count as CountWindow;
    const event: WindowEvent = {
      id: eventId,
      type: eventType,
      sessionId,
      timeMs: time,
      line,
      distinct,
    };
    const { group, overflowed } = store.add(key, event);
    if (overflowed) this.#overflow(rt, line, eventId, eventType, sessionId, key);
    const oldest = group.events.oldest as WindowEvent;
    const newest = group.events.newest as WindowEvent;
    this.#activation.window = this.#windowValue(
      key,
      group.events.size,
      group.values ? group.values.size : 0,
      oldest.timeMs,
      newest.timeMs,
      rt.spanMs,
    );
    const condition = p.condition.get(eventType) as Program;
    if (this.#bool(condition, "condition")) {
      const events = group.events.toArray();
      store.clear(group);
      this.#found(rt, events, sessionId, payload, eventType, key);
    }
  }

  /** Whether the event being evaluated satisfies step `i` of the entry (cached per event). */
  #satisfies(rt: EntryRuntime, eventType: string, i: number): boolean {
    const cached = this.#stepCache[i];
    if (cached !== undefined && cached >= 0) return cached === 1;
    const step = rt.programs.steps[i];
    let ok = false;
    if (step?.on.has(eventType)) {
      const where = step.where.get(eventType);
      ok = where === undefined || this.#bool(where, `window.steps[${i}].where`);
    }
    this.#stepCache[i] = ok ? 1 : 0;
    return ok;
  }

  #resetSteps(n: number): void {
    const cache = this.#stepCache;
    for (let i = 0; i < n; i++) cache[i] = -1;
  }

  #sequenceStep(
    rt: EntryRuntime,
    eventType: string,
    sessionId: string,
    payload: Record<string, unknown>,
    current: WindowEvent,
  ): void {
    const p = rt.programs;
    this.#resetSteps(p.steps.length);
    // An event that satisfies no step cannot start or advance a match: skip group_by.
    let any = false;
    for (let i = 0; i < p.steps.length && !any; i++) any = this.#satisfies(rt, eventType, i);
    if (!any) return;
    const key = this.#key(p.groupBy.get(eventType));
    const store = rt.sequence as SequenceWindow;
    const event = current;
    const step = store.advance(key, event, (i) => this.#satisfies(rt, eventType, i));
    if (step.overflowed) this.#overflow(rt, event.line, event.id, eventType, sessionId, key);
    for (const match of step.completed) {
      this.#activation.window = this.#windowValue(
        key,
        match.events.length,
        0,
        match.firstMs,
        event.timeMs,
        rt.spanMs,
      );
      const condition = p.condition.get(eventType);
      if (condition !== undefined && this.#bool(condition, "condition")) {
        store.clear(key);
        this.#found(rt, match.events, sessionId, payload, eventType, key);
        break;
      }
    }
  }

  #absenceStep(
    rt: EntryRuntime,
    eventType: string,
    sessionId: string,
    time: number,
    payload: Record<string, unknown>,
    current: WindowEvent,
  ): void {
    const p = rt.programs;
    this.#resetSteps(2);
    const isAnchor = this.#satisfies(rt, eventType, 0);
    const isExpected = this.#satisfies(rt, eventType, 1);
    if (!isAnchor && !isExpected) return;
    const key = this.#key(p.groupBy.get(eventType));
    if (p.direction === "before") {
      const store = rt.before as AbsenceBeforeWindow;
      if (isAnchor && store.missing(key, time)) {
        this.#activation.window = this.#windowValue(key, 1, 0, time, time, rt.spanMs);
        const condition = p.condition.get(eventType);
        if (condition !== undefined && this.#bool(condition, "condition")) {
          this.#found(rt, [current], sessionId, payload, eventType, key);
        }
      }
      if (isExpected) store.expect(key, time);
      return;
    }
    if (isExpected) this.#after.expect(rt.programs.index, key, time);
    if (isAnchor) {
      const anchor = current;
      const overflowed = this.#after.open(rt.programs.index, key, anchor, rt.spanMs, payload);
      if (overflowed) this.#overflow(rt, anchor.line, anchor.id, eventType, sessionId, key);
    }
  }

  /** Fires the `after` absence anchors whose deadline the watermark has passed. */
  #fireDue(): void {
    const due = this.#after.due(this.#watermark);
    for (const open of due) this.#fireAnchor(open);
  }

  #fireAnchor(open: OpenAnchor<AnchorData>): void {
    const rt = this.entries[open.entryIndex] as EntryRuntime;
    const { anchor } = open;
    const act = this.#activation;
    const session = this.#store.get(anchor.sessionId);
    act.event = this.#cel.event(
      anchor.id,
      anchor.type,
      anchor.timeMs,
      anchor.sessionId,
      open.payload,
    );
    act.reset(act.event, session);
    act.params = rt.params;
    act.window = this.#windowValue(open.key, 1, 0, anchor.timeMs, anchor.timeMs, rt.spanMs);
    try {
      const condition = rt.programs.condition.get(anchor.type);
      if (condition !== undefined && this.#bool(condition, "condition")) {
        this.#found(rt, [anchor], anchor.sessionId, open.payload, anchor.type, open.key);
      }
    } catch (error) {
      this.#input(
        "trigger_error",
        anchor.line,
        `${rt.entry.id}: ${errorMessage(error)}`,
        anchor.id,
        anchor.type,
        anchor.sessionId,
        rt.entry.id,
      );
    }
    act.window = undefined;
  }

  #found(
    rt: EntryRuntime,
    events: readonly WindowEvent[],
    _sessionId: string,
    payload: Readonly<Record<string, unknown>>,
    eventType: string,
    windowKey: string,
  ): void {
    const last = events[events.length - 1] as WindowEvent;
    const per = rt.entry.enforcement.per;
    const key =
      per === "root_session"
        ? this.#store.get(last.sessionId).root_id
        : per === "window_key" && rt.programs.kind !== "stateless"
          ? windowKey
          : last.sessionId;
    const choice = rt.occurrences.record(key, last.timeMs);
    const missing: string[] = [];
    for (const source of rt.entry.evidence.source_events) {
      const type = source.event_type;
      if (missing.includes(type)) continue;
      const satisfied = [type, ...(source.or_event_types ?? [])].some((t) => {
        if (events.some((e) => e.type === t)) return true;
        const bit = this.#seen.bit(t);
        return bit >= 0 && this.#store.hasSeen(last.sessionId, bit);
      });
      if (!satisfied) missing.push(type);
    }
    const finding = buildFinding({
      runtime: rt,
      registryVersion: this.registryVersion,
      registryHash: this.registryHash,
      events,
      occurrenceKey: key,
      choice,
      missing,
      payload,
      eventType,
      eventSpec: this.registry.events.get(eventType),
      outcomes: this.registry.meta.outcomes.map((o) => o.id),
    });
    if (finding.mode === "enforce") this.#enforced++;
    this.#findings.push(finding);
    this.#onFinding?.(finding);
  }

  #overflow(
    rt: EntryRuntime,
    line: number,
    eventId: string,
    eventType: string,
    sessionId: string,
    key: string,
  ): void {
    this.#input(
      "window_overflow",
      line,
      `${rt.entry.id}: window group ${JSON.stringify(key)} holds more than limits.max_window_events (${this.#maxWindowEvents}); the oldest events left it`,
      eventId,
      eventType,
      sessionId,
      rt.entry.id,
    );
  }

  #input(
    code: InputFindingCode,
    line: number,
    message: string,
    eventId?: string,
    eventType?: string,
    sessionId?: string,
    entryId?: string,
  ): void {
    const finding: InputFinding = {
      code,
      line,
      message,
      ...(eventId === undefined ? {} : { event_id: eventId }),
      ...(eventType === undefined ? {} : { event_type: eventType }),
      ...(sessionId === undefined ? {} : { session_id: sessionId }),
      ...(entryId === undefined ? {} : { anti_pattern_id: entryId }),
    };
    this.#inputFindings.push(finding);
    this.#onInputFinding?.(finding);
  }

  #sweep(): void {
    this.#sinceSweep = 0;
    let open = 0;
    for (const rt of this.entries) {
      if (rt.count) {
        rt.count.sweep(this.#watermark, this.#toleranceMs);
        open += rt.count.groups;
      }
      if (rt.sequence) {
        rt.sequence.sweep(this.#watermark, this.#toleranceMs);
        open += rt.sequence.groups;
      }
      if (rt.before) {
        rt.before.sweep(this.#watermark, this.#toleranceMs);
        open += rt.before.groups;
      }
    }
    this.#sweepEvery = Math.max(4096, open);
  }

  /** The evaluation so far. Deadlines the log never passed do not fire. */
  finish(): EvaluationResult {
    const findings = this.#findings;
    return {
      registry: { version: this.registryVersion, hash: this.registryHash },
      summary: {
        lines: this.#lines,
        events: this.#events,
        findings: findings.length,
        enforced: this.#enforced,
        audited: findings.length - this.#enforced,
        input_findings: this.#inputFindings.length,
        skipped_unknown_types: this.#skippedUnknown,
      },
      findings,
      input_findings: this.#inputFindings,
      notices: this.#notices,
    };
  }
}
