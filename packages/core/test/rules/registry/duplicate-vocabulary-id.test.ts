import { duplicateVocabularyId } from "../../../src/rules/registry/duplicate-vocabulary-id.js";
import { testRule } from "../../support/rule-tester.js";

const META = "registry.yaml";

testRule(duplicateVocabularyId, {
  valid: [
    {
      name: "one id in two different vocabularies (a category named like a detection source)",
      patch: {
        [META]: {
          find: "categories:\n",
          replace:
            "categories:\n  - id: scheduler_check\n    title: Scheduler checks\n    description: Named like the detection source.\n",
        },
      },
    },
  ],
  invalid: [
    {
      name: "a category listed twice",
      patch: { [META]: { line: 36, find: "id: trust-boundary", replace: "id: spawn-abuse" } },
      errors: [{ file: META, line: 36, column: 9, message: "categories lists spawn-abuse twice" }],
    },
    {
      name: "a rule listed twice",
      patch: { [META]: { line: 94, find: "id: INV-SESS-002", replace: "id: INV-SESS-001" } },
      errors: [{ file: META, line: 94, column: 11, message: "rules lists INV-SESS-001 twice" }],
    },
  ],
});
