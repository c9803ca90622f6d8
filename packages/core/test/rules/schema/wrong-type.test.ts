import { wrongType } from "../../../src/rules/schema/wrong-type.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(wrongType, {
  valid: [
    {
      name: "a list written in block style",
      patch: {
        [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags:\n  - delegation\n  - rate" },
      },
    },
  ],
  invalid: [
    {
      name: "a string where a list is expected",
      patch: { [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags: delegation" } },
      errors: [
        {
          file: ENTRY,
          line: 23,
          column: 7,
          message: 'tags must be a list, got the string "delegation"',
        },
      ],
    },
    {
      name: "a number written as text",
      patch: { [ENTRY]: { find: "      from: 1\n", replace: '      from: "1"\n' } },
      errors: [
        {
          file: ENTRY,
          line: 59,
          column: 13,
          message: 'enforcement.tiers[0].from must be an int, got the string "1"',
        },
      ],
    },
  ],
});
