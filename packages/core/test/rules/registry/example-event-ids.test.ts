import { exampleEventIds } from "../../../src/rules/registry/example-event-ids.js";
import { TRIGGER_EXAMPLE } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(exampleEventIds, {
  valid: [
    {
      name: "ids that share a prefix (e2, e20)",
      patch: { [ENTRY]: { line: 95, find: "event_id: e3,", replace: "event_id: e20," } },
    },
  ],
  invalid: [
    {
      name: "two events of one example with the same id",
      patch: { [ENTRY]: { line: 81, find: "event_id: e3,", replace: "event_id: e2," } },
      errors: [
        {
          file: ENTRY,
          line: 81,
          column: 23,
          message: `${TRIGGER_EXAMPLE} repeats event_id e2`,
        },
      ],
    },
  ],
});
