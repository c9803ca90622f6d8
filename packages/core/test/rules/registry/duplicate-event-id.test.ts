import { duplicateEventId } from "../../../src/rules/registry/duplicate-event-id.js";
import { toolsCatalog } from "../../support/base-edits.js";
import { testRule } from "../../support/rule-tester.js";

testRule(duplicateEventId, {
  valid: [
    {
      name: "a new event type with its own FR id",
      patch: toolsCatalog("FR-EVT-TOOLS-001", "session.spawn_retried"),
    },
  ],
  invalid: [
    {
      name: "a new event type reusing an FR id",
      patch: toolsCatalog("FR-EVT-SESS-SPAWN-001", "session.spawn_retried"),
      errors: [
        {
          file: "events/tools.yaml",
          line: 5,
          column: 9,
          message: "FR id FR-EVT-SESS-SPAWN-001 is already used by session.spawn_requested",
        },
      ],
    },
  ],
});
