import type { InputFinding, InputFindingCode } from "../types.js";
import type { WindowEvent } from "../windows/window-event.js";

/** What an input finding may say about the event it concerns. */
export interface EventRef {
  readonly eventId?: string | undefined;
  readonly eventType?: string | undefined;
  readonly sessionId?: string | undefined;
}

/** The event a window keeps, as an input finding names it. */
export function refOf(event: WindowEvent): EventRef {
  return { eventId: event.id, eventType: event.type, sessionId: event.sessionId };
}

/** An input finding; fields it has nothing for are left out (the JSON report's key order). */
export function inputFinding(
  code: InputFindingCode,
  line: number,
  message: string,
  about?: EventRef,
  entryId?: string,
): InputFinding {
  return {
    code,
    line,
    message,
    ...(about?.eventId === undefined ? {} : { event_id: about.eventId }),
    ...(about?.eventType === undefined ? {} : { event_type: about.eventType }),
    ...(about?.sessionId === undefined ? {} : { session_id: about.sessionId }),
    ...(entryId === undefined ? {} : { anti_pattern_id: entryId }),
  };
}
