import { emptyFile } from "../../../src/rules/file/empty-file.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const NEW = "anti-patterns/SAP-002.yaml";
const empty = { file: NEW, line: 1, column: 1, message: "file is empty" };

testRule(emptyFile, {
  valid: [
    {
      name: "comments and a document marker before the content",
      patch: { [ENTRY]: { find: "id: SAP-001\n", replace: "# draft\n---\nid: SAP-001\n" } },
    },
  ],
  invalid: [
    { name: "an empty file", patch: { [NEW]: { write: "" } }, errors: [empty] },
    {
      name: "only comments and a document marker",
      patch: { [NEW]: { write: "# nothing here yet\n---\n" } },
      errors: [empty],
    },
    { name: "a document that is null", patch: { [NEW]: { write: "~\n" } }, errors: [empty] },
  ],
});
