import type { CelNode } from "../cel-ast.js";
import { isCelNode } from "../cel-ast.js";
import { payloadTypeName } from "../cel-types.js";
import type { CallCost, Operand } from "./functions.js";
import { callCost } from "./functions.js";
import type { Linear } from "./linear.js";
import { add, constant, lengthOf, max, sumOver, upper } from "./linear.js";
import type { CostLimits, Size } from "./sizes.js";
import { larger, SCALAR, sizeOfType, stringOf } from "./sizes.js";

/**
 * A field whose bound the estimate assumed and the engine checks before each
 * evaluation (registry/SEMANTICS.md, Bounded cost): a list read outside the
 * payload, or a string param.
 */
export interface FieldRead {
  /** The environment type (SessionContext, ConsentReceipt, EntryParams). */
  readonly type: string;
  readonly field: string;
  readonly kind: "list" | "string";
  /** The variable it is read from (`session`), when directly; else wherever the type occurs. */
  readonly variable?: string;
}

export interface CostEstimate {
  /** Worst-case cost of one evaluation, in units (about one node evaluated). */
  readonly cost: number;
  /** When over the limit: the smallest sub-expression that is, and its nested loop bounds. */
  readonly over?: {
    readonly start: number;
    readonly end: number;
    readonly cost: number;
    readonly loops: readonly number[];
  };
  /** A call the model has no bound for (the expression is refused). */
  readonly unbounded?: { readonly start: number; readonly name: string };
  readonly reads: readonly FieldRead[];
}

/** The estimate of one sub-expression: per evaluation, with enclosing loop variables free. */
interface Walked {
  readonly cost: Linear;
  readonly size: Size;
  /** Bounds of the nested comprehensions along its costliest path, outermost first. */
  readonly loops: readonly number[];
  /** The text of a string literal. */
  readonly literal?: string;
}

type Scope = ReadonlyMap<string, Size>;

const MACROS = new Set(["all", "exists", "exists_one", "map", "filter"]);
const PAYLOAD_PREFIX = payloadTypeName("x").slice(0, -1);

class Unbounded extends Error {
  constructor(
    readonly start: number,
    readonly callName: string,
  ) {
    super(`no cost bound for ${callName}()`);
  }
}

function deeper(...walked: readonly Walked[]): readonly number[] {
  let best: readonly number[] = [];
  let product = 1;
  for (const w of walked) {
    const p = w.loops.reduce((a, b) => a * b, 1);
    if (w.loops.length > 0 && p > product) {
      best = w.loops;
      product = p;
    }
  }
  return best;
}

/**
 * The worst-case cost of one evaluation of a type-checked cel-js expression,
 * like Kubernetes' CEL cost estimator: every node costs one unit; a
 * comprehension (all, exists, exists_one, map, filter) costs its list bound
 * times its body, so nesting multiplies; functions that read strings cost
 * CHAR_COST per character read; functions that walk a list cost its items.
 * Lists and maps in a payload have at most limits.max_payload_list_items
 * items, other lists at most limits.max_context_list_items; every string read
 * is at most a line long, and so are the strings of one list together (a
 * payload's share its line; the engine checks the others, costGuard).
 */
export function estimateCost(ast: unknown, limits: CostLimits): CostEstimate {
  const longest = new Map<string, number>();
  const top = (t: Linear) => upper(t, (k) => longest.get(k) ?? limits.max_line_bytes);
  const reads = new Map<string, FieldRead>();
  let over: CostEstimate["over"];
  let keys = 0;

  const walk = (value: unknown, scope: Scope): Walked => {
    if (!isCelNode(value)) return { cost: constant(0), size: SCALAR, loops: [] };
    const result = walkNode(value, scope);
    if (over === undefined) {
      const cost = Math.ceil(top(result.cost));
      if (cost > limits.max_expression_cost) {
        over = { start: value.start, end: value.end, cost, loops: result.loops };
      }
    }
    return result;
  };

  const combine = (parts: readonly Walked[], extra: Linear, size: Size): Walked => ({
    cost: add(constant(1), extra, ...parts.map((p) => p.cost)),
    size,
    loops: deeper(...parts),
  });

  const select = (
    node: CelNode,
    objectNode: unknown,
    object: Walked,
    field: string,
    scope: Scope,
  ): Size => {
    const objectSize = object.size;
    if (objectSize.kind === "map") return objectSize.value ?? SCALAR;
    if (objectSize.kind !== "message") return SCALAR;
    const payload = objectSize.type.startsWith(PAYLOAD_PREFIX);
    const items = payload ? limits.max_payload_list_items : limits.max_context_list_items;
    const params = objectSize.type === "EntryParams";
    const size = sizeOfType(node.checkedType, items, limits);
    const kind =
      payload || size.kind === "message" || size.kind === "scalar"
        ? undefined
        : size.kind === "string"
          ? params
            ? "string"
            : undefined
          : "list";
    if (kind) {
      const direct =
        isCelNode(objectNode) && objectNode.op === "id" && !scope.has(String(objectNode.args));
      const variable = direct ? String(objectNode.args) : undefined;
      const read: FieldRead = {
        type: objectSize.type,
        field,
        kind,
        ...(variable ? { variable } : {}),
      };
      reads.set(`${variable ?? "*"}:${read.type}.${field}`, read);
    }
    return size;
  };

  const operand = (w: Walked): Operand =>
    w.literal !== undefined ? { size: w.size, literal: w.literal } : { size: w.size };

  const call = (
    node: CelNode,
    name: string,
    receiver: Walked | undefined,
    args: Walked[],
  ): Walked => {
    const costed: CallCost | undefined = callCost(
      name,
      receiver ? operand(receiver) : undefined,
      args.map(operand),
      node.checkedType?.name,
      top,
    );
    if (!costed) throw new Unbounded(node.start, name);
    const parts = receiver ? [receiver, ...args] : args;
    return combine(parts, costed.cost, costed.size);
  };

  const comprehension = (name: string, range: Walked, args: unknown[], scope: Scope): Walked => {
    const [binder, ...bodies] = args;
    const iterName = isCelNode(binder) && binder.op === "id" ? String(binder.args) : "";
    const rangeSize = range.size;
    const items = rangeSize.kind === "list" || rangeSize.kind === "map" ? rangeSize.items : 0;
    const element =
      rangeSize.kind === "list" || rangeSize.kind === "map" ? rangeSize.element : SCALAR;
    const key = `${iterName}#${keys++}`;
    let bound: Size = element;
    let each = 0;
    if (element.kind === "string") {
      each = top(element.length);
      longest.set(key, each);
      bound = { kind: "string", length: lengthOf(key) };
    }
    const total =
      rangeSize.kind === "list" || rangeSize.kind === "map" ? (rangeSize.total ?? items * each) : 0;
    const inner = new Map(scope);
    inner.set(iterName, bound);
    const walked = bodies.map((b) => walk(b, inner));
    const perItem = add(constant(1), ...walked.map((w) => w.cost));
    const sum = (t: Linear) => sumOver(t, key, items, each, total);
    const loops = [items, ...deeper(...walked)];
    const cost = add(constant(1), range.cost, sum(perItem));
    const last = walked[walked.length - 1];
    if (name === "map" && last) {
      const out = last.size;
      if (out.kind === "string") {
        const longestOut = top(out.length);
        return {
          cost,
          loops,
          size: {
            kind: "list",
            items,
            element: stringOf(longestOut),
            total: Math.ceil(top(sum(out.length))),
          },
        };
      }
      return { cost, loops, size: { kind: "list", items, element: closed(out, top) } };
    }
    if (name === "filter") {
      return { cost, loops, size: { ...rangeSize, kind: "list" } as Size };
    }
    return { cost, loops, size: SCALAR };
  };

  const walkNode = (node: CelNode, scope: Scope): Walked => {
    const args = node.args;
    switch (node.op) {
      case "value":
        if (typeof args === "string") {
          return { cost: constant(1), size: stringOf(args.length), loops: [], literal: args };
        }
        return { cost: constant(1), size: SCALAR, loops: [] };
      case "id": {
        const bound = scope.get(String(args));
        if (bound) return { cost: constant(1), size: bound, loops: [] };
        const size = sizeOfType(node.checkedType, limits.max_context_list_items, limits);
        return { cost: constant(1), size, loops: [] };
      }
      case ".":
      case ".?": {
        const [objectNode, field] = args as [unknown, string];
        const object = walk(objectNode, scope);
        return combine([object], constant(0), select(node, objectNode, object, field, scope));
      }
      case "[]":
      case "[?]": {
        const [objectNode, indexNode] = args as [unknown, unknown];
        const object = walk(objectNode, scope);
        const index = walk(indexNode, scope);
        const o = object.size;
        const size =
          o.kind === "list" ? o.element : o.kind === "map" ? (o.value ?? SCALAR) : SCALAR;
        return combine([object, index], constant(0), size);
      }
      case "list": {
        const items = (args as unknown[]).map((i) => walk(i, scope));
        const element = items.reduce<Size>((a, w) => larger(a, w.size, max), SCALAR);
        const total = items.reduce(
          (a, w) => a + (w.size.kind === "string" ? top(w.size.length) : 0),
          0,
        );
        return combine(items, constant(0), { kind: "list", items: items.length, element, total });
      }
      case "map": {
        const entries = (args as [unknown, unknown][]).map(
          ([k, v]) => [walk(k, scope), walk(v, scope)] as const,
        );
        const flat = entries.flat();
        const key = entries.reduce<Size>((a, [k]) => larger(a, k.size, max), SCALAR);
        const value = entries.reduce<Size>((a, [, v]) => larger(a, v.size, max), SCALAR);
        const total = entries.reduce(
          (a, [k]) => a + (k.size.kind === "string" ? top(k.size.length) : 0),
          0,
        );
        return combine(flat, constant(0), {
          kind: "map",
          items: entries.length,
          element: key,
          value,
          total,
        });
      }
      case "!_":
      case "-_":
        return combine([walk(args, scope)], constant(0), SCALAR);
      case "?:": {
        const [c, l, r] = (args as unknown[]).map((a) => walk(a, scope)) as [
          Walked,
          Walked,
          Walked,
        ];
        return {
          cost: add(constant(1), c.cost, max(l.cost, r.cost)),
          size: larger(l.size, r.size, max),
          loops: deeper(c, l, r),
        };
      }
      case "rcall": {
        const [name, receiverNode, argNodes] = args as [string, unknown, unknown[]];
        if (
          name === "bind" &&
          isCelNode(receiverNode) &&
          receiverNode.op === "id" &&
          receiverNode.args === "cel"
        ) {
          const [binder, init, body] = argNodes;
          const bound = walk(init, scope);
          const inner = new Map(scope);
          inner.set(isCelNode(binder) ? String(binder.args) : "", bound.size);
          const result = walk(body, inner);
          return combine([bound, result], constant(0), result.size);
        }
        const receiver = walk(receiverNode, scope);
        const kind = receiver.size.kind;
        if (MACROS.has(name) && (kind === "list" || kind === "map") && argNodes.length >= 2) {
          return comprehension(name, receiver, argNodes, scope);
        }
        return call(
          node,
          name,
          receiver,
          argNodes.map((a) => walk(a, scope)),
        );
      }
      case "call": {
        const [name, argNodes] = args as [string, unknown[]];
        if (name === "has") {
          const [selection] = argNodes;
          const object = isCelNode(selection)
            ? walk((selection.args as unknown[])[0], scope)
            : undefined;
          return combine(object ? [object] : [], constant(1), SCALAR);
        }
        return call(
          node,
          name,
          undefined,
          argNodes.map((a) => walk(a, scope)),
        );
      }
      default: {
        // Binary operators.
        const [l, r] = (args as unknown[]).map((a) => walk(a, scope)) as [Walked, Walked];
        return binary(node, l, r);
      }
    }
  };

  const binary = (node: CelNode, l: Walked, r: Walked): Walked => {
    const a = l.size;
    const b = r.size;
    switch (node.op) {
      case "+":
        if (a.kind === "string" && b.kind === "string") {
          return combine([l, r], constant(0), { kind: "string", length: add(a.length, b.length) });
        }
        if (a.kind === "list" && b.kind === "list") {
          const total =
            a.total !== undefined && b.total !== undefined ? a.total + b.total : undefined;
          return combine([l, r], constant(a.items + b.items), {
            kind: "list",
            items: a.items + b.items,
            element: larger(a.element, b.element, max),
            ...(total !== undefined ? { total } : {}),
          });
        }
        return combine([l, r], constant(0), SCALAR);
      case "in":
        return combine([l, r], constant(b.kind === "list" ? b.items : 1), SCALAR);
      case "==":
      case "!=": {
        // Lists and maps compare item by item; strings stop at the first difference.
        const items = a.kind === "list" || a.kind === "map" ? a.items : 0;
        return combine([l, r], constant(items), SCALAR);
      }
      default:
        return combine([l, r], constant(0), SCALAR);
    }
  };

  try {
    const result = walk(ast, new Map());
    const cost = Math.ceil(top(result.cost));
    return { cost, ...(over ? { over } : {}), reads: [...reads.values()] };
  } catch (error) {
    if (!(error instanceof Unbounded)) throw error;
    return {
      cost: Number.POSITIVE_INFINITY,
      unbounded: { start: error.start, name: error.callName },
      reads: [...reads.values()],
    };
  }
}

/** A size with the lengths of loop variables replaced by their largest values. */
function closed(size: Size, top: (t: Linear) => number): Size {
  switch (size.kind) {
    case "string":
      return stringOf(Math.ceil(top(size.length)));
    case "list":
    case "map":
      return {
        ...size,
        element: closed(size.element, top),
        ...(size.value ? { value: closed(size.value, top) } : {}),
      };
    default:
      return size;
  }
}
