import { unknownField } from "../../../src/rules/schema/unknown-field.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownField, {
  valid: [
    {
      name: "an optional field the base does not use (a duration param's unit)",
      patch: { [ENTRY]: { find: "    max: 1h\n", replace: "    max: 1h\n    unit: seconds\n" } },
    },
    {
      name: "a param name of lowercase letters, digits and underscores",
      patch: {
        [ENTRY]: [
          { find: "  max_spawn_requests:\n", replace: "  max_spawn_requests_2:\n" },
          {
            find: "window.count > params.max_spawn_requests",
            replace: "window.count > params.max_spawn_requests_2",
          },
          {
            find: "with a limit of 4\n      params: { max_spawn_requests: 4 }",
            replace: "with a limit of 4\n      params: { max_spawn_requests_2: 4 }",
          },
          {
            find: "not a storm.\n      params: { max_spawn_requests: 4 }",
            replace: "not a storm.\n      params: { max_spawn_requests_2: 4 }",
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a field the top level does not allow",
      patch: {
        [ENTRY]: { find: "severity: high\n", replace: "severity: high\nowner: platform-team\n" },
      },
      errors: [
        {
          file: ENTRY,
          line: 25,
          column: 1,
          message: 'unknown field "owner" at the top level',
        },
      ],
    },
    {
      name: "a misspelt field inside a param",
      patch: { [ENTRY]: { find: "    unit: requests\n", replace: "    units: requests\n" } },
      errors: [
        {
          file: ENTRY,
          line: 46,
          column: 5,
          message: 'unknown field "units" in params.max_spawn_requests',
        },
      ],
    },
    {
      name: "a param name with capitals",
      patch: {
        [ENTRY]: [{ find: "  max_spawn_requests:\n", replace: "  MaxSpawn:\n" }],
      },
      errors: [{ file: ENTRY, line: 41, column: 3, message: 'invalid name "MaxSpawn" in params' }],
    },
  ],
});
