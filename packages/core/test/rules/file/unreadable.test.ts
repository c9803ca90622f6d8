import { unreadable } from "../../../src/rules/file/unreadable.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const NEW = "anti-patterns/SAP-002.yaml";

testRule(unreadable, {
  valid: [
    {
      name: "a chain of symbolic links that ends at a file",
      patch: {
        "drafts/SAP-001.yaml": { copyOf: ENTRY },
        "drafts/current.yaml": { symlink: "SAP-001.yaml" },
        [ENTRY]: { symlink: "../drafts/current.yaml" },
      },
    },
  ],
  invalid: [
    {
      name: "a symbolic link that points at itself",
      patch: { [NEW]: { symlink: "SAP-002.yaml" } },
      errors: [{ file: NEW, line: 1, column: 1, message: "cannot read: ELOOP" }],
    },
    {
      name: "an entry path that is a device, not a regular file",
      patch: { [NEW]: { symlink: "/dev/null" } },
      errors: [{ file: NEW, line: 1, column: 1, message: "cannot read: it is not a regular file" }],
    },
    {
      name: "the events folder is a file",
      patch: { events: { write: "not a folder\n" } },
      errors: [{ file: "events", line: 1, column: 1, message: "cannot read: not a directory" }],
    },
    {
      name: "the registry path is a file",
      patch: {},
      root: "registry.yaml",
      errors: [
        {
          file: "registry.yaml",
          line: 1,
          column: 1,
          message: "cannot read: the registry path is not a directory",
        },
      ],
    },
  ],
});
