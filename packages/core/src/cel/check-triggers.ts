import type { Environment } from "@marcbachmann/cel-js";
import type { LoadedRegistry } from "../model.js";
import type { Position, SourceFile } from "../source/source-file.js";
import { checkedProgram } from "./checked-program.js";
import { expressionBounds } from "./expression-bounds.js";
import { expressionPosition } from "./expression-position.js";
import { createTriggerEnvironment } from "./trigger-environment.js";
import { triggerExpressions } from "./trigger-expressions.js";

/** What went wrong with one trigger expression. */
export type CelProblemKind = "syntax" | "type" | "result" | "window" | "size" | "cost" | "regex";

export interface CelProblem {
  kind: CelProblemKind;
  file: string;
  at: Position;
  message: string;
  hint: string;
}

const cache = new WeakMap<LoadedRegistry, CelProblem[]>();

/**
 * Parses and type-checks every trigger expression of every entry against each
 * event type it is evaluated on, then bounds it (expression-bounds.ts: its
 * worst-case cost and its matches() patterns). The same problem on several
 * event types is reported once, naming them. Computed once per registry.
 */
export function checkTriggers(
  registry: LoadedRegistry,
  sourceOf: (file: string) => SourceFile | undefined,
): CelProblem[] {
  const cached = cache.get(registry);
  if (cached) return cached;
  const problems: CelProblem[] = [];
  for (const entry of registry.entries) {
    const source = sourceOf(entry.file);
    const envs = new Map<string, Environment | null>();
    const envFor = (eventType: string, windowed: boolean): Environment | null => {
      const key = `${eventType}:${windowed}`;
      let env = envs.get(key);
      if (env === undefined) {
        try {
          env = createTriggerEnvironment(registry, entry, eventType, { windowed });
        } catch {
          env = null; // environment.yaml problems are reported by their own rule
        }
        envs.set(key, env);
      }
      return env;
    };
    for (const expr of triggerExpressions(entry)) {
      const found = new Map<string, CelProblem & { types: string[] }>();
      for (const eventType of expr.eventTypes) {
        if (!registry.events.has(eventType)) continue;
        const env = envFor(eventType, expr.windowed);
        if (!env) continue;
        const problem = checkOne(env, expr.source, expr.name, expr.resultType, eventType, registry);
        if (!problem) continue;
        const at = source
          ? expressionPosition(source, expr.path, expr.source, problem.offset)
          : { line: 1, column: 1 };
        const key = `${at.line}:${at.column}:${problem.kind}:${problem.message}`;
        const existing = found.get(key);
        if (existing) existing.types.push(eventType);
        else
          found.set(key, {
            kind: problem.kind,
            file: entry.file,
            at,
            message: problem.message,
            hint: problem.hint,
            types: [eventType],
          });
      }
      for (const { types, ...p } of found.values()) {
        problems.push(
          expr.eventTypes.length > 1
            ? { ...p, message: `${p.message} (evaluated on ${types.join(", ")})` }
            : p,
        );
      }
    }
  }
  cache.set(registry, problems);
  return problems;
}

function checkOne(
  env: Environment,
  source: string,
  name: string,
  resultType: string,
  eventType: string,
  registry: LoadedRegistry,
): { kind: CelProblemKind; offset: number; message: string; hint: string } | undefined {
  const result = checkedProgram(env, source);
  if (result.valid) {
    if (result.type === resultType) {
      const [problem] = expressionBounds(result.program.ast, source, registry.meta.limits).problems;
      return problem && { ...problem, message: `${name}: ${problem.message}` };
    }
    return {
      kind: "result",
      offset: 0,
      message: `${name} must be ${resultType}, but is ${result.type}`,
      hint:
        resultType === "bool"
          ? "make the expression a comparison or a boolean test"
          : "make the expression a string, for example a string field or string(x)",
    };
  }
  const error = result.error;
  const message = (error?.message ?? "invalid expression").split("\n")[0] ?? "invalid expression";
  const offset = error?.node?.pos ?? 0;
  const code = error?.code ?? "";
  if (code === "limit_exceeded") {
    return {
      kind: "size",
      offset: 0,
      message: `${name}: ${message}`,
      hint: `simplify the expression to at most ${registry.meta.limits.max_expression_nodes} nodes (limits.max_expression_nodes)`,
    };
  }
  if (error?.name === "ParseError") {
    return {
      kind: "syntax",
      offset,
      message: `${name}: CEL syntax error: ${message}`,
      hint: "fix the CEL syntax at this position",
    };
  }
  if (code === "unknown_variable" && /\bwindow\b/.test(message)) {
    return {
      kind: "window",
      offset,
      message: `${name}: \`window\` is not available here`,
      hint: "window is bound only in the condition of a trigger with a window; read event, session, parent, root or params here",
    };
  }
  return {
    kind: "type",
    offset,
    message: `${name}: ${message}`,
    hint: typeHint(code, eventType, registry),
  };
}

function typeHint(code: string, eventType: string, registry: LoadedRegistry): string {
  switch (code) {
    case "no_such_key": {
      const fields = Object.keys(registry.events.get(eventType)?.payload ?? {}).join(", ");
      return `use a declared field: payload of ${eventType} has ${fields}; event, session, params and window fields are in registry/environment.yaml`;
    }
    case "no_such_overload":
    case "no_matching_overload":
      return "operands must have matching types: ints have no decimal point, times and durations are int milliseconds; convert with int(), double() or string()";
    case "unknown_variable":
      return "the variables are event, session, parent, root, params and, in a windowed condition, window";
    default:
      return "see registry/environment.yaml for the variables, types and functions a trigger may use";
  }
}
