import { unknownDetectionSource } from "../../../src/rules/registry/unknown-detection-source.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownDetectionSource, {
  valid: [
    {
      name: "another detection source of registry.yaml",
      patch: {
        [ENTRY]: {
          find: "  - source: session_lifecycle_record",
          replace: "  - source: capability_gate_outcome",
        },
      },
    },
  ],
  invalid: [
    {
      name: "a shortened source id",
      patch: { [ENTRY]: { find: "  - source: scheduler_check", replace: "  - source: scheduler" } },
      errors: [
        { file: ENTRY, line: 27, column: 13, message: 'unknown detection source "scheduler"' },
      ],
    },
  ],
});
