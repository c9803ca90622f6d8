import type { Edit, Patch } from "./rule-tester.js";

/**
 * Edits of the base registry (fixtures/_base) that several rule tests share,
 * and the names they report. Line numbers are those of the base files.
 */

/** The base entry's trigger example (lines 76-87) and no_trigger example (lines 89-98), as messages name them. */
export const TRIGGER_EXAMPLE =
  'example "a tree asks for 5 children in 3 seconds with a limit of 4"';
export const NO_TRIGGER_EXAMPLE = 'example "the same five requests spread over five minutes"';

/** The trigger (line 34) also fires on session.spawn_rejected, which scheduler_check watches. */
export const ON_REQUESTED_AND_REJECTED: Edit = {
  find: "  on: [ session.spawn_requested ]",
  replace: "  on: [ session.spawn_requested, session.spawn_rejected ]",
};

/** Appends `event` (a flow map) to the no_trigger example, as line 99 of the entry. */
export function appendNoTriggerEvent(event: string): Edit {
  return { line: 98, find: "ONE_SHOT } }", replace: `ONE_SHOT } }\n        - ${event}` };
}

/** retired.yaml with these tombstones (from line 6, five or six lines each). */
export function retired(...tombs: { id: string; replacedBy?: string }[]): Patch {
  const text = tombs.map(
    ({ id, replacedBy }) =>
      `  - id: ${id}\n    slug: old-storm\n    title: Old storm\n    retired_in: 0.1.0\n    reason: Merged.\n${
        replacedBy ? `    replaced_by: ${replacedBy}\n` : ""
      }`,
  );
  return { "retired.yaml": { find: "retired: []\n", replace: `retired:\n${text.join("")}` } };
}

/** A new catalog, events/tools.yaml (read after session.yaml and spawn.yaml), with one event at line 5. */
export function toolsCatalog(id: string, eventType: string): Patch {
  return {
    "events/tools.yaml": {
      write: [
        "family: tools",
        "title: Tools",
        "description: Events added by a test.",
        "events:",
        `  - id: ${id}`,
        `    event_type: ${eventType}`,
        "    origin: proposed",
        "    title: A test event",
        "    description: An event added by a test.",
        "    session_field: requester_session_id",
        "    payload:",
        "      requester_session_id: { type: string, description: The requesting session. }",
        "",
      ].join("\n"),
    },
  };
}
