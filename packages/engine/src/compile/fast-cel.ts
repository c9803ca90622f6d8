import type { Environment } from "@marcbachmann/cel-js";
import type { Activation, Program } from "./programs.js";

/**
 * A type-checked cel-js AST node, as cel-js builds it (the fields read here:
 * `op`, `args`, `start`, `end`, `checkedType`).
 */
interface Node {
  readonly op: string;
  readonly args: unknown;
  readonly start: number;
  readonly end: number;
  readonly checkedType?: { readonly name: string; readonly kind: string };
}

const VARIABLES = new Set(["event", "session", "parent", "root", "params", "window"]);
const PRIMITIVES = new Set(["string", "int", "double", "bool"]);

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && "op" in value && "start" in value;
}

function typeName(node: Node): string | undefined {
  return node.checkedType?.name;
}

function noSuchKey(field: string): Error {
  return new Error(`No such key: ${field}`);
}

/**
 * Turns a type-checked trigger expression into plain JavaScript closures over
 * the activation, giving what cel-js gives, for the common core of trigger
 * expressions: literals, the variables, field selection on message types,
 * `==`/`!=`/`<`/`<=`/`>`/`>=` between values of one primitive type, `&&`,
 * `||` and `!` with CEL's error semantics (an error on one side of `&&` is
 * absorbed by `false` on the other), `?:`, `in` over a list literal, and string
 * `+`. Any other node (macros, function calls, arithmetic, maps, indexing) is
 * evaluated by cel-js itself: its source text is parsed and checked as its own
 * program in the same environment. Returns undefined when even that is not
 * possible (then the caller keeps the whole cel-js program).
 *
 * cel-js spends most of an evaluation on generic dispatch (a root context per
 * call, a type check per variable and field read); the closures skip it. The
 * engine's tests run every registry example and generated logs both ways and
 * require identical results.
 */
export function compileFast(env: Environment, source: string, root: unknown): Program | undefined {
  const fallback = (node: Node): Program | undefined => {
    try {
      const program = env.parse(source.slice(node.start, node.end));
      const check = program.check();
      if (!check.valid || check.type !== typeName(node)) return undefined;
      return program as unknown as Program;
    } catch {
      return undefined;
    }
  };

  const compile = (value: unknown): Program | undefined => {
    if (!isNode(value)) return undefined;
    const node = value;
    const args = node.args as unknown[];
    switch (node.op) {
      case "value": {
        const constant = node.args;
        const t = typeof constant;
        if (t === "string" || t === "bigint" || t === "number" || t === "boolean")
          return () => constant;
        return fallback(node);
      }
      case "id": {
        const name = node.args as string;
        if (!VARIABLES.has(name)) return fallback(node);
        return (act) => act[name as keyof Activation];
      }
      case ".": {
        const [objectNode, field] = args as [unknown, unknown];
        if (
          !isNode(objectNode) ||
          objectNode.checkedType?.kind !== "message" ||
          typeof field !== "string"
        ) {
          return fallback(node);
        }
        const object = compile(objectNode);
        if (!object) return fallback(node);
        return (act) => {
          const v = (object(act) as Record<string, unknown>)[field];
          if (v === undefined) throw noSuchKey(field);
          return v;
        };
      }
      case "==":
      case "!=":
      case "<":
      case "<=":
      case ">":
      case ">=": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r)) return fallback(node);
        const lt = typeName(l);
        if (lt === undefined || lt !== typeName(r) || !PRIMITIVES.has(lt)) return fallback(node);
        if (lt === "bool" && node.op !== "==" && node.op !== "!=") return fallback(node);
        const a = compile(l);
        const b = compile(r);
        if (!a || !b) return fallback(node);
        switch (node.op) {
          case "==":
            return (act) => a(act) === b(act);
          case "!=":
            return (act) => a(act) !== b(act);
          case "<":
            return (act) => (a(act) as number) < (b(act) as number);
          case "<=":
            return (act) => (a(act) as number) <= (b(act) as number);
          case ">":
            return (act) => (a(act) as number) > (b(act) as number);
          default:
            return (act) => (a(act) as number) >= (b(act) as number);
        }
      }
      case "&&":
      case "||": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r) || typeName(l) !== "bool" || typeName(r) !== "bool") {
          return fallback(node);
        }
        const a = compile(l);
        const b = compile(r);
        if (!a || !b) return fallback(node);
        // CEL: the result is decided by either side; an error (or a non-bool)
        // on one side only surfaces when the other side does not decide.
        const decides = node.op !== "&&";
        return (act) => {
          let left: unknown;
          let failure: unknown;
          try {
            left = a(act);
          } catch (error) {
            failure = error;
          }
          if (failure === undefined) {
            if (left === decides) return decides;
            if (left === !decides) return b(act);
          }
          const right = b(act);
          if (right === decides) return decides;
          throw failure ?? new Error(`logical operator needs bool operands, got ${typeof left}`);
        };
      }
      case "!_": {
        const operand = node.args as unknown;
        if (!isNode(operand) || typeName(operand) !== "bool") return fallback(node);
        const a = compile(operand);
        if (!a) return fallback(node);
        return (act) => !(a(act) as boolean);
      }
      case "?:": {
        const [c, l, r] = args as [unknown, unknown, unknown];
        if (!isNode(c) || typeName(c) !== "bool") return fallback(node);
        const cond = compile(c);
        const a = compile(l);
        const b = compile(r);
        if (!cond || !a || !b) return fallback(node);
        return (act) => (cond(act) === true ? a(act) : b(act));
      }
      case "in": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r) || r.op !== "list") return fallback(node);
        const lt = typeName(l);
        if (lt !== "string" && lt !== "int") return fallback(node);
        const items = r.args as unknown[];
        const values: unknown[] = [];
        for (const item of items) {
          if (!isNode(item) || item.op !== "value" || typeName(item) !== lt) return fallback(node);
          values.push(item.args);
        }
        const a = compile(l);
        if (!a) return fallback(node);
        const set = new Set(values);
        return (act) => set.has(a(act));
      }
      case "+": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r) || typeName(l) !== "string" || typeName(r) !== "string") {
          return fallback(node);
        }
        const a = compile(l);
        const b = compile(r);
        if (!a || !b) return fallback(node);
        return (act) => (a(act) as string) + (b(act) as string);
      }
      default:
        return fallback(node);
    }
  };

  return compile(root);
}
