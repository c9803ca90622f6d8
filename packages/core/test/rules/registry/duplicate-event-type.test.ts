import { duplicateEventType } from "../../../src/rules/registry/duplicate-event-type.js";
import { toolsCatalog } from "../../support/base-edits.js";
import { testRule } from "../../support/rule-tester.js";

testRule(duplicateEventType, {
  valid: [
    {
      name: "a new catalog with a new event type",
      patch: toolsCatalog("FR-EVT-TOOLS-001", "session.spawn_retried"),
    },
  ],
  invalid: [
    {
      name: "a new catalog defining an event type again",
      patch: toolsCatalog("FR-EVT-TOOLS-001", "session.spawn_requested"),
      errors: [
        {
          file: "events/tools.yaml",
          line: 6,
          column: 17,
          message: "event type session.spawn_requested is already defined in events/spawn.yaml",
        },
      ],
    },
  ],
});
