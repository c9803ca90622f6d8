import { tooLarge } from "../../../src/rules/file/too-large.js";
import { ENTRY, readBase, testRule } from "../../support/rule-tester.js";

const LIMIT = 5 * 1024 * 1024;

/** The base entry followed by one comment line, `bytes` long in all. */
function entryOfSize(bytes: number): string {
  const entry = `${readBase(ENTRY)}# `;
  return `${entry}${"x".repeat(bytes - entry.length - 1)}\n`;
}

testRule(tooLarge, {
  valid: [
    { name: "an entry of exactly 5 MB is read", patch: { [ENTRY]: { write: entryOfSize(LIMIT) } } },
  ],
  invalid: [
    {
      name: "an entry one byte over 5 MB is refused unread",
      patch: { [ENTRY]: { write: entryOfSize(LIMIT + 1) } },
      errors: [
        {
          file: ENTRY,
          line: 1,
          column: 1,
          message: `file is too large (${LIMIT + 1} bytes); the limit is 5 MB`,
        },
      ],
    },
  ],
});
