import type { WindowEvent } from "../windows/window-event.js";

/**
 * One valid event as the triggers see it: the event as windows keep it (its
 * id, type, session, time and line; `distinct` empty) and its JSON payload.
 * Built once per event and handed to every trigger that watches its type.
 */
export interface EventContext {
  readonly event: WindowEvent;
  readonly payload: Readonly<Record<string, unknown>>;
}
