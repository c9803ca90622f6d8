import { tierOrder } from "../../../src/rules/registry/tier-order.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const FIRST = "      from: 1\n";
const SECOND = "      from: 3\n";

testRule(tierOrder, {
  valid: [
    {
      name: "a second tier starting right after the first",
      patch: { [ENTRY]: { find: SECOND, replace: "      from: 2\n" } },
    },
  ],
  invalid: [
    {
      name: "a first tier that does not start at 1",
      patch: { [ENTRY]: { find: FIRST, replace: "      from: 2\n" } },
      errors: [
        {
          file: ENTRY,
          line: 59,
          column: 13,
          message: "the first tier starts at occurrence 2, not 1",
        },
      ],
    },
    {
      name: "a later tier starting at the same occurrence",
      patch: { [ENTRY]: { find: SECOND, replace: "      from: 1\n" } },
      errors: [
        {
          file: ENTRY,
          line: 63,
          column: 13,
          message: "tier 2 starts at occurrence 1, not after tier 1 (1)",
        },
      ],
    },
  ],
});
