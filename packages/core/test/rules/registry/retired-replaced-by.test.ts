import { retiredReplacedBy } from "../../../src/rules/registry/retired-replaced-by.js";
import { retired } from "../../support/base-edits.js";
import { testRule } from "../../support/rule-tester.js";

testRule(retiredReplacedBy, {
  valid: [
    {
      name: "a tombstone replaced by a live entry",
      patch: retired({ id: "SAP-009", replacedBy: "SAP-001" }),
    },
  ],
  invalid: [
    {
      name: "a tombstone replaced by an id that is not live",
      patch: retired({ id: "SAP-009", replacedBy: "SAP-010" }),
      errors: [
        {
          file: "retired.yaml",
          line: 11,
          column: 18,
          message: "SAP-009 is replaced by SAP-010, which is not a live entry",
        },
      ],
    },
  ],
});
