import { unknownOutcome } from "../../../src/rules/registry/unknown-outcome.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownOutcome, {
  valid: [
    {
      name: "another outcome of registry.yaml",
      patch: { [ENTRY]: { find: "    - outcome: force_stop", replace: "    - outcome: deny" } },
    },
  ],
  invalid: [
    {
      name: "an outcome registry.yaml does not list",
      patch: { [ENTRY]: { find: "    - outcome: force_stop", replace: "    - outcome: block" } },
      errors: [{ file: ENTRY, line: 62, column: 16, message: 'unknown outcome "block"' }],
    },
  ],
});
