import { experimentalEnforce } from "../../../src/rules/registry/experimental-enforce.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const experimental = { find: "status: stable", replace: "status: experimental" };

testRule(experimentalEnforce, {
  valid: [
    {
      name: "an experimental entry without a mode (audit by default)",
      patch: { [ENTRY]: [experimental, { find: "  mode: enforce\n", replace: "" }] },
    },
  ],
  invalid: [
    {
      name: "an experimental entry that enforces",
      patch: { [ENTRY]: experimental },
      errors: [
        { file: ENTRY, line: 55, column: 9, message: "experimental entries cannot enforce" },
      ],
    },
  ],
});
