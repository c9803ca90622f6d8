import { celCost } from "../../../src/rules/registry/cel-cost.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** SAP-001's condition with ` && <extra>`: <extra> starts at column 58 of line 39. */
function also(extra: string) {
  return {
    [ENTRY]: {
      find: "  condition: window.count > params.max_spawn_requests",
      replace: `  condition: window.count > params.max_spawn_requests && ${extra}`,
    },
  };
}

const nested = "session.capability_grants.exists(a, parent.capability_grants.exists(b, a == b))";

testRule(celCost, {
  valid: [
    {
      name: "one comprehension over a context list",
      patch: also('session.capability_grants.exists(g, g == "x")'),
    },
    {
      name: "a string read once per element of a list (its strings share a line)",
      patch: also('session.capability_grants.exists(g, g.contains("admin"))'),
    },
    {
      name: "two nested comprehensions under a raised limit",
      patch: {
        ...also(nested),
        "registry.yaml": {
          find: "max_expression_cost: 10000000",
          replace: "max_expression_cost: 100000000",
        },
      },
    },
  ],
  invalid: [
    {
      name: "two nested comprehensions over context lists",
      patch: also(nested),
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 58,
          message:
            "condition: worst-case cost 67,125,251 of `session.capability_grants.exists(a, parent.capability_gra...` is over limits.max_expression_cost (10,000,000); nested comprehensions run 4,096 × 4,096 times",
        },
      ],
    },
    {
      name: "a map chain",
      patch: also(
        "size(session.capability_grants.map(a, session.capability_grants).map(l, l.map(g, g + g))) > 0",
      ),
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 63,
          message:
            "condition: worst-case cost 67,133,444 of `session.capability_grants.map(a, session.capability_grant...` is over limits.max_expression_cost (10,000,000); nested comprehensions run 4,096 × 4,096 times",
        },
      ],
    },
    {
      name: "one line's string scanned once per item of a context list",
      patch: also("session.capability_grants.exists(g, event.payload.child_role.contains(g))"),
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 58,
          message:
            "condition: worst-case cost 429,626,167 of `session.capability_grants.exists(g, event.payload.child_r...` is over limits.max_expression_cost (10,000,000); its comprehension runs 4,096 times",
        },
      ],
    },
  ],
});
