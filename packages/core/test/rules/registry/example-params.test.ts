import { exampleParams } from "../../../src/rules/registry/example-params.js";
import { TRIGGER_EXAMPLE } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const PARAMS = "params: { max_spawn_requests: 4 }";
const params = (replace: string) => ({ [ENTRY]: { line: 77, find: PARAMS, replace } });

testRule(exampleParams, {
  valid: [
    {
      name: "overrides at their params' minimums",
      patch: params("params: { max_spawn_requests: 4, window: 5s }"),
    },
  ],
  invalid: [
    {
      name: "an override of a param the entry does not declare",
      patch: params("params: { max_spawn: 4 }"),
      errors: [
        {
          file: ENTRY,
          line: 77,
          column: 17,
          message: `${TRIGGER_EXAMPLE} overrides max_spawn, which is not a param of SAP-001`,
        },
      ],
    },
    {
      name: "an override below the param's min",
      patch: params("params: { max_spawn_requests: 2 }"),
      errors: [
        {
          file: ENTRY,
          line: 77,
          column: 37,
          message: `${TRIGGER_EXAMPLE}, param max_spawn_requests: 2 is below the minimum 4`,
        },
      ],
    },
    {
      name: "an override of the wrong type",
      patch: params('params: { max_spawn_requests: "4" }'),
      errors: [
        {
          file: ENTRY,
          line: 77,
          column: 37,
          message: `${TRIGGER_EXAMPLE}, param max_spawn_requests: "4" is not an int`,
        },
      ],
    },
  ],
});
