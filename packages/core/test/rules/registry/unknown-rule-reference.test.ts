import { unknownRuleReference } from "../../../src/rules/registry/unknown-rule-reference.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const REFERENCES = "  rules: [ AP-006, INV-SPAWN-001, INV-SPAWN-002, INV-SPAWN-004 ]";

testRule(unknownRuleReference, {
  valid: [
    {
      name: "a rule of registry.yaml the base does not cite yet",
      patch: { [ENTRY]: { find: REFERENCES, replace: REFERENCES.replace(" ]", ", TRUST-003 ]") } },
    },
  ],
  invalid: [
    {
      name: "an entry citing a rule that does not exist",
      patch: {
        [ENTRY]: { find: REFERENCES, replace: "  rules: [ AP-006, INV-SPAWN-001, INV-SPAWN-009 ]" },
      },
      errors: [
        { file: ENTRY, line: 73, column: 35, message: "unknown runtime rule INV-SPAWN-009" },
      ],
    },
    {
      name: "an event citing a rule that does not exist",
      patch: {
        "events/spawn.yaml": {
          find: "    session_field: requester_session_id\n    rules: [ INV-SPAWN-001, INV-SPAWN-002 ]\n    payload:\n      requester_session_id: { type: string, description: The requesting session. }\n      child_role",
          replace:
            "    session_field: requester_session_id\n    rules: [ INV-SPAWN-001, INV-SPAWN-009 ]\n    payload:\n      requester_session_id: { type: string, description: The requesting session. }\n      child_role",
        },
      },
      errors: [
        {
          file: "events/spawn.yaml",
          line: 12,
          column: 29,
          message: "unknown runtime rule INV-SPAWN-009",
        },
      ],
    },
  ],
});
