import { celResultType } from "../../../src/rules/registry/cel-result-type.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const GROUP_BY = "    group_by: session.root_id";

testRule(celResultType, {
  valid: [
    {
      name: "an int group_by converted to string",
      patch: { [ENTRY]: { find: GROUP_BY, replace: "    group_by: string(session.spawn_depth)" } },
    },
  ],
  invalid: [
    {
      name: "a condition that is an int",
      patch: {
        [ENTRY]: {
          find: "  condition: window.count > params.max_spawn_requests",
          replace: "  condition: window.count + params.max_spawn_requests",
        },
      },
      errors: [
        { file: ENTRY, line: 39, column: 14, message: "condition must be bool, but is int" },
      ],
    },
    {
      name: "a group_by that is an int",
      patch: { [ENTRY]: { find: GROUP_BY, replace: "    group_by: session.spawn_depth" } },
      errors: [
        {
          file: ENTRY,
          line: 37,
          column: 15,
          message: "window.group_by must be string, but is int",
        },
      ],
    },
  ],
});
