import { duplicateId } from "../../../src/rules/registry/duplicate-id.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(duplicateId, {
  valid: [
    {
      name: "a second entry with its own id",
      patch: {
        "anti-patterns/SAP-002.yaml": {
          copyOf: ENTRY,
          edits: [{ find: "id: SAP-001", replace: "id: SAP-002" }],
        },
      },
    },
  ],
  invalid: [
    {
      name: "a second entry with the same id",
      patch: { "anti-patterns/SAP-002.yaml": { copyOf: ENTRY } },
      errors: [
        {
          file: "anti-patterns/SAP-002.yaml",
          line: 2,
          column: 5,
          message: "id SAP-001 is also used by anti-patterns/SAP-001.yaml",
        },
      ],
    },
  ],
});
