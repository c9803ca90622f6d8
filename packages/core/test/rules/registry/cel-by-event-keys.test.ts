import { celByEventKeys } from "../../../src/rules/registry/cel-by-event-keys.js";
import { ON_REQUESTED_AND_REJECTED } from "../../support/base-edits.js";
import type { Edit } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** The condition as a map from event type to expression. */
const byType = (...types: string[]): Edit => ({
  find: "  condition: window.count > params.max_spawn_requests\n",
  replace: `  condition:\n${types.map((t) => `    ${t}: window.count > params.max_spawn_requests\n`).join("")}`,
});

testRule(celByEventKeys, {
  valid: [
    {
      name: "one key for each trigger event type",
      patch: {
        [ENTRY]: [
          ON_REQUESTED_AND_REJECTED,
          byType("session.spawn_requested", "session.spawn_rejected"),
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a trigger event type without a key",
      patch: { [ENTRY]: [ON_REQUESTED_AND_REJECTED, byType("session.spawn_requested")] },
      errors: [
        {
          file: ENTRY,
          line: 40,
          column: 5,
          message:
            "no expression for session.spawn_rejected: a per-event-type map needs one key for each event type it is evaluated on",
        },
      ],
    },
    {
      name: "a key for an event type the trigger is not on",
      patch: { [ENTRY]: byType("session.spawn_requested", "session.spawn_accepted") },
      errors: [
        {
          file: ENTRY,
          line: 41,
          column: 29,
          message:
            "session.spawn_accepted is not an event type this expression is evaluated on (session.spawn_requested)",
        },
      ],
    },
  ],
});
