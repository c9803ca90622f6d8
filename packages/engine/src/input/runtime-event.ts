import type { LoadedEvent } from "@handshake/sap-core";
import type { Envelope } from "./envelope.js";
import type { SessionHandles } from "./job-sessions.js";
import { JobSessions, jobPseudoSession, tracePseudoSession } from "./job-sessions.js";
import { PayloadEcho } from "./payload-echo.js";
import type { RuntimeEnvelope } from "./runtime-envelope.js";
import { emptyRuntimeEnvelope, readRuntimeEnvelope } from "./runtime-envelope.js";
import { RuntimeTypes } from "./runtime-types.js";

/** Why a runtime envelope was not turned into an event (an input finding). */
export interface RuntimeProblem {
  readonly code: "invalid_envelope" | "invalid_payload" | "redacted_payload";
  readonly message: string;
  readonly eventId?: string;
  readonly eventType?: string;
  readonly sessionId?: string;
}

/** The event is of a type the catalog does not know: skipped and counted, never an input finding. */
export const SKIPPED: unique symbol = Symbol("skipped");

function preview(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/**
 * Turns the runtime's FlightRecorderEvent envelopes into the events the
 * engine evaluates (registry/SEMANTICS.md, "Input"):
 *
 * - the event type resolves through the catalog (`RuntimeTypes`); a type the
 *   catalog does not know is `SKIPPED`;
 * - the payload's repeated `type` and `event_id` are checked and removed
 *   (`PayloadEcho`); a payload replaced by a string (a debug bundle exported
 *   in SafeDefault or Workspace mode) is a `redacted_payload` problem;
 * - the session is the envelope's `model_session_id`, else the payload's
 *   catalog session field, else the session of the event's job (envelope
 *   `job_id`, payload `job_id`, or for `runtime.job_from: trace_id` the
 *   envelope `trace_id`) learned from earlier events, else the pseudo-session
 *   `job:<job id>`, else `trace:<trace_id>`.
 *
 * Keeps one job-to-session map per evaluation; call `accepted` once the
 * engine has accepted the event, so only valid events teach it.
 */
export class RuntimeEventReader<H = unknown> {
  readonly #types: RuntimeTypes;
  readonly #echoes = new Map<string, PayloadEcho>();
  readonly jobs: JobSessions<H>;
  readonly #raw: RuntimeEnvelope = emptyRuntimeEnvelope();
  /** What the last read event would teach `#jobs` once accepted. */
  #pendingJob = "";
  #pendingSession = "";
  #pendingMs = 0;

  /** `handles`: how job pairings follow the engine's retained sessions (kept for the log without). */
  constructor(events: Iterable<LoadedEvent>, handles?: SessionHandles<H>) {
    this.jobs = new JobSessions(handles);
    const all = [...events];
    this.#types = new RuntimeTypes(all);
    for (const event of all) this.#echoes.set(event.event_type, new PayloadEcho(event));
  }

  /**
   * Reads one runtime envelope into `out`: undefined when `out` holds the
   * event, `SKIPPED` for a type the catalog does not know, else the problem.
   */
  read(value: Record<string, unknown>, out: Envelope): RuntimeProblem | typeof SKIPPED | undefined {
    this.#pendingJob = "";
    this.#pendingSession = "";
    const raw = this.#raw;
    const bad = readRuntimeEnvelope(value, raw);
    if (bad !== undefined) return { code: "invalid_envelope", ...bad };
    const payload = raw.payload;
    if (typeof payload === "string") {
      if (!this.#types.mayCarry(raw.eventType)) return this.#skip(raw);
      return {
        code: "redacted_payload",
        message: `payload is the string ${preview(payload)}, not the event's fields: this debug bundle was exported in SafeDefault or Workspace mode, which replaces every payload in trace.jsonl; export it again in FullLocal mode to evaluate it`,
        eventId: raw.eventId,
        eventType: raw.eventType,
      };
    }
    const event = this.#types.resolve(raw.eventType, payload);
    if (event === undefined) return this.#skip(raw);
    const eventType = event.event_type;

    // Session attribution.
    let session = raw.modelSessionId;
    const field = event.session_field;
    if (session === "" && field !== undefined) {
      const named = payload[field];
      if (typeof named === "string") session = named;
    }
    const payloadJob = payload.job_id;
    let jobId = raw.jobId !== "" ? raw.jobId : typeof payloadJob === "string" ? payloadJob : "";
    if (jobId === "" && event.runtime?.job_from === "trace_id") jobId = raw.traceId;
    if (session !== "") {
      this.#pendingJob = jobId;
      this.#pendingSession = session;
      this.#pendingMs = raw.time;
    } else if (jobId !== "") {
      session = this.jobs.sessionOf(jobId) ?? jobPseudoSession(jobId);
    } else {
      session = tracePseudoSession(raw.traceId);
    }

    const stripped = (this.#echoes.get(eventType) as PayloadEcho).strip(payload);
    if (typeof stripped === "string") {
      return {
        code: "invalid_payload",
        message: stripped,
        eventId: raw.eventId,
        eventType,
        sessionId: session,
      };
    }
    out.eventId = raw.eventId;
    out.eventType = eventType;
    out.sessionId = session;
    out.timestamp = raw.timestamp;
    out.time = raw.time;
    out.payload = stripped;
    out.sessionFrom = raw.modelSessionId !== "" ? "model_session_id" : "payload";
    return undefined;
  }

  /** The event last read was accepted: learn its job's session. */
  accepted(): void {
    if (this.#pendingJob !== "") {
      this.jobs.learn(this.#pendingJob, this.#pendingSession, this.#pendingMs);
    }
  }

  #skip(raw: RuntimeEnvelope): typeof SKIPPED {
    if (raw.jobId !== "" && raw.modelSessionId !== "") {
      this.jobs.learn(raw.jobId, raw.modelSessionId, raw.time);
    }
    return SKIPPED;
  }
}
