import { unknownSeverity } from "../../../src/rules/registry/unknown-severity.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownSeverity, {
  valid: [
    {
      name: "another severity of registry.yaml",
      patch: { [ENTRY]: { find: "severity: high", replace: "severity: critical" } },
    },
  ],
  invalid: [
    {
      name: "a severity registry.yaml does not list",
      patch: { [ENTRY]: { find: "severity: high", replace: "severity: severe" } },
      errors: [{ file: ENTRY, line: 24, column: 11, message: 'unknown severity "severe"' }],
    },
  ],
});
