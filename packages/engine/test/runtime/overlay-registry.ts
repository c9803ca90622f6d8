import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadedRegistry } from "@handshake/sap-core";
import { formatDiagnostic, loadRegistry } from "@handshake/sap-core";
import { parse, stringify } from "yaml";

/*
 * A copy of registry/ with test/fixtures/runtime/catalog-overlay.yaml merged
 * in (see that file's header): the catalog as the runtime records it, for the
 * runtime-form tests, until registry/events itself carries the `runtime:`
 * blocks and the runtime's fields. Merging only adds and loosens, so every
 * entry, trigger and example of the real registry stays valid.
 */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
export const overlayFile = resolve(here, "../fixtures/runtime/catalog-overlay.yaml");

interface Field {
  type: string;
  description?: string;
  optional?: boolean;
  enum?: string[];
  minimum?: number;
}

interface EventDef {
  id: string;
  event_type: string;
  origin?: string;
  title?: string;
  description?: string;
  session_field?: string;
  runtime?: { emitters: { file: string; function: string }[] } & Record<string, unknown>;
  payload: Record<string, Field>;
}

function emitterText(event: EventDef): string {
  return (event.runtime?.emitters ?? []).map((e) => `${e.file} ${e.function}`).join(", ");
}

function mergeField(name: string, into: Field, from: Field, eventType: string): void {
  if (into.type !== from.type && !(into.type === "double" && from.type === "int")) {
    throw new Error(
      `overlay: ${eventType}.${name} is ${from.type} in the runtime and ${into.type} in the catalog; the overlay cannot reconcile a type change`,
    );
  }
  if (from.enum === undefined) delete into.enum;
  else if (into.enum !== undefined) into.enum = [...new Set([...into.enum, ...from.enum])];
  if (from.minimum === undefined) delete into.minimum;
  else if (into.minimum !== undefined) into.minimum = Math.min(into.minimum, from.minimum);
  if (from.optional === true) into.optional = true;
}

function merge(into: EventDef, from: EventDef): void {
  if (into.runtime === undefined && from.runtime !== undefined) into.runtime = from.runtime;
  if (into.session_field === undefined && from.session_field !== undefined) {
    into.session_field = from.session_field;
  }
  for (const [name, field] of Object.entries(from.payload)) {
    const existing = into.payload[name];
    if (existing === undefined) {
      into.payload[name] = {
        ...field,
        optional: true,
        description: `As the runtime emits it (${emitterText(from)}).`,
      };
    } else {
      mergeField(name, existing, field, into.event_type);
    }
  }
  for (const [name, field] of Object.entries(into.payload)) {
    if (from.payload[name] === undefined && name !== into.session_field) field.optional = true;
  }
}

function added(from: EventDef): EventDef {
  return {
    id: from.id,
    event_type: from.event_type,
    origin: "runtime",
    title: from.event_type,
    description: `As the runtime emits it (${emitterText(from)}).`,
    ...(from.session_field === undefined ? {} : { session_field: from.session_field }),
    ...(from.runtime === undefined ? {} : { runtime: from.runtime }),
    payload: Object.fromEntries(
      Object.entries(from.payload).map(([name, f]) => [
        name,
        { ...f, description: f.description ?? `${name} as the runtime emits it.` },
      ]),
    ),
  };
}

const HEADER = "# yaml-language-server: $schema=../schema/events.schema.json\n";

/** Writes registry/ with the overlay merged into `target` (which must not exist or be empty). */
export function writeRuntimeRegistry(target: string): void {
  cpSync(join(repoRoot, "registry"), target, { recursive: true });
  const overlay = parse(readFileSync(overlayFile, "utf8")) as { events: EventDef[] };
  const eventsDir = join(target, "events");
  const files = readdirSync(eventsDir).filter((f) => f.endsWith(".yaml"));
  const docs = files.map((file) => ({
    file,
    doc: parse(readFileSync(join(eventsDir, file), "utf8")) as { events: EventDef[] },
  }));
  const byType = new Map<string, EventDef>();
  for (const { doc } of docs) for (const e of doc.events) byType.set(e.event_type, e);
  const extra: EventDef[] = [];
  for (const event of overlay.events) {
    const existing = byType.get(event.event_type);
    if (existing) merge(existing, event);
    else extra.push(added(event));
  }
  for (const { file, doc } of docs) {
    writeFileSync(join(eventsDir, file), HEADER + stringify(doc));
  }
  if (extra.length > 0) {
    writeFileSync(
      join(eventsDir, "zz-runtime-overlay.yaml"),
      HEADER +
        stringify({
          family: "runtime_overlay",
          title: "Runtime events the catalog does not describe yet (test overlay)",
          events: extra,
        }),
    );
  }
}

let dir: string | undefined;
let loaded: LoadedRegistry | undefined;

/** The overlaid registry directory (written once per test process). */
export function runtimeRegistryDir(): string {
  if (dir === undefined) {
    dir = join(mkdtempSync(join(tmpdir(), "sap-runtime-registry-")), "registry");
    writeRuntimeRegistry(dir);
  }
  return dir;
}

/** The overlaid registry, loaded once; fails loudly when it does not load. */
export function runtimeRegistry(): LoadedRegistry {
  if (loaded) return loaded;
  const { registry, diagnostics } = loadRegistry(runtimeRegistryDir());
  if (!registry) {
    throw new Error(
      `the overlaid registry does not load:\n${diagnostics.map((d) => formatDiagnostic(d)).join("\n")}`,
    );
  }
  loaded = registry;
  return registry;
}
