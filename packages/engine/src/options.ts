import type { EventForm } from "./input/event-form.js";
import type { Finding, InputFinding } from "./types.js";

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
  /**
   * false: keep every session for the whole log instead of retiring the spawn
   * trees that can no longer change a finding (SEMANTICS.md, "Retention");
   * for comparison, memory then grows with the log.
   */
  readonly retireSessions?: boolean;
  /** false: evaluate every expression with cel-js alone (no compiled closures); for comparison. */
  readonly fastCel?: boolean;
  /**
   * How events are read: `auto` (default: each event as the native envelope
   * or the runtime's FlightRecorderEvent envelope, by its fields), `native`
   * or `runtime` (every event in that form).
   */
  readonly eventForm?: EventForm;
}
