import { yamlSyntax } from "../../../src/rules/file/yaml-syntax.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(yamlSyntax, {
  valid: [
    {
      name: "a flow sequence continued on the next line",
      patch: {
        [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags: [ delegation,\n  rate ]" },
      },
    },
    {
      name: "an alias of an anchor set earlier",
      patch: {
        [ENTRY]: [
          {
            find: "with a limit of 4\n      params: { max_spawn_requests: 4 }",
            replace: "with a limit of 4\n      params: &limit { max_spawn_requests: 4 }",
          },
          {
            find: "not a storm.\n      params: { max_spawn_requests: 4 }",
            replace: "not a storm.\n      params: *limit",
          },
        ],
      },
    },
  ],
  invalid: [
    {
      name: "an unclosed flow sequence",
      patch: {
        [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags: [ delegation, rate" },
      },
      errors: [
        {
          file: ENTRY,
          line: 24,
          column: 1,
          message:
            "YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
        },
      ],
    },
    {
      name: "an alias of an anchor never set",
      patch: { [ENTRY]: { find: "tags: [ delegation, rate ]", replace: "tags: [ *nope, rate ]" } },
      errors: [
        {
          file: ENTRY,
          line: 23,
          column: 9,
          message:
            "YAML syntax error: Unresolved alias (the anchor must be set before the alias): nope",
        },
      ],
    },
    {
      name: "aliases that expand past the alias limit",
      patch: {
        "anti-patterns/SAP-002.yaml": {
          write: [
            "a: &a [x, x, x, x, x, x, x, x, x, x]",
            "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
            "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
            "",
          ].join("\n"),
        },
      },
      errors: [
        {
          file: "anti-patterns/SAP-002.yaml",
          line: 2,
          column: 8,
          message:
            "YAML syntax error: Excessive alias count indicates a resource exhaustion attack",
        },
      ],
    },
  ],
});
