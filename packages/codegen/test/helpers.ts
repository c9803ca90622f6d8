import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateRegistry } from "@handshake/sap-core";
import { registryDocument } from "../src/document.js";
import { generateStubs } from "../src/generate.js";
import type { EntryDoc, RegistryDocument } from "../src/model.js";

/** The frozen two-entry registry the codegen tests run on. */
export const FIXTURE_REGISTRY = join(import.meta.dirname, "fixtures", "registry");

let cached: RegistryDocument | undefined;

/** The fixture registry as registry.json content (version 1.0.0). A fresh deep copy each call. */
export function fixtureDocument(): RegistryDocument {
  if (cached === undefined) {
    const { registry, diagnostics } = validateRegistry(FIXTURE_REGISTRY);
    if (registry === undefined || diagnostics.length > 0) {
      throw new Error(`fixture registry is invalid: ${JSON.stringify(diagnostics, null, 2)}`);
    }
    cached = registryDocument(registry, "1.0.0");
  }
  return structuredClone(cached);
}

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

/** A changed copy of a document. */
export function changed(
  document: RegistryDocument,
  change: (doc: Mutable<RegistryDocument>) => void,
): RegistryDocument {
  const copy = structuredClone(document) as Mutable<RegistryDocument>;
  change(copy);
  return copy as RegistryDocument;
}

/** The entry with this id (throws when absent). */
export function entryOf(document: Mutable<RegistryDocument>, id: string): Mutable<EntryDoc> {
  const entry = document.anti_patterns.find((e) => e.id === id);
  if (entry === undefined) throw new Error(`no ${id}`);
  return entry;
}

export function tempDir(prefix = "sap-stubs-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const COMMAND = "npx sap stubs --out detectors";

/** Runs the stub generator into `outDir` and returns its result. */
export function stubs(
  document: RegistryDocument,
  outDir: string,
  options: { check?: boolean; force?: boolean; engine?: boolean } = {},
) {
  return generateStubs({
    document,
    outDir,
    command: COMMAND,
    check: options.check === true,
    force: options.force === true,
    engine: options.engine === true,
  });
}

export function read(dir: string, file: string): string {
  return readFileSync(join(dir, file), "utf8");
}

export function write(dir: string, file: string, text: string): void {
  writeFileSync(join(dir, file), text);
}

/** Replaces the text between the first `open` and the next `close` (markers kept). */
export function replaceBetween(text: string, open: string, close: string, inner: string): string {
  const a = text.indexOf(open);
  const b = text.indexOf(close, a + open.length);
  if (a < 0 || b < 0) throw new Error(`markers ${open} / ${close} not found`);
  return text.slice(0, a + open.length) + inner + text.slice(b);
}

/** Replaces detect's body (from the `{` after its signature to the file's last `}`). */
export function replaceBody(text: string, body: string): string {
  const sig = text.indexOf("export function detect(");
  const asyncSig = text.indexOf("export async function detect(");
  const at = sig >= 0 ? sig : asyncSig;
  const open = text.indexOf(" {\n", text.indexOf(")", text.indexOf("): ", at)));
  const close = text.lastIndexOf("}");
  return `${text.slice(0, open + 1)}${body}${text.slice(close + 1)}`;
}
