import type { ASTNode } from "@marcbachmann/cel-js";
import { parse } from "@marcbachmann/cel-js";

/**
 * The param names an expression reads (`params.x` or `params["x"]`), from its
 * CEL syntax tree; undefined when the expression does not parse.
 */
export function paramsRead(expression: string): Set<string> | undefined {
  const names = new Set<string>();
  let ast: ASTNode;
  try {
    ast = parse(expression).ast;
  } catch {
    return undefined; // a syntax error: reported by the CEL syntax rule
  }
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (!isNode(node)) return;
    const args = Array.isArray(node.args) ? (node.args as unknown[]) : [];
    if ((node.op === "." || node.op === ".?") && isParams(args[0]) && typeof args[1] === "string") {
      names.add(args[1]);
    }
    if ((node.op === "[]" || node.op === "[?]") && isParams(args[0])) {
      const key = args[1];
      if (isNode(key) && key.op === "value" && typeof key.args === "string") names.add(key.args);
    }
    visit(node.args);
  };
  visit(ast);
  return names;
}

interface Node {
  op: string;
  args: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "op" in value && "args" in value;
}

function isParams(node: unknown): boolean {
  return isNode(node) && node.op === "id" && node.args === "params";
}
