import { examplePayload } from "../../../src/rules/registry/example-payload.js";
import {
  appendNoTriggerEvent,
  NO_TRIGGER_EXAMPLE,
  TRIGGER_EXAMPLE,
} from "../../support/base-edits.js";
import type { Edit } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** An edit of event e2 of the trigger example (line 80). */
const e2 = (find: string, replace: string): Edit => ({ line: 80, find, replace });
const E2 = `${TRIGGER_EXAMPLE}, event e2`;

/** A session.cascade_cancel event, e7, appended to the no_trigger example (line 99). */
const cascade = (ids: string): Edit =>
  appendNoTriggerEvent(
    `{ event_id: e7, event_type: session.cascade_cancel, timestamp: "2026-03-01T10:05:00.000Z", session_id: root, payload: { root_session_id: root, cancelled_session_ids: ${ids}, reason: operator } }`,
  );
const TWO_ITEMS: Edit = {
  find: "  max_payload_list_items: 1024",
  replace: "  max_payload_list_items: 2",
};

// A payload that is not a map is refused by the schema (SAP-E012) before this rule runs; the
// value checks of each payload field type are payloadProblems' own tests (cel.test.ts).
testRule(examplePayload, {
  valid: [
    {
      name: "an optional field given",
      patch: {
        [ENTRY]: {
          line: 79,
          find: "role: Orchestrator,",
          replace: "role: Orchestrator, wp_id: wp-1,",
        },
      },
    },
    {
      name: "a list exactly as long as limits.max_payload_list_items",
      patch: { "registry.yaml": TWO_ITEMS, [ENTRY]: cascade("[ a, b ]") },
    },
  ],
  invalid: [
    {
      name: "a required field missing",
      patch: { [ENTRY]: e2("child_role: Coder, ", "") },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 130,
          message: `${E2}: payload of session.spawn_requested is missing child_role (string)`,
        },
      ],
    },
    {
      name: "a field the event type does not have",
      patch: { [ENTRY]: e2("ONE_SHOT }", "ONE_SHOT, priority: high }") },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 217,
          message: `${E2}: payload of session.spawn_requested has no field priority`,
        },
      ],
    },
    {
      name: "a value not in the field's enum",
      patch: { [ENTRY]: e2("spawn_mode: ONE_SHOT", "spawn_mode: FOREVER") },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 195,
          message: `${E2}: payload field spawn_mode of session.spawn_requested: "FOREVER" is not one of ONE_SHOT, SESSION_PERSISTENT`,
        },
      ],
    },
    {
      name: "an int written as a string",
      patch: { [ENTRY]: e2("spawn_depth: 1", 'spawn_depth: "1"') },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 179,
          message: `${E2}: payload field spawn_depth of session.spawn_requested: "1" is not an int`,
        },
      ],
    },
    {
      name: "an int below the field's minimum",
      patch: { [ENTRY]: e2("spawn_depth: 1", "spawn_depth: 0") },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 179,
          message: `${E2}: payload field spawn_depth of session.spawn_requested: 0 is below the minimum 1`,
        },
      ],
    },
    {
      name: "a list longer than limits.max_payload_list_items",
      patch: { "registry.yaml": TWO_ITEMS, [ENTRY]: cascade("[ a, b, c ]") },
      errors: [
        {
          file: ENTRY,
          line: 99,
          column: 154,
          message: `${NO_TRIGGER_EXAMPLE}, event e7: payload field cancelled_session_ids of session.cascade_cancel: has 3 items, more than 2`,
        },
      ],
    },
  ],
});
