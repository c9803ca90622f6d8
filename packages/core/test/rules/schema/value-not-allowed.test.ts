import { valueNotAllowed } from "../../../src/rules/schema/value-not-allowed.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(valueNotAllowed, {
  valid: [
    {
      name: "another allowed value (mode: audit)",
      patch: { [ENTRY]: { find: "  mode: enforce", replace: "  mode: audit" } },
    },
    {
      name: "a duration in milliseconds",
      patch: { [ENTRY]: { find: "      within: 10m", replace: "      within: 1500ms" } },
    },
  ],
  invalid: [
    {
      name: "an id that does not match SAP-NNN",
      patch: { [ENTRY]: { find: "id: SAP-001", replace: "id: SAP-1" } },
      errors: [
        {
          file: ENTRY,
          line: 2,
          column: 5,
          message: 'id "SAP-1" does not match the required format ^SAP-[0-9]{3}$',
        },
      ],
    },
    {
      name: "a value not in the enum",
      patch: { [ENTRY]: { find: "  mode: enforce", replace: "  mode: block" } },
      errors: [
        {
          file: ENTRY,
          line: 55,
          column: 9,
          message: 'enforcement.mode is "block", not one of the allowed values',
        },
      ],
    },
  ],
});
