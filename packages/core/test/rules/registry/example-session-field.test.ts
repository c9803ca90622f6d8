import { exampleSessionField } from "../../../src/rules/registry/example-session-field.js";
import { appendNoTriggerEvent, TRIGGER_EXAMPLE } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(exampleSessionField, {
  valid: [
    {
      name: "session_id equal to the session field, not to another session-like field",
      patch: {
        [ENTRY]: appendNoTriggerEvent(
          '{ event_id: e7, event_type: session.spawn_accepted, timestamp: "2026-03-01T10:05:00.000Z", session_id: root, payload: { requester_session_id: root, child_session_id: c1, child_role: Coder, spawn_depth: 1 } }',
        ),
      },
    },
  ],
  invalid: [
    {
      name: "session_id differing from the payload's requester_session_id",
      patch: { [ENTRY]: { line: 80, find: " session_id: root,", replace: " session_id: other," } },
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 115,
          message: `${TRIGGER_EXAMPLE}, event e2: session_id other differs from payload.requester_session_id "root"`,
        },
      ],
    },
  ],
});
