import { spanParam } from "../../../src/rules/registry/span-param.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const SPAN_PARAM = "    span_param: window\n";

testRule(spanParam, {
  valid: [
    {
      name: "span_param naming a duration param of another name",
      patch: {
        [ENTRY]: [
          { find: SPAN_PARAM, replace: "    span_param: span\n" },
          { find: "  window:\n    type: duration", replace: "  span:\n    type: duration" },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "span_param naming no param",
      patch: { [ENTRY]: { find: SPAN_PARAM, replace: "    span_param: span\n" } },
      errors: [
        { file: ENTRY, line: 38, column: 17, message: "span_param span is not a param of SAP-001" },
      ],
    },
    {
      name: "span_param naming an int param",
      patch: { [ENTRY]: { find: SPAN_PARAM, replace: "    span_param: max_spawn_requests\n" } },
      errors: [
        {
          file: ENTRY,
          line: 38,
          column: 17,
          message: "span_param max_spawn_requests is of type int, not duration",
        },
      ],
    },
  ],
});
