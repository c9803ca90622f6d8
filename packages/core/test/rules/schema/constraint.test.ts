import { constraint } from "../../../src/rules/schema/constraint.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(constraint, {
  valid: [
    {
      name: "a window with span alone (exactly one of span and span_param)",
      patch: {
        [ENTRY]: [
          { find: "    span_param: window\n", replace: "    span: 60s\n" },
          {
            find: "  window:\n    type: duration\n    default: 60s\n    min: 5s\n    max: 1h\n    description: Span of event time over which requests are counted.\n",
            replace: "",
          },
        ],
      },
    },
    {
      name: "tags that share a prefix are distinct items",
      patch: {
        [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags: [ rate, rate-limit ]" },
      },
    },
  ],
  invalid: [
    {
      name: "a window with both span and span_param",
      patch: {
        [ENTRY]: {
          find: "    span_param: window\n",
          replace: "    span_param: window\n    span: 60s\n",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 35,
          column: 3,
          message: "trigger.window needs exactly one of span or span_param",
        },
      ],
    },
    {
      name: "a repeated item in a list of unique items",
      patch: {
        [ENTRY]: {
          find: "tags: [ delegation, rate ]",
          replace: "tags: [ delegation, delegation ]",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 23,
          column: 7,
          message: "tags must NOT have duplicate items (items ## 0 and 1 are identical)",
        },
      ],
    },
    {
      name: "a number below its minimum",
      patch: { [ENTRY]: { find: "      from: 1\n", replace: "      from: 0\n" } },
      errors: [
        { file: ENTRY, line: 59, column: 13, message: "enforcement.tiers[0].from must be >= 1" },
      ],
    },
    {
      name: "an empty string where text is required",
      patch: {
        [ENTRY]: { find: "title: Delegation storm across a spawn tree", replace: 'title: ""' },
      },
      errors: [
        { file: ENTRY, line: 4, column: 8, message: "title must NOT have fewer than 1 characters" },
      ],
    },
  ],
});
