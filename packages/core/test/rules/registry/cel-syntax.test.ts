import { celSyntax } from "../../../src/rules/registry/cel-syntax.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const CONDITION = "  condition: window.count > params.max_spawn_requests";

testRule(celSyntax, {
  valid: [
    {
      name: "balanced parentheses",
      patch: {
        [ENTRY]: {
          find: CONDITION,
          replace: "  condition: window.count > (params.max_spawn_requests)",
        },
      },
    },
  ],
  invalid: [
    {
      name: "an unclosed parenthesis, reported where the expression ends",
      patch: {
        [ENTRY]: {
          find: CONDITION,
          replace: "  condition: window.count > (params.max_spawn_requests",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 55,
          message: "condition: CEL syntax error: Expected RPAREN, got EOF",
        },
      ],
    },
  ],
});
