import { celWindowVariable } from "../../../src/rules/registry/cel-window-variable.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(celWindowVariable, {
  valid: [
    {
      name: "window fields in the condition of a windowed trigger",
      patch: {
        [ENTRY]: {
          find: "  condition: window.count > params.max_spawn_requests",
          replace: "  condition: window.count > params.max_spawn_requests && window.span_ms > 0",
        },
      },
    },
  ],
  invalid: [
    {
      name: "window in the condition of a trigger without a window",
      patch: {
        [ENTRY]: {
          find: "  window:\n    kind: count\n    group_by: session.root_id\n    span_param: window\n",
          replace: "",
        },
      },
      errors: [
        { file: ENTRY, line: 35, column: 14, message: "condition: `window` is not available here" },
      ],
    },
    {
      name: "window in the group_by of a windowed trigger",
      patch: {
        [ENTRY]: { find: "    group_by: session.root_id", replace: "    group_by: window.key" },
      },
      errors: [
        {
          file: ENTRY,
          line: 37,
          column: 15,
          message: "window.group_by: `window` is not available here",
        },
      ],
    },
  ],
});
