import { entryFileName } from "../../../src/rules/registry/entry-file-name.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(entryFileName, {
  valid: [
    {
      name: "an entry with another id, in the file named after it",
      patch: {
        [ENTRY]: { remove: true },
        "anti-patterns/SAP-010.yaml": {
          copyOf: ENTRY,
          edits: [{ find: "id: SAP-001", replace: "id: SAP-010" }],
        },
      },
    },
  ],
  invalid: [
    {
      name: "an entry in a file not named after its id",
      patch: { [ENTRY]: { remove: true }, "anti-patterns/SAP-002.yaml": { copyOf: ENTRY } },
      errors: [
        {
          file: "anti-patterns/SAP-002.yaml",
          line: 2,
          column: 5,
          message: "file name SAP-002.yaml does not match id SAP-001",
        },
      ],
    },
  ],
});
