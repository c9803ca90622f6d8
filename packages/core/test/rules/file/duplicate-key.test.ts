import { duplicateKey } from "../../../src/rules/file/duplicate-key.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const duplicate = { file: ENTRY, line: 25, column: 1, message: "Map keys must be unique" };

testRule(duplicateKey, {
  valid: [
    {
      name: "the same keys in two items of a list",
      patch: {
        [ENTRY]: {
          find: "      why: The requests that make up the storm.\n",
          replace:
            "      why: The requests that make up the storm.\n    - event_type: session.spawn_rejected\n      why: Rejected requests the storm kept making.\n",
        },
      },
    },
  ],
  invalid: [
    {
      name: "a top-level key written twice",
      patch: {
        [ENTRY]: { find: "severity: high\n", replace: "severity: high\nseverity: medium\n" },
      },
      errors: [duplicate],
    },
    {
      name: "the same key once plain and once quoted",
      patch: {
        [ENTRY]: { find: "severity: high\n", replace: 'severity: high\n"severity": low\n' },
      },
      errors: [duplicate],
    },
  ],
});
