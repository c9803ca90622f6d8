import { missingField } from "../../../src/rules/schema/missing-field.js";
import { ENTRY, readBase, testRule } from "../../support/rule-tester.js";

/** The base entry's examples.no_trigger, to the end of the file. */
const NO_TRIGGER = readBase(ENTRY).slice(readBase(ENTRY).indexOf("  no_trigger:\n"));

testRule(missingField, {
  valid: [
    {
      name: "an optional field left out (a tier's within)",
      patch: { [ENTRY]: { find: "      within: 10m\n", replace: "" } },
    },
  ],
  invalid: [
    {
      name: "a required top-level field left out",
      patch: {
        [ENTRY]: {
          find: "summary: >-\n  One spawn tree issues more spawn requests in a short span than any planned fan-out needs: recursive delegation is running away (AP-006).\n",
          replace: "",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 2,
          column: 1,
          message: 'missing required field "summary" at the top level',
        },
      ],
    },
    {
      name: "a required nested field left out (examples.no_trigger)",
      patch: { [ENTRY]: { find: NO_TRIGGER, replace: "" } },
      errors: [
        {
          file: ENTRY,
          line: 74,
          column: 1,
          message: 'missing required field "no_trigger" in examples',
        },
      ],
    },
    {
      name: "a runtime event without its runtime block",
      patch: {
        "events/spawn.yaml": {
          find: "    event_type: session.spawn_requested\n    origin: proposed",
          replace: "    event_type: session.spawn_requested\n    origin: runtime",
        },
      },
      errors: [
        {
          file: "events/spawn.yaml",
          line: 6,
          column: 5,
          message: 'missing required field "runtime" in events[0]',
        },
      ],
    },
  ],
});
