import { paramUnused } from "../../../src/rules/registry/param-unused.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const MAX_DEPTH = {
  find: "params:\n",
  replace:
    "params:\n  max_depth:\n    type: int\n    default: 3\n    min: 1\n    max: 16\n    description: Deepest child counted.\n",
};

testRule(paramUnused, {
  valid: [
    {
      name: "a param read only by the window's where",
      patch: {
        [ENTRY]: [
          MAX_DEPTH,
          {
            find: "    span_param: window\n",
            replace:
              "    span_param: window\n    where: event.payload.spawn_depth <= params.max_depth\n",
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a param nothing reads",
      patch: { [ENTRY]: MAX_DEPTH },
      errors: [
        { file: ENTRY, line: 41, column: 3, message: "param max_depth is not used by the trigger" },
      ],
    },
  ],
});
