import { notUtf8 } from "../../../src/rules/file/not-utf8.js";
import { ENTRY, readBase, testRule } from "../../support/rule-tester.js";

testRule(notUtf8, {
  valid: [
    {
      name: "non-ASCII text encoded as UTF-8",
      patch: {
        [ENTRY]: {
          find: "title: Delegation storm across a spawn tree",
          replace: "title: Delegation storm across a spawn tree — café ✓",
        },
      },
    },
    {
      name: "UTF-8 with a byte order mark",
      patch: { [ENTRY]: { write: `\uFEFF${readBase(ENTRY)}` } },
    },
  ],
  invalid: [
    {
      name: "Latin-1 bytes",
      patch: {
        "anti-patterns/SAP-002.yaml": {
          write: Uint8Array.from([
            ...Buffer.from("id: SAP-002\ntitle: caf"),
            0xe9,
            0x20,
            0xff,
            0xfe,
            0x0a,
          ]),
        },
      },
      errors: [
        {
          file: "anti-patterns/SAP-002.yaml",
          line: 1,
          column: 1,
          message: "file is not valid UTF-8",
        },
      ],
    },
  ],
});
