import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { createTriggerEnvironment } from "@handshake/sap-core";
import type { Environment } from "@marcbachmann/cel-js";

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

const cache = new WeakMap<LoadedRegistry, CompiledTriggers>();

const ENVELOPE_FIELD = /^event\.(event_id|event_type|session_id)$/;
const PAYLOAD_FIELD = /^event\.payload\.([a-z][a-z0-9_]*)$/;

/**
 * A plain JavaScript reading for the most common trivial expressions (a
 * literal `true`, an envelope field, a string payload field), giving exactly
 * what cel-js gives for them, without an evaluation. Anything else: undefined.
 * The expression is still parsed and type-checked by cel-js first.
 */
function fastPath(
  source: string,
  registry: LoadedRegistry,
  eventType: string,
): Program | undefined {
  const text = source.trim();
  if (text === "true") return () => true;
  if (text === "false") return () => false;
  const envelope = ENVELOPE_FIELD.exec(text);
  if (envelope) {
    const field = envelope[1] as string;
    return (act) => (act.event as Record<string, unknown>)[field];
  }
  const payload = PAYLOAD_FIELD.exec(text);
  if (payload) {
    const field = payload[1] as string;
    if (registry.events.get(eventType)?.payload[field]?.type !== "string") return undefined;
    return (act) =>
      ((act.event as { payload: Record<string, unknown> }).payload[field] as string | undefined) ??
      "";
  }
  return undefined;
}

/** Compiles every trigger of the registry once (cached per loaded registry). */
export function compileTriggers(registry: LoadedRegistry): CompiledTriggers {
  const cached = cache.get(registry);
  if (cached) return cached;
  const entries = registry.entries.map((entry, index) => compileEntry(registry, entry, index));
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

function compileEntry(registry: LoadedRegistry, entry: LoadedEntry, index: number): EntryPrograms {
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
    source: string | undefined,
    types: Iterable<string>,
    windowed: boolean,
    resultType: "bool" | "string",
  ): Map<string, Program> => {
    const programs = new Map<string, Program>();
    if (source === undefined) return programs;
    for (const type of types) {
      if (programs.has(type)) continue;
      let program: ReturnType<Environment["parse"]>;
      try {
        program = envFor(type, windowed).parse(source);
      } catch (error) {
        throw new TriggerCompileError(entry.id, name, type, (error as Error).message);
      }
      const check = program.check();
      if (!check.valid) {
        throw new TriggerCompileError(entry.id, name, type, check.error?.message ?? "invalid");
      }
      if (check.type !== resultType) {
        throw new TriggerCompileError(
          entry.id,
          name,
          type,
          `must be ${resultType}, is ${check.type}`,
        );
      }
      programs.set(type, fastPath(source, registry, type) ?? (program as unknown as Program));
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
