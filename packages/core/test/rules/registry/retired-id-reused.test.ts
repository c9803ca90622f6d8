import { retiredIdReused } from "../../../src/rules/registry/retired-id-reused.js";
import { retired } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(retiredIdReused, {
  valid: [{ name: "a tombstone for an id no live entry uses", patch: retired({ id: "SAP-009" }) }],
  invalid: [
    {
      name: "a live entry with a retired id",
      patch: retired({ id: "SAP-001" }),
      errors: [
        {
          file: ENTRY,
          line: 2,
          column: 5,
          message: "SAP-001 is retired (retired.yaml) and can never be reused",
        },
      ],
    },
    {
      name: "retired.yaml lists an id twice",
      patch: retired({ id: "SAP-009" }, { id: "SAP-009" }),
      errors: [
        {
          file: "retired.yaml",
          line: 11,
          column: 9,
          message: "SAP-009 is listed twice in retired.yaml",
        },
      ],
    },
  ],
});
