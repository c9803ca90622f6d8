import { tierStrictness } from "../../../src/rules/registry/tier-strictness.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(tierStrictness, {
  valid: [
    {
      name: "a later tier with the same outcome",
      patch: {
        [ENTRY]: { find: "    - outcome: force_stop", replace: "    - outcome: downgrade" },
      },
    },
  ],
  invalid: [
    {
      name: "a later tier with a less strict outcome",
      patch: {
        [ENTRY]: [
          {
            find: "outcome: downgrade\n      from: 1",
            replace: "outcome: force_stop\n      from: 1",
          },
          {
            find: "outcome: force_stop\n      from: 3",
            replace: "outcome: downgrade\n      from: 3",
          },
        ],
      },
      errors: [
        {
          file: ENTRY,
          line: 62,
          column: 16,
          message: "tier 2 (downgrade) is less strict than tier 1 (force_stop)",
        },
      ],
    },
  ],
});
