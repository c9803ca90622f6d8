import { paramBounds } from "../../../src/rules/registry/param-bounds.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const BOUNDS = "    min: 4\n    max: 1000\n";

testRule(paramBounds, {
  valid: [
    {
      name: "min equal to max (a duration fixed at its default)",
      patch: {
        [ENTRY]: { find: "    min: 5s\n    max: 1h\n", replace: "    min: 60s\n    max: 1m\n" },
      },
    },
  ],
  invalid: [
    {
      name: "min above max",
      patch: { [ENTRY]: { find: BOUNDS, replace: "    min: 100\n    max: 10\n" } },
      errors: [
        {
          file: ENTRY,
          line: 44,
          column: 10,
          message: "param max_spawn_requests has min 100 above max 10",
        },
      ],
    },
    {
      name: "a duration param's min that is not a duration",
      patch: { [ENTRY]: { find: "    min: 5s\n", replace: "    min: 5\n" } },
      errors: [
        {
          file: ENTRY,
          line: 51,
          column: 10,
          message:
            "min of param window: 5 is not a duration (a number and ms, s, m, h or d, like 60s)",
        },
      ],
    },
    {
      name: "min on a string param",
      patch: {
        [ENTRY]: {
          find: "enforcement:\n",
          replace:
            "  lane:\n    type: string\n    default: BACKGROUND\n    min: 1\n    description: The lane spawns are moved to.\nenforcement:\n",
        },
      },
      errors: [
        { file: ENTRY, line: 57, column: 10, message: "param lane of type string cannot have min" },
      ],
    },
  ],
});
