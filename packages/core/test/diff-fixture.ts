import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** A mutable canonical-like registry for the diff tests. */
// biome-ignore lint/suspicious/noExplicitAny: tests mutate free-form JSON
export type Reg = any;

const ROOT = fileURLToPath(new URL("../../../registry/", import.meta.url));

function yamlFile(path: string): Reg {
  return parse(readFileSync(join(ROOT, path), "utf8"));
}

/**
 * The real registry's metadata, event catalog and SAP-001, shaped like
 * `canonicalRegistry` output (lists sorted by id / event type). The diff reads
 * plain JSON, so the tests do not need the loader.
 */
export function baseRegistry(): Reg {
  const meta = yamlFile("registry.yaml");
  const events = readdirSync(join(ROOT, "events"))
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => {
      const file = yamlFile(`events/${f}`);
      return file.events.map((e: Reg) => ({ ...e, family: file.family }));
    })
    .sort((a: Reg, b: Reg) => (a.event_type < b.event_type ? -1 : 1));
  const sap1 = yamlFile("anti-patterns/SAP-001.yaml");
  return {
    ...meta,
    environment: yamlFile("environment.yaml"),
    events,
    anti_patterns: [sap1],
    retired: [],
  };
}

export function entry(reg: Reg, id: string): Reg {
  const found = reg.anti_patterns.find((e: Reg) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

/** A second entry, derived from SAP-001, with its own id and slug. */
export function withSecondEntry(reg: Reg, id = "SAP-002", status = "stable"): Reg {
  const copy = structuredClone(entry(reg, "SAP-001"));
  copy.id = id;
  copy.slug = `second-${id.toLowerCase()}`;
  copy.status = status;
  if (status === "experimental") copy.enforcement.mode = "audit";
  reg.anti_patterns.push(copy);
  reg.anti_patterns.sort((a: Reg, b: Reg) => (a.id < b.id ? -1 : 1));
  return reg;
}

export function event(reg: Reg, type: string): Reg {
  const found = reg.events.find((e: Reg) => e.event_type === type);
  if (!found) throw new Error(`no event ${type}`);
  return found;
}
