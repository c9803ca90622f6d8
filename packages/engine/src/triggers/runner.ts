import { errorMessage } from "@handshake/sap-core";
import { LazyActivation } from "../activation.js";
import type { CelEventBuilder } from "../compile/cel-values.js";
import type { Program } from "../compile/programs.js";
import type { AbsenceAfterRuntime, EntryRuntime } from "../runtime.js";
import type { SessionStore } from "../state/session-store.js";
import type { Finding } from "../types.js";
import type { OpenAnchor } from "../windows/absence-window.js";
import { AbsenceAfterWindows } from "../windows/absence-window.js";
import type { WindowEvent } from "../windows/window-event.js";
import { evaluateAbsence } from "./absence.js";
import { evaluateCount } from "./count.js";
import type { EventContext } from "./event-context.js";
import type { Evidence } from "./evidence.js";
import { evaluateSequence } from "./sequence.js";
import { evaluateStateless } from "./stateless.js";

/** What an open `after` anchor keeps until its deadline: its entry and JSON payload. */
export interface AnchorData {
  readonly runtime: AbsenceAfterRuntime;
  readonly payload: Readonly<Record<string, unknown>>;
}

/** Where the triggers report: findings, and the input findings evaluation itself causes. */
export interface TriggerSink {
  finding(finding: Finding): void;
  problem(
    code: "trigger_error" | "window_overflow",
    event: WindowEvent,
    message: string,
    entryId: string,
  ): void;
}

/**
 * Runs the triggers of one event (SEMANTICS.md, "Order of work", step 2) and
 * the `after` deadlines the watermark passes (step 4). Each window kind has
 * its evaluator (stateless.ts, count.ts, sequence.ts, absence.ts); this holds
 * what they share: the CEL activation, the per-event step cache, the deadline
 * heap, and the way to a finding or an input finding.
 */
export class TriggerRunner {
  readonly act: LazyActivation;
  readonly after: AbsenceAfterWindows<AnchorData>;
  readonly maxWindowEvents: number;
  readonly #store: SessionStore;
  readonly #cel: CelEventBuilder;
  readonly #evidence: Evidence;
  readonly #sink: TriggerSink;
  /** Per event being evaluated: which steps it satisfies (sequence, absence), -1 unknown. */
  readonly #stepCache: number[] = [];

  constructor(
    store: SessionStore,
    cel: CelEventBuilder,
    evidence: Evidence,
    sink: TriggerSink,
    maxWindowEvents: number,
  ) {
    this.#store = store;
    this.#cel = cel;
    this.#evidence = evidence;
    this.#sink = sink;
    this.maxWindowEvents = maxWindowEvents;
    this.act = new LazyActivation(store);
    this.after = new AbsenceAfterWindows(maxWindowEvents);
  }

  /** Evaluates the triggers watching the event's type, in entry id order, against the context before it. */
  evaluate(runtimes: readonly EntryRuntime[], ctx: EventContext): void {
    const act = this.act;
    const { event, payload } = ctx;
    act.reset(
      this.#cel.event(event.id, event.type, event.timeMs, event.sessionId, payload),
      this.#store.get(event.sessionId),
    );
    for (const rt of runtimes) {
      act.params = rt.params;
      act.window = undefined;
      try {
        switch (rt.kind) {
          case "stateless":
            evaluateStateless(this, rt, ctx);
            break;
          case "count":
          case "distinct":
            evaluateCount(this, rt, ctx);
            break;
          case "sequence":
            evaluateSequence(this, rt, ctx);
            break;
          case "absence":
            evaluateAbsence(this, rt, ctx);
            break;
        }
      } catch (error) {
        this.#triggerError(rt, event, error);
      }
    }
    act.window = undefined;
  }

  /** A trigger that threw at run time: an input finding on the event, naming the entry. */
  #triggerError(rt: EntryRuntime, event: WindowEvent, error: unknown): void {
    this.#sink.problem(
      "trigger_error",
      event,
      `${rt.entry.id}: ${errorMessage(error)}`,
      rt.entry.id,
    );
  }

  /** Fires the `after` anchors whose deadline the watermark has passed. */
  fireDue(watermarkMs: number): void {
    if (this.after.pending === 0) return;
    for (const open of this.after.due(watermarkMs)) this.#fire(open);
  }

  #fire(open: OpenAnchor<AnchorData>): void {
    const { anchor, key } = open;
    const { runtime: rt, payload } = open.payload;
    const act = this.act;
    act.reset(
      this.#cel.event(anchor.id, anchor.type, anchor.timeMs, anchor.sessionId, payload),
      this.#store.get(anchor.sessionId),
    );
    act.params = rt.params;
    this.bindWindow(key, 1, 0, anchor.timeMs, anchor.timeMs, rt.spanMs);
    try {
      const condition = rt.programs.condition.get(anchor.type);
      if (condition !== undefined && this.bool(condition, "condition")) {
        this.found(rt, [anchor], payload, anchor.type, key);
      }
    } catch (error) {
      this.#triggerError(rt, anchor, error);
    }
    act.window = undefined;
  }

  /** Runs a bool program (condition, where) against the activation. */
  bool(program: Program, what: string): boolean {
    const value = program(this.act);
    if (typeof value !== "boolean") throw new Error(`${what} gave ${typeof value}, not bool`);
    return value;
  }

  /** Runs a string program (group_by, distinct); a missing one is an error for this event type. */
  text(program: Program | undefined, what: string): string {
    if (program === undefined) throw new Error(`${what} is missing for this event type`);
    const value = program(this.act);
    if (typeof value !== "string") throw new Error(`${what} gave ${typeof value}, not string`);
    return value;
  }

  /** Binds `window` for the condition (environment.yaml, Window). */
  bindWindow(
    key: string,
    count: number,
    distinct: number,
    firstMs: number,
    lastMs: number,
    spanMs: number,
  ): void {
    this.act.window = this.#cel.window(key, count, distinct, firstMs, lastMs, spanMs);
  }

  /** Forgets which steps the event satisfies (before the first `satisfies` of an entry). */
  resetSteps(n: number): void {
    const cache = this.#stepCache;
    for (let i = 0; i < n; i++) cache[i] = -1;
  }

  /** Whether the event being evaluated satisfies step `i` of the entry (cached per entry and event). */
  satisfies(rt: EntryRuntime, eventType: string, i: number): boolean {
    const cached = this.#stepCache[i];
    if (cached !== undefined && cached >= 0) return cached === 1;
    const step = rt.programs.steps[i];
    let ok = false;
    if (step?.on.has(eventType)) {
      const where = step.where.get(eventType);
      ok = where === undefined || this.bool(where, `window.steps[${i}].where`);
    }
    this.#stepCache[i] = ok ? 1 : 0;
    return ok;
  }

  /** A finding of the entry on `events` (oldest first); `payload` is the event the condition saw. */
  found(
    rt: EntryRuntime,
    events: readonly WindowEvent[],
    payload: Readonly<Record<string, unknown>>,
    eventType: string,
    windowKey: string,
  ): void {
    this.#sink.finding(this.#evidence.finding(rt, events, payload, eventType, windowKey));
  }

  /** A window group of the entry passed limits.max_window_events (reported once per group). */
  overflow(rt: EntryRuntime, event: WindowEvent, key: string): void {
    this.#sink.problem(
      "window_overflow",
      event,
      `${rt.entry.id}: window group ${JSON.stringify(key)} holds more than limits.max_window_events (${this.maxWindowEvents}); the oldest events left it`,
      rt.entry.id,
    );
  }
}
