import { notAFile } from "../../../src/rules/file/not-a-file.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(notAFile, {
  valid: [
    {
      name: "an entry file that is a symbolic link to a file",
      patch: {
        "drafts/SAP-001.yaml": { copyOf: ENTRY },
        [ENTRY]: { symlink: "../drafts/SAP-001.yaml" },
      },
    },
    {
      name: "a dot-folder in anti-patterns/ is skipped",
      patch: { "anti-patterns/.drafts": { mkdir: true } },
    },
  ],
  invalid: [
    {
      name: "an entry path that is a directory",
      patch: { "anti-patterns/SAP-002.yaml": { mkdir: true } },
      errors: [
        {
          file: "anti-patterns/SAP-002.yaml",
          line: 1,
          column: 1,
          message: "is a directory, expected a YAML file",
        },
      ],
    },
  ],
});
