import { missingFile } from "../../../src/rules/file/missing-file.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(missingFile, {
  valid: [
    {
      name: "registry.yaml reached through a symbolic link",
      patch: {
        "meta/registry.yaml": { copyOf: "registry.yaml" },
        "registry.yaml": { symlink: "meta/registry.yaml" },
      },
    },
    {
      name: "an anti-patterns folder with no entry yet (only a dotfile)",
      patch: { [ENTRY]: { remove: true }, "anti-patterns/.gitkeep": { write: "" } },
    },
  ],
  invalid: [
    {
      name: "the registry folder does not exist",
      patch: {},
      root: "nowhere",
      errors: [{ file: "nowhere", line: 1, column: 1, message: "registry folder does not exist" }],
    },
    {
      name: "registry.yaml is missing",
      patch: { "registry.yaml": { remove: true } },
      errors: [
        {
          file: "registry.yaml",
          line: 1,
          column: 1,
          message: "required file or folder is missing",
        },
      ],
    },
    {
      name: "the anti-patterns folder is missing",
      patch: { "anti-patterns": { remove: true } },
      errors: [
        {
          file: "anti-patterns",
          line: 1,
          column: 1,
          message: "required file or folder is missing",
        },
      ],
    },
  ],
});
