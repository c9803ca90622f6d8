import { exampleTimestamp } from "../../../src/rules/registry/example-timestamp.js";
import { TRIGGER_EXAMPLE } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const E2 = `${TRIGGER_EXAMPLE}, event e2`;
const timestamp = (to: string) => ({
  [ENTRY]: { line: 80, find: "2026-03-01T10:00:01.000Z", replace: to },
});

testRule(exampleTimestamp, {
  valid: [
    {
      name: "February 29 of a leap year",
      patch: {
        [ENTRY]: {
          line: 98,
          find: "2026-03-01T10:04:05.000Z",
          replace: "2028-02-29T10:04:05.000Z",
        },
      },
    },
  ],
  invalid: [
    {
      name: "February 30",
      patch: timestamp("2026-02-30T10:00:01.000Z"),
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 75,
          message: `${E2}: 2026-02-30T10:00:01.000Z is not a real date and time`,
        },
      ],
    },
    {
      name: "hour 25",
      patch: timestamp("2026-03-01T25:00:01.000Z"),
      errors: [
        {
          file: ENTRY,
          line: 80,
          column: 75,
          message: `${E2}: 2026-03-01T25:00:01.000Z is not a real date and time`,
        },
      ],
    },
  ],
});
