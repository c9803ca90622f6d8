import { celSize } from "../../../src/rules/registry/cel-size.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/**
 * `int(window.count) > params.max_spawn_requests + 1 + …`: the comparison
 * and its two selects are 5 nodes, each `+ 1` adds 2 and each int() 1, so
 * one int() and 253 additions make exactly limits.max_expression_nodes (512).
 */
function condition(ints: number): { find: string; replace: string } {
  const count = `${"int(".repeat(ints)}window.count${")".repeat(ints)}`;
  return {
    find: "  condition: window.count > params.max_spawn_requests",
    replace: `  condition: ${count} > params.max_spawn_requests${" + 1".repeat(253)}`,
  };
}

testRule(celSize, {
  valid: [{ name: "exactly 512 nodes", patch: { [ENTRY]: condition(1) } }],
  invalid: [
    {
      name: "513 nodes",
      patch: { [ENTRY]: condition(2) },
      errors: [
        { file: ENTRY, line: 39, column: 14, message: "condition: Exceeded maxAstNodes (512)" },
      ],
    },
  ],
});
