import { re2, re2ReadBound } from "../re2.js";
import type { Linear } from "./linear.js";
import { add, constant, scale } from "./linear.js";
import type { Size } from "./sizes.js";
import { SCALAR, stringOf } from "./sizes.js";

/** Cost units per character a function reads: Kubernetes' string traversal factor. */
export const CHAR_COST = 0.1;

/** An argument (or receiver) of a call: its size and, for a string literal, its text. */
export interface Operand {
  readonly size: Size;
  readonly literal?: string;
}

/** What a call costs beyond evaluating its operands, and how large its result is. */
export interface CallCost {
  readonly cost: Linear;
  readonly size: Size;
}

function length(operand: Operand | undefined): Linear {
  return operand?.size.kind === "string" ? operand.size.length : constant(0);
}

function scan(...operands: (Operand | undefined)[]): Linear {
  return scale(add(...operands.map(length)), CHAR_COST);
}

const SCALAR_RESULTS = new Set([
  "bool",
  "int",
  "uint",
  "double",
  "null_type",
  "type",
  "google.protobuf.Timestamp",
  "google.protobuf.Duration",
]);

/**
 * The cost of a function or method call other than a macro, or undefined when
 * the model has no bound for it (then the expression is refused: a function
 * whose result can grow needs an entry here). `upper` turns a length into its
 * largest value.
 */
export function callCost(
  name: string,
  receiver: Operand | undefined,
  args: readonly Operand[],
  resultType: string | undefined,
  upper: (length: Linear) => number,
): CallCost | undefined {
  const [a] = args;
  const subject = receiver ?? a;
  switch (name) {
    case "size":
      return { cost: scan(subject), size: SCALAR };
    case "contains":
    case "indexOf":
    case "lastIndexOf":
      return { cost: scan(receiver, a), size: SCALAR };
    case "startsWith":
    case "endsWith":
      return { cost: scan(a), size: SCALAR };
    case "matches":
      return { cost: matchesCost(receiver, a, upper), size: SCALAR };
    case "lowerAscii":
    case "upperAscii":
    case "trim":
    case "substring":
      return { cost: scan(receiver), size: receiver?.size ?? SCALAR };
    case "string":
      if (a?.size.kind === "string") return { cost: constant(0), size: a.size };
      return { cost: constant(0), size: stringOf(32) };
    case "split": {
      const chars = upper(length(receiver));
      return {
        cost: scan(receiver),
        size: { kind: "list", items: chars + 1, element: stringOf(chars), total: chars },
      };
    }
    case "join": {
      if (receiver?.size.kind !== "list") return undefined;
      const items = receiver.size.items;
      const element = receiver.size.element;
      const each = element.kind === "string" ? upper(element.length) : 0;
      const elements = receiver.size.total ?? items * each;
      const chars = elements + items * upper(length(a));
      return { cost: constant(items + chars * CHAR_COST), size: stringOf(chars) };
    }
    case "capability_covers":
      return { cost: constant(a?.size.kind === "list" ? a.size.items : 0), size: SCALAR };
    case "capability_axis":
      return { cost: scan(a), size: a?.size ?? SCALAR };
    case "dyn":
      return { cost: constant(0), size: a?.size ?? SCALAR };
    default:
      // Conversions and time functions: they read their string operands once.
      if (resultType !== undefined && SCALAR_RESULTS.has(resultType)) {
        return { cost: scan(receiver, ...args), size: SCALAR };
      }
      return undefined;
  }
}

/**
 * RE2 reads each character of the input once per instruction it keeps alive:
 * a character costs CHAR_COST per instruction of the pattern's program. An
 * anchored pattern without unbounded repetition reads a bounded prefix only.
 * A pattern that is not a literal (refused by SAP-E047) is costed by its
 * length bound as if every character were an instruction.
 */
function matchesCost(
  receiver: Operand | undefined,
  pattern: Operand | undefined,
  upper: (length: Linear) => number,
): Linear {
  const text = length(receiver);
  let instructions: number;
  let bound: number | undefined;
  if (pattern?.literal !== undefined) {
    try {
      instructions = re2(pattern.literal).programSize();
      bound = re2ReadBound(pattern.literal);
    } catch {
      instructions = pattern.literal.length;
    }
  } else {
    instructions = upper(length(pattern));
  }
  const read = bound !== undefined ? constant(Math.min(bound, upper(text))) : text;
  return scale(read, CHAR_COST * instructions);
}
