import { GENERATED_MARKER, tidy } from "../banner.js";
import type { RegistryDocument } from "../model.js";
import type { StubContext } from "./stub-source.js";

/** The functions of engine.ts, the same for every registry. */
const ENGINE_FUNCTIONS = String.raw`/**
 * Evaluates entry \`id\`'s trigger with @handshake/sap-engine over \`context.previous\`
 * and then \`event\` (each event is fed once per entry and run), and reports the
 * findings the engine made for the entry while reading them.
 */
export function engineDetect(
  id: string,
  event: AuditEvent<EventType>,
  context: DetectorContext<object>,
): DetectorResult {
  const run = runOf(id, context);
  feed(run, context.previous);
  run.engine.event(event, run.fed + 1);
  run.fed = context.previous.length + 1;
  return resultOf(id, run);
}

/** After the last event: feeds what this entry's detector never saw, and reports what that decided. */
export function engineFlush(id: string, context: DetectorContext<object>): DetectorResult {
  const run = runOf(id, context);
  feed(run, context.previous);
  return resultOf(id, run);
}

function feed(run: EntryRun, events: readonly unknown[]): void {
  for (; run.fed < events.length; run.fed++) run.engine.event(events[run.fed], run.fed + 1);
}

function runOf(id: string, context: DetectorContext<object>): EntryRun {
  let byId = runs.get(context.previous);
  if (byId === undefined) {
    byId = new Map();
    runs.set(context.previous, byId);
  }
  let run = byId.get(id);
  if (run === undefined) {
    const pending: Finding[] = [];
    const engine = new Engine(registryWith(id), {
      registryVersion: json.version,
      params: overrides(id, context.params),
      onFinding: (finding) => pending.push(finding),
    });
    run = { engine, pending, fed: 0 };
    byId.set(id, run);
  }
  return run;
}

function resultOf(id: string, run: EntryRun): DetectorResult {
  const found = run.pending.splice(0);
  const first = found[0];
  if (first === undefined) return { status: "clear", id };
  const more = found.length > 1 ? \`, and \${found.length - 1} more\` : "";
  return {
    status: "finding",
    id,
    events: first.triggering_event_ids,
    outcome: first.outcome as Outcome,
    message: \`\${first.title}: tier \${first.tier} \${first.outcome} (\${first.mode})\${more}\`,
  };
}`
  .replace(/\\`/g, "`")
  .replace(/\\\$\{/g, "${");

/** The engine package the --engine stubs call. */
export const ENGINE_PACKAGE = "@handshake/sap-engine";

/**
 * `engine.ts` beside the stubs (with --engine): `engineDetect(id, event, context)`
 * evaluates one entry's trigger with @handshake/sap-engine over the events of the
 * current run (`context.previous`, then the event), using the installed
 * registry.json. Fully generated; nothing in it is the user's.
 */
export function engineSource(document: RegistryDocument, context: StubContext): string {
  const lines = [
    GENERATED_MARKER,
    "// Generator: @handshake/sap-codegen (sap stubs --engine)",
    `// Source: ${context.importFrom}@${document.version} registry.json (${document.content_hash})`,
    `// Regenerate: ${context.command}`,
    "",
    `import type {
  AuditEvent,
  DetectorContext,
  DetectorResult,
  EntryData,
  EventType,
  Outcome,
} from ${JSON.stringify(context.importFrom)};`,
    `import { registryJson } from ${JSON.stringify(context.importFrom)};`,
    `import { Engine, type Finding } from ${JSON.stringify(ENGINE_PACKAGE)};`,
    "",
    "type LoadedRegistry = ConstructorParameters<typeof Engine>[0];",
    "",
    "interface EntryRun {",
    "  readonly engine: Engine;",
    "  readonly pending: Finding[];",
    "  fed: number;",
    "}",
    "",
    "/** One engine per entry and run; a run is identified by its `previous` array (runDetectors passes one per run). */",
    "const runs = new WeakMap<object, Map<string, EntryRun>>();",
    "",
    "const json = registryJson as unknown as {",
    "  readonly [key: string]: unknown;",
    "  readonly version: string;",
    "  readonly events: readonly { readonly event_type: string }[];",
    "  readonly anti_patterns: readonly EntryData[];",
    "};",
    "",
    "/** The installed registry, as the engine's loaded model, with only entry `id` (so a run evaluates only its trigger). */",
    "function registryWith(id: string): LoadedRegistry {",
    "  const meta = Object.fromEntries(",
    '    ["name", "title", "description", "severities", "categories", "detection_sources", "outcomes", "rules", "limits"].map(',
    "      (key) => [key, json[key]],",
    "    ),",
    "  );",
    "  return {",
    '    dir: "",',
    "    meta,",
    "    environment: json.environment,",
    '    events: new Map(json.events.map((event) => [event.event_type, { ...event, file: "" }])),',
    '    entries: json.anti_patterns.filter((entry) => entry.id === id).map((entry) => ({ ...entry, file: "" })),',
    "    retired: json.retired,",
    "    // registry.json has no prose, so it cannot be hashed whole: findings carry the hash it declares.",
    "    machineOnly: { declaredContentHash: json.content_hash },",
    "  } as unknown as LoadedRegistry;",
    "}",
    "",
    "/** A detector's params (durations in ms) as the engine's overrides (durations written `Nms`). */",
    "function overrides(id: string, params: object): Record<string, Record<string, unknown>> {",
    "  const declared = json.anti_patterns.find((entry) => entry.id === id)?.params ?? {};",
    "  const out: Record<string, unknown> = {};",
    "  for (const [name, value] of Object.entries(params)) {",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: generated code holds a template literal
    '    out[name] = declared[name]?.type === "duration" && typeof value === "number" ? `${value}ms` : value;',
    "  }",
    "  return { [id]: out };",
    "}",
    "",
    ENGINE_FUNCTIONS,
  ];
  return tidy(lines.join("\n"));
}
