import { payloadFieldShape } from "../../../src/rules/registry/payload-field-shape.js";
import { testRule } from "../../support/rule-tester.js";

const SESSION = "events/session.yaml";

testRule(payloadFieldShape, {
  valid: [
    {
      name: "minimum on a double field",
      patch: {
        [SESSION]: { line: 67, find: "{ type: double,", replace: "{ type: double, minimum: 0," },
      },
    },
  ],
  invalid: [
    {
      name: "enum on an int field",
      patch: {
        [SESSION]: { line: 21, find: "{ type: int,", replace: '{ type: int, enum: [ "0", "1" ],' },
      },
      errors: [
        {
          file: SESSION,
          line: 21,
          column: 33,
          message: "enum on session.created.spawn_depth of type int",
        },
      ],
    },
    {
      name: "minimum on a string field",
      patch: {
        [SESSION]: { line: 17, find: "{ type: string,", replace: "{ type: string, minimum: 0," },
      },
      errors: [
        {
          file: SESSION,
          line: 17,
          column: 29,
          message: "minimum on session.created.role of type string",
        },
      ],
    },
  ],
});
