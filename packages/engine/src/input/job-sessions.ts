/**
 * How job pairings follow the engine's sessions: a pairing holds a handle to
 * its session's record and is forgotten once that session is retired
 * (SEMANTICS.md, "Retention"). Without one, pairings are kept for the log.
 */
export interface SessionHandles<H> {
  /** The handle of a session's record (made if the log had not named it), named at `timeMs`. */
  handle(sessionId: string, timeMs: number): H;
  /** Whether the record is still kept. */
  alive(handle: H): boolean;
}

interface Pairing<H> {
  readonly session: string;
  readonly handle: H | undefined;
}

/**
 * The session each runtime job runs for, learned from events that name both
 * a job (envelope or payload `job_id`) and a session (envelope
 * `model_session_id` or the payload's catalog session field): session.created,
 * the scheduler events, and any other envelope carrying both. The runtime
 * runs one model session per job, so the latest pairing wins.
 */
export class JobSessions<H = unknown> {
  readonly #sessions = new Map<string, Pairing<H>>();
  readonly #handles: SessionHandles<H> | undefined;

  constructor(handles?: SessionHandles<H>) {
    this.#handles = handles;
  }

  /** The event at `timeMs` paired the job with the session. */
  learn(jobId: string, sessionId: string, timeMs: number): void {
    if (jobId === "" || sessionId === "") return;
    const known = this.#sessions.get(jobId);
    if (known !== undefined && known.session === sessionId && this.#alive(known)) return;
    const handle = this.#handles?.handle(sessionId, timeMs);
    this.#sessions.set(jobId, { session: sessionId, handle });
  }

  /** The session of a job learned from earlier events, or undefined. */
  sessionOf(jobId: string): string | undefined {
    const pairing = this.#sessions.get(jobId);
    if (pairing === undefined) return undefined;
    if (this.#alive(pairing)) return pairing.session;
    this.#sessions.delete(jobId);
    return undefined;
  }

  #alive(pairing: Pairing<H>): boolean {
    return pairing.handle === undefined || this.#handles?.alive(pairing.handle) !== false;
  }

  /** Forgets the pairings of retired sessions (memory only: lookups forget them anyway). */
  sweep(): void {
    for (const [job, pairing] of this.#sessions)
      if (!this.#alive(pairing)) this.#sessions.delete(job);
  }

  /** Every kept pairing, job id first (for snapshots). */
  pairs(): [string, string][] {
    const out: [string, string][] = [];
    for (const [job, pairing] of this.#sessions)
      if (this.#alive(pairing)) out.push([job, pairing.session]);
    return out;
  }

  /** Restores pairings from `pairs` (the sessions already restored). */
  load(pairs: readonly (readonly [string, string])[]): void {
    for (const [job, session] of pairs) {
      const handle = this.#handles?.handle(session, Number.NEGATIVE_INFINITY);
      this.#sessions.set(job, { session, handle });
    }
  }

  get size(): number {
    return this.#sessions.size;
  }
}

/** The pseudo-session of a job whose session no earlier event named. */
export function jobPseudoSession(jobId: string): string {
  return `job:${jobId}`;
}

/** The pseudo-session of an event that names neither a session nor a job. */
export function tracePseudoSession(traceId: string): string {
  return `trace:${traceId}`;
}
