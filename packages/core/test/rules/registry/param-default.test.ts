import { paramDefault } from "../../../src/rules/registry/param-default.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const COUNT_DEFAULT = "    default: 12\n";
const SPAN_DEFAULT = "    default: 60s\n";

testRule(paramDefault, {
  valid: [
    {
      name: "defaults equal to their max",
      patch: {
        [ENTRY]: [
          { find: COUNT_DEFAULT, replace: "    default: 1000\n" },
          { find: SPAN_DEFAULT, replace: "    default: 1h\n" },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a default above max",
      patch: { [ENTRY]: { find: COUNT_DEFAULT, replace: "    default: 2000\n" } },
      errors: [
        {
          file: ENTRY,
          line: 43,
          column: 14,
          message: "default of param max_spawn_requests: 2000 is above the maximum 1000",
        },
      ],
    },
    {
      name: "a default below min",
      patch: { [ENTRY]: { find: COUNT_DEFAULT, replace: "    default: 2\n" } },
      errors: [
        {
          file: ENTRY,
          line: 43,
          column: 14,
          message: "default of param max_spawn_requests: 2 is below the minimum 4",
        },
      ],
    },
    {
      name: "a duration default that is not a duration",
      patch: { [ENTRY]: { find: SPAN_DEFAULT, replace: "    default: 60 seconds\n" } },
      errors: [
        {
          file: ENTRY,
          line: 50,
          column: 14,
          message:
            'default of param window: "60 seconds" is not a duration (a number and ms, s, m, h or d, like 60s)',
        },
      ],
    },
  ],
});
