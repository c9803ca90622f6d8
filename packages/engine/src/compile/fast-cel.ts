import { capabilityAxis, capabilityCovers, checkedProgram, re2 } from "@handshake/sap-core";
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
  const outerFallback = (node: Node): Program | undefined => {
    const checked = checkedProgram(env, source.slice(node.start, node.end));
    if (!checked.valid || checked.type !== typeName(node)) return undefined;
    return checked.program as unknown as Program;
  };

  /** Iteration variables of the enclosing macros: each holds the current item. */
  type Scope = ReadonlyMap<string, { item: unknown }>;
  const compile = (value: unknown, scope: Scope = new Map()): Program | undefined => {
    if (!isNode(value)) return undefined;
    const node = value;
    const args = node.args as unknown[];
    const sub = (v: unknown) => compile(v, scope);
    // Inside a macro a fallback would not see the iteration variable: give up instead.
    const fallback = (n: Node): Program | undefined =>
      scope.size > 0 ? undefined : outerFallback(n);
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
        const bound = scope.get(name);
        if (bound !== undefined) return () => bound.item;
        if (!VARIABLES.has(name)) return fallback(node);
        return (act) => act[name as keyof Activation];
      }
      case "rcall":
        return compileReceiverCall(node, scope) ?? fallback(node);
      case "call":
        return compileCall(node, scope) ?? fallback(node);
      case ".": {
        const [objectNode, field] = args as [unknown, unknown];
        if (
          !isNode(objectNode) ||
          objectNode.checkedType?.kind !== "message" ||
          typeof field !== "string"
        ) {
          return fallback(node);
        }
        const object = sub(objectNode);
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
        const a = sub(l);
        const b = sub(r);
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
        const a = sub(l);
        const b = sub(r);
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
        const a = sub(operand);
        if (!a) return fallback(node);
        return (act) => !(a(act) as boolean);
      }
      case "?:": {
        const [c, l, r] = args as [unknown, unknown, unknown];
        if (!isNode(c) || typeName(c) !== "bool") return fallback(node);
        const cond = sub(c);
        const a = sub(l);
        const b = sub(r);
        if (!cond || !a || !b) return fallback(node);
        return (act) => (cond(act) === true ? a(act) : b(act));
      }
      case "in": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r)) return fallback(node);
        const lt = typeName(l);
        if (lt !== "string" && lt !== "int") return fallback(node);
        if (r.op !== "list") {
          if (typeName(r) !== `list<${lt}>`) return fallback(node);
          const a = sub(l);
          const b = sub(r);
          if (!a || !b) return fallback(node);
          return (act) => (b(act) as readonly unknown[]).includes(a(act));
        }
        const items = r.args as unknown[];
        const values: unknown[] = [];
        for (const item of items) {
          if (!isNode(item) || item.op !== "value" || typeName(item) !== lt) return fallback(node);
          values.push(item.args);
        }
        const a = sub(l);
        if (!a) return fallback(node);
        const set = new Set(values);
        return (act) => set.has(a(act));
      }
      case "+": {
        const [l, r] = args as [unknown, unknown];
        if (!isNode(l) || !isNode(r) || typeName(l) !== "string" || typeName(r) !== "string") {
          return fallback(node);
        }
        const a = sub(l);
        const b = sub(r);
        if (!a || !b) return fallback(node);
        return (act) => (a(act) as string) + (b(act) as string);
      }
      default:
        return fallback(node);
    }
  };

  /** `list.exists(x, p)`, `list.all(x, p)`, and string methods with exact JavaScript equivalents. */
  function compileReceiverCall(node: Node, scope: Scope): Program | undefined {
    const [name, receiverNode, argNodes] = node.args as [string, unknown, unknown[]];
    if (!isNode(receiverNode) || !Array.isArray(argNodes)) return undefined;
    const receiverType = typeName(receiverNode) ?? "";
    if ((name === "exists" || name === "all") && argNodes.length === 2) {
      const [binding, predicate] = argNodes as [unknown, unknown];
      if (!isNode(binding) || binding.op !== "id" || !receiverType.startsWith("list<"))
        return undefined;
      if (!isNode(predicate) || typeName(predicate) !== "bool") return undefined;
      const list = compile(receiverNode, scope);
      const holder = { item: undefined as unknown };
      const inner = new Map(scope);
      inner.set(binding.args as string, holder);
      const test = compile(predicate, inner);
      if (!list || !test) return undefined;
      // An error in the predicate propagates; the caller then lets cel-js
      // evaluate the whole expression, which applies CEL's error absorption.
      if (name === "exists") {
        return (act) => {
          for (const item of list(act) as readonly unknown[]) {
            holder.item = item;
            if (test(act) === true) return true;
          }
          return false;
        };
      }
      return (act) => {
        for (const item of list(act) as readonly unknown[]) {
          holder.item = item;
          if (test(act) !== true) return false;
        }
        return true;
      };
    }
    if (receiverType !== "string" || argNodes.length !== 1) return undefined;
    const arg = argNodes[0];
    if (!isNode(arg) || typeName(arg) !== "string") return undefined;
    const text = compile(receiverNode, scope);
    if (!text) return undefined;
    if (name === "matches") {
      // RE2, as core's checked programs (validation requires a literal
      // pattern that compiles); the pattern is compiled once.
      if (arg.op !== "value" || typeof arg.args !== "string") return undefined;
      let pattern: ReturnType<typeof re2>;
      try {
        pattern = re2(arg.args);
      } catch {
        return undefined;
      }
      return (act) => pattern.test(text(act) as string);
    }
    const other = compile(arg, scope);
    if (!other) return undefined;
    if (name === "startsWith")
      return (act) => (text(act) as string).startsWith(other(act) as string);
    if (name === "endsWith") return (act) => (text(act) as string).endsWith(other(act) as string);
    if (name === "contains") return (act) => (text(act) as string).includes(other(act) as string);
    return undefined;
  }

  /** The environment's own functions (the same implementations core registers) and size() of a list. */
  function compileCall(node: Node, scope: Scope): Program | undefined {
    const [name, argNodes] = node.args as [string, unknown[]];
    if (!Array.isArray(argNodes)) return undefined;
    const compiled = argNodes.map((a) => compile(a, scope));
    if (compiled.some((c) => c === undefined)) return undefined;
    const [a, b] = compiled as Program[];
    const types = argNodes.map((n) => (isNode(n) ? typeName(n) : undefined));
    if (
      name === "capability_covers" &&
      a &&
      b &&
      types[0] === "list<string>" &&
      types[1] === "string"
    ) {
      return (act) => capabilityCovers(a(act) as string[], b(act) as string);
    }
    if (name === "capability_axis" && a && compiled.length === 1 && types[0] === "string") {
      return (act) => capabilityAxis(a(act) as string);
    }
    if (name === "size" && a && compiled.length === 1 && (types[0] ?? "").startsWith("list<")) {
      return (act) => BigInt((a(act) as readonly unknown[]).length);
    }
    return undefined;
  }

  return compile(root);
}
