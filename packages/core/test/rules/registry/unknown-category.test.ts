import { unknownCategory } from "../../../src/rules/registry/unknown-category.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownCategory, {
  valid: [
    {
      name: "a category added to registry.yaml",
      patch: {
        "registry.yaml": {
          find: "categories:\n",
          replace:
            "categories:\n  - id: cost\n    title: Cost\n    description: Spending past a budget.\n",
        },
        [ENTRY]: { find: "category: spawn-abuse", replace: "category: cost" },
      },
    },
  ],
  invalid: [
    {
      name: "a misspelt category",
      patch: { [ENTRY]: { find: "category: spawn-abuse", replace: "category: spawn-abus" } },
      errors: [{ file: ENTRY, line: 22, column: 11, message: 'unknown category "spawn-abus"' }],
    },
  ],
});
