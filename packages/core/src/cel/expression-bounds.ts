import { forEachCelNode, isCelNode } from "./cel-ast.js";
import type { CostEstimate } from "./cost/estimate.js";
import { estimateCost } from "./cost/estimate.js";
import type { CostLimits } from "./cost/sizes.js";
import { re2Problem } from "./re2.js";

/** An expression the validator and every engine refuse before evaluating it. */
export interface BoundProblem {
  readonly kind: "cost" | "regex";
  /** Offset in the expression's source. */
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

const REGEX_HINT =
  "write the pattern as a quoted RE2 literal; RE2 has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!)";

function number(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString("en-US") : "unbounded";
}

function excerpt(source: string, start: number, end: number): string {
  const text = source.slice(start, end).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Every matches() call whose pattern is not a string literal RE2 compiles. */
function regexProblems(ast: unknown): BoundProblem[] {
  const problems: BoundProblem[] = [];
  forEachCelNode(ast, (node) => {
    const args = node.args;
    const pattern =
      node.op === "rcall" && Array.isArray(args) && args[0] === "matches"
        ? (args[2] as unknown[])[0]
        : node.op === "call" && Array.isArray(args) && args[0] === "matches"
          ? (args[1] as unknown[])[1]
          : undefined;
    if (!isCelNode(pattern)) return;
    if (pattern.op !== "value" || typeof pattern.args !== "string") {
      problems.push({
        kind: "regex",
        offset: pattern.start,
        message:
          "matches() pattern is not a string literal: a pattern computed from the event or context is refused",
        hint: REGEX_HINT,
      });
      return;
    }
    const why = re2Problem(pattern.args);
    if (why !== undefined) {
      problems.push({
        kind: "regex",
        offset: pattern.start,
        message: `matches() pattern is not valid RE2: ${why}`,
        hint: REGEX_HINT,
      });
    }
  });
  return problems;
}

function costProblem(
  estimate: CostEstimate,
  source: string,
  limits: CostLimits,
): BoundProblem | undefined {
  const limit = limits.max_expression_cost;
  const hint = `each comprehension (all, exists, exists_one, map, filter) multiplies its body's cost by its list bound (limits.max_payload_list_items in a payload, limits.max_context_list_items elsewhere) and reading a string costs 1 per 10 characters up to a line: do not nest them over large lists, test membership with \`in\`, or keep the expression under ${number(limit)} (limits.max_expression_cost)`;
  if (estimate.unbounded) {
    return {
      kind: "cost",
      offset: estimate.unbounded.start,
      message: `the cost of ${estimate.unbounded.name}() has no bound here`,
      hint: "use the functions of registry/environment.yaml and CEL's standard string, list and conversion functions",
    };
  }
  if (estimate.cost <= limit) return undefined;
  const over = estimate.over ?? { start: 0, end: source.length, cost: estimate.cost, loops: [] };
  const loops =
    over.loops.length > 1
      ? `; nested comprehensions run ${over.loops.map(number).join(" × ")} times`
      : over.loops.length === 1
        ? `; its comprehension runs ${number(over.loops[0] as number)} times`
        : "";
  return {
    kind: "cost",
    offset: over.start,
    message: `worst-case cost ${number(over.cost)} of \`${excerpt(source, over.start, over.end)}\` is over limits.max_expression_cost (${number(limit)})${loops}`,
    hint,
  };
}

/**
 * What bounds an evaluation of a checked expression: every matches() pattern
 * a string literal that compiles as RE2, and its worst-case cost
 * (estimateCost) within limits.max_expression_cost. Pattern problems come
 * first, in source order: a pattern that is not a literal has no cost bound
 * either, and the pattern is what to fix.
 */
export function expressionBounds(
  ast: unknown,
  source: string,
  limits: CostLimits,
): { readonly estimate: CostEstimate; readonly problems: readonly BoundProblem[] } {
  const estimate = estimateCost(ast, limits);
  const problems = regexProblems(ast).sort((a, b) => a.offset - b.offset);
  const cost = costProblem(estimate, source, limits);
  if (cost) problems.push(cost);
  return { estimate, problems };
}
