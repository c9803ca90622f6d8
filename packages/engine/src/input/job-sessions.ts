/**
 * The session each runtime job runs for, learned from events that name both
 * a job (envelope or payload `job_id`) and a session (envelope
 * `model_session_id` or the payload's catalog session field): session.created,
 * the scheduler events, and any other envelope carrying both. The runtime
 * runs one model session per job, so the latest pairing wins.
 */
export class JobSessions {
  readonly #sessions = new Map<string, string>();

  learn(jobId: string, sessionId: string): void {
    if (jobId === "" || sessionId === "") return;
    if (this.#sessions.get(jobId) !== sessionId) this.#sessions.set(jobId, sessionId);
  }

  /** The session of a job learned from earlier events, or undefined. */
  sessionOf(jobId: string): string | undefined {
    return this.#sessions.get(jobId);
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
