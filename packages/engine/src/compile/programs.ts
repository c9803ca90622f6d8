import type { CelByEvent, LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import {
  checkedProgram,
  costGuard,
  createTriggerEnvironment,
  errorMessage,
  expressionBounds,
} from "@handshake/sap-core";
import type { Environment } from "@marcbachmann/cel-js";
import { compileFast } from "./fast-cel.js";

/** The variables a trigger expression reads (registry/environment.yaml). */
export interface Activation {
  event: unknown;
  session: unknown;
  parent: unknown;
  root: unknown;
  params: unknown;
  window: unknown;
}

/** A compiled, type-checked CEL expression. */
export type Program = (activation: Activation) => unknown;

export type TriggerKind = "stateless" | "count" | "distinct" | "sequence" | "absence";

/** One step of a sequence or absence window. */
export interface CompiledStep {
  readonly on: ReadonlySet<string>;
  /** By event type; absent when the step has no `where`. */
  readonly where: ReadonlyMap<string, Program>;
}

/** The compiled trigger of one entry: one program per expression and event type. */
export interface EntryPrograms {
  readonly entry: LoadedEntry;
  /** Position in the registry's sorted entries: the evaluation order. */
  readonly index: number;
  readonly kind: TriggerKind;
  readonly direction: "after" | "before";
  /** Every event type the trigger evaluates (`on` and every step's `on`). */
  readonly watches: readonly string[];
  readonly on: ReadonlySet<string>;
  readonly condition: ReadonlyMap<string, Program>;
  readonly groupBy: ReadonlyMap<string, Program>;
  readonly where: ReadonlyMap<string, Program>;
  readonly distinct: ReadonlyMap<string, Program>;
  readonly steps: readonly CompiledStep[];
}

/** Every entry compiled, and the entries each event type meets, in id order. */
export interface CompiledTriggers {
  readonly entries: readonly EntryPrograms[];
  readonly byEventType: ReadonlyMap<string, readonly EntryPrograms[]>;
}

/** A trigger expression that does not compile: the validator should have caught it. */
export class TriggerCompileError extends Error {
  constructor(entryId: string, expression: string, eventType: string, message: string) {
    super(`${entryId} ${expression} (on ${eventType}): ${message}`);
    this.name = "TriggerCompileError";
  }
}

const caches = {
  fast: new WeakMap<LoadedRegistry, CompiledTriggers>(),
  plain: new WeakMap<LoadedRegistry, CompiledTriggers>(),
};

/** How to compile: `fastCel: false` keeps every expression a plain cel-js program (for comparison). */
export interface CompileOptions {
  readonly fastCel?: boolean;
}

/**
 * Compiles every trigger of the registry once (cached per loaded registry):
 * each expression is parsed and type-checked by cel-js in core's trigger
 * environment, then its common core is turned into JavaScript closures
 * (compile/fast-cel.ts) unless `fastCel` is false.
 */
export function compileTriggers(
  registry: LoadedRegistry,
  options: CompileOptions = {},
): CompiledTriggers {
  const fast = options.fastCel !== false;
  const cache = fast ? caches.fast : caches.plain;
  const cached = cache.get(registry);
  if (cached) return cached;
  const entries = registry.entries.map((entry, index) =>
    compileEntry(registry, entry, index, fast),
  );
  const byEventType = new Map<string, EntryPrograms[]>();
  for (const programs of entries) {
    for (const type of programs.watches) {
      let list = byEventType.get(type);
      if (!list) {
        list = [];
        byEventType.set(type, list);
      }
      list.push(programs);
    }
  }
  const compiled: CompiledTriggers = { entries, byEventType };
  cache.set(registry, compiled);
  return compiled;
}

function compileEntry(
  registry: LoadedRegistry,
  entry: LoadedEntry,
  index: number,
  fast: boolean,
): EntryPrograms {
  const envs = new Map<string, Environment>();
  const envFor = (eventType: string, windowed: boolean): Environment => {
    const key = `${eventType}\u0000${windowed}`;
    let env = envs.get(key);
    if (!env) {
      env = createTriggerEnvironment(registry, entry, eventType, { windowed });
      envs.set(key, env);
    }
    return env;
  };
  const compile = (
    name: string,
    sources: CelByEvent | undefined,
    types: Iterable<string>,
    windowed: boolean,
    resultType: "bool" | "string",
  ): Map<string, Program> => {
    const programs = new Map<string, Program>();
    if (sources === undefined) return programs;
    for (const type of types) {
      if (programs.has(type)) continue;
      // A per-event-type map gives each type its own expression (validation
      // guarantees one key per type).
      const source = typeof sources === "string" ? sources : sources[type];
      if (source === undefined) {
        throw new TriggerCompileError(entry.id, name, type, "no expression for this event type");
      }
      const env = envFor(type, windowed);
      const checked = checkedProgram(env, source);
      if (!checked.valid) {
        throw new TriggerCompileError(entry.id, name, type, errorMessage(checked.error));
      }
      if (checked.type !== resultType) {
        throw new TriggerCompileError(
          entry.id,
          name,
          type,
          `must be ${resultType}, is ${checked.type}`,
        );
      }
      // The validator's bounds, applied here too: an engine given an
      // unvalidated registry (a registry.json) still never runs an expression
      // whose cost is unbounded or whose pattern is not an RE2 literal.
      const { estimate, problems } = expressionBounds(
        checked.program.ast,
        source,
        registry.meta.limits,
      );
      const [problem] = problems;
      if (problem) throw new TriggerCompileError(entry.id, name, type, problem.message);
      const plain = checked.program as unknown as Program;
      const compiled = fast ? compileFast(env, source, checked.program.ast) : undefined;
      // On an error, cel-js evaluates the whole expression again, so the
      // error (and its message, which quotes the expression) is its own.
      const run: Program =
        compiled === undefined
          ? plain
          : (act) => {
              try {
                return compiled(act);
              } catch {
                return plain(act);
              }
            };
      // The estimate assumed the bounds of the lists it reads outside the
      // payload; a longer one makes this evaluation a trigger_error instead.
      const guard = costGuard(registry, estimate.reads);
      programs.set(
        type,
        guard === undefined
          ? run
          : (act) => {
              guard(act as unknown as Readonly<Record<string, unknown>>);
              return run(act);
            },
      );
    }
    return programs;
  };
  const { trigger } = entry;
  const window = trigger.window;
  const on = new Set(trigger.on);
  const stepsSpec = window?.steps ?? [];
  const stepTypes = stepsSpec.flatMap((s) => s.on);
  const watches = [...new Set([...trigger.on, ...stepTypes])];
  const kind: TriggerKind = window ? window.kind : "stateless";
  const lastStep = stepsSpec[stepsSpec.length - 1];
  const conditionTypes =
    kind === "sequence"
      ? (lastStep?.on ?? [])
      : kind === "absence"
        ? (stepsSpec[0]?.on ?? [])
        : trigger.on;
  const condition = compile(
    "condition",
    trigger.condition,
    conditionTypes,
    window !== undefined,
    "bool",
  );
  const groupBy = compile("window.group_by", window?.group_by, watches, false, "string");
  const where = compile("window.where", window?.where, trigger.on, false, "bool");
  const distinct = compile("window.distinct", window?.distinct, trigger.on, false, "string");
  const steps = stepsSpec.map(
    (step, i): CompiledStep => ({
      on: new Set(step.on),
      where: compile(`window.steps[${i}].where`, step.where, step.on, false, "bool"),
    }),
  );
  return {
    entry,
    index,
    kind,
    direction: window?.direction ?? "after",
    watches,
    on,
    condition,
    groupBy,
    where,
    distinct,
    steps,
  };
}
