import type { ASTNode } from "@marcbachmann/cel-js";
import { parse } from "@marcbachmann/cel-js";
import type { TriggerEnvironment } from "../generated/schema-types.js";

/** Macros whose first argument names each element of the receiver list in the other arguments. */
const ELEMENT_MACROS = new Set(["all", "exists", "exists_one", "filter", "map"]);

/** What a sub-expression evaluates to, as far as field reads are concerned. */
type Shape =
  | { readonly kind: "object"; readonly type: string }
  | { readonly kind: "list"; readonly of: string }
  | undefined;

/** What an expression reads of the trigger environment. */
export interface EnvironmentRead {
  /**
   * Fields of the environment's types, as `Type.field` (for example
   * `SessionContext.capability_grants`, `ConsentReceipt.revoked`).
   */
  readonly fields: Set<string>;
  /** Variables of environment.yaml it names (`event`, `session`, `parent`, ...). */
  readonly variables: Set<string>;
}

/**
 * What an expression reads of the environment (environment.yaml), from its
 * CEL syntax tree: `session.state`, `parent["state"]`,
 * `session.consent_receipts.exists(r, r.revoked)` and
 * `session.consent_receipts[0].uses` each read their fields. Variables are
 * typed by environment.yaml `variables`; a comprehension variable shadows
 * them. Undefined when the expression does not parse.
 */
export function environmentRead(
  expression: string,
  environment: TriggerEnvironment,
): EnvironmentRead | undefined {
  let ast: ASTNode;
  try {
    ast = parse(expression).ast;
  } catch {
    return undefined; // a syntax error: reported by the CEL syntax rule
  }
  const read = new Set<string>();
  const variables = new Set<string>();
  const shapeOf = (type: string): Shape => {
    if (environment.types[type] !== undefined) return { kind: "object", type };
    const list = /^list<\s*([A-Za-z0-9_]+)\s*>$/.exec(type);
    if (list?.[1] !== undefined && environment.types[list[1]] !== undefined) {
      return { kind: "list", of: list[1] };
    }
    return undefined;
  };
  const field = (on: Shape, name: string): Shape => {
    if (on?.kind !== "object") return undefined;
    const decl = environment.types[on.type]?.fields?.[name];
    if (decl === undefined) return undefined;
    read.add(`${on.type}.${name}`);
    return shapeOf(decl.type);
  };
  /** Visits `node` in `scope` (comprehension variables) and returns its shape. */
  const visit = (node: unknown, scope: ReadonlyMap<string, Shape>): Shape => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, scope);
      return undefined;
    }
    if (!isNode(node)) return undefined;
    const args = node.args;
    switch (node.op) {
      case "id": {
        const name = args as string;
        if (scope.has(name)) return scope.get(name);
        const variable = environment.variables[name];
        if (variable === undefined) return undefined;
        variables.add(name);
        return shapeOf(variable.type);
      }
      case ".":
      case ".?": {
        const [target, name] = args as [unknown, unknown];
        const on = visit(target, scope);
        return typeof name === "string" ? field(on, name) : undefined;
      }
      case "[]":
      case "[?]": {
        const [target, key] = args as [unknown, unknown];
        const on = visit(target, scope);
        visit(key, scope);
        if (on?.kind === "list") return { kind: "object", type: on.of };
        if (isNode(key) && key.op === "value" && typeof key.args === "string") {
          return field(on, key.args);
        }
        return undefined;
      }
      case "rcall": {
        const [name, receiver, callArgs] = args as [unknown, unknown, unknown];
        const on = visit(receiver, scope);
        const list = Array.isArray(callArgs) ? (callArgs as unknown[]) : [];
        const first = list[0];
        if (
          typeof name === "string" &&
          ELEMENT_MACROS.has(name) &&
          isNode(first) &&
          first.op === "id" &&
          typeof first.args === "string"
        ) {
          const inner = new Map(scope);
          inner.set(first.args, on?.kind === "list" ? { kind: "object", type: on.of } : undefined);
          for (const body of list.slice(1)) visit(body, inner);
          return name === "filter" ? on : undefined;
        }
        visit(list, scope);
        return undefined;
      }
      default:
        visit(args, scope);
        return undefined;
    }
  };
  visit(ast, new Map());
  return { fields: read, variables };
}

interface Node {
  op: string;
  args: unknown;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "op" in value && "args" in value;
}
