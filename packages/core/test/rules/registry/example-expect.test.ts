import { exampleExpect } from "../../../src/rules/registry/example-expect.js";
import { TRIGGER_EXAMPLE } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(exampleExpect, {
  valid: [
    {
      name: "the outcome of a later tier",
      patch: { [ENTRY]: { line: 86, find: "outcome: downgrade", replace: "outcome: force_stop" } },
    },
  ],
  invalid: [
    {
      name: "an outcome no tier has",
      patch: { [ENTRY]: { line: 86, find: "outcome: downgrade", replace: "outcome: deny" } },
      errors: [
        {
          file: ENTRY,
          line: 86,
          column: 20,
          message: `${TRIGGER_EXAMPLE} expects outcome deny, which no tier of SAP-001 has`,
        },
      ],
    },
    {
      name: "a triggering event that is not in the example",
      patch: { [ENTRY]: { line: 87, find: "e6 ]", replace: "e7 ]" } },
      errors: [
        {
          file: ENTRY,
          line: 87,
          column: 37,
          message: `${TRIGGER_EXAMPLE} expects event e7, which is not among its events`,
        },
      ],
    },
  ],
});
