import { unexpectedFile } from "../../../src/rules/file/unexpected-file.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const ignored = "not a .yaml file; it would be ignored";

testRule(unexpectedFile, {
  valid: [
    {
      name: "dotfiles in events/ and anti-patterns/ are skipped",
      patch: {
        "anti-patterns/.gitkeep": { write: "" },
        "events/.DS_Store": { write: "\u0000" },
      },
    },
    {
      name: "other files at the registry root are not read",
      patch: { "README.md": { write: "# The registry\n" } },
    },
  ],
  invalid: [
    {
      name: "an entry ending in .yml",
      patch: {
        "anti-patterns/SAP-002.yml": {
          copyOf: ENTRY,
          edits: [{ find: "id: SAP-001", replace: "id: SAP-002" }],
        },
      },
      errors: [{ file: "anti-patterns/SAP-002.yml", line: 1, column: 1, message: ignored }],
    },
    {
      name: "notes in the events folder",
      patch: { "events/README.md": { write: "# Events\n" } },
      errors: [{ file: "events/README.md", line: 1, column: 1, message: ignored }],
    },
  ],
});
