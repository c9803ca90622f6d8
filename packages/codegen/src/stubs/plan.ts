import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_MARKER, tidy } from "../banner.js";
import type { GeneratedFile } from "../files.js";
import type { RegistryDocument, RetiredDoc } from "../model.js";
import { stubFileName } from "../naming.js";
import { engineSource } from "./engine-source.js";
import { type StubContext, stubSource, userInputOf } from "./stub-source.js";
import { readUserParts, StubProblem, skeletonChecksum, skeletonOf } from "./user-parts.js";

/** The registry package stubs import from unless told otherwise. */
export const DEFAULT_IMPORT_FROM = "@handshake/session-anti-patterns";

export interface StubsOptions {
  readonly document: RegistryDocument;
  /** The stubs folder (absolute). */
  readonly outDir: string;
  /** The exact command that regenerates, for the banners. */
  readonly command: string;
  readonly importFrom?: string;
  /** Regenerate even where code outside the user parts was edited (that code is dropped). */
  readonly force?: boolean;
  /** New stubs call @handshake/sap-engine by default; engine.ts is generated beside them. */
  readonly engine?: boolean;
}

/** A stub whose id is no longer a live entry: kept, marked, reported. */
export interface OrphanStub {
  readonly id: string;
  readonly file: string;
  readonly state: "retired" | "removed";
  readonly retired?: RetiredDoc;
}

export interface StubsPlan {
  /** Every file the stubs folder should hold, relative to it. */
  readonly files: readonly GeneratedFile[];
  /** Problems that stop the run: nothing may be written when there is one. */
  readonly problems: readonly StubProblem[];
  readonly orphans: readonly OrphanStub[];
  /** Live entries whose status is deprecated. */
  readonly deprecated: readonly { readonly id: string; readonly replacedBy?: string }[];
}

const STUB_FILE = /^sap-([0-9]+)\.ts$/;

function existingStubs(outDir: string): Map<string, string> {
  const found = new Map<string, string>();
  let names: string[] = [];
  try {
    names = readdirSync(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  for (const name of names.sort()) {
    const match = STUB_FILE.exec(name);
    if (match) found.set(`SAP-${match[1]}`, name);
  }
  return found;
}

/** The header lines of a stub: the leading `//` lines. */
function splitHeader(text: string): { header: string; rest: string } {
  const lines = text.split("\n");
  let n = 0;
  while (n < lines.length && (lines[n] as string).startsWith("//")) n++;
  return { header: lines.slice(0, n).join("\n"), rest: lines.slice(n).join("\n") };
}

/** A kept stub of an id that left the registry: the header says so; the code is untouched. */
export function orphanSource(text: string, orphan: OrphanStub, context: StubContext): string {
  const { document } = context;
  const why =
    orphan.state === "retired" && orphan.retired !== undefined
      ? `RETIRED in ${orphan.retired.retired_in}: ${orphan.retired.reason.trim().replace(/\s+/g, " ")}${
          orphan.retired.replaced_by ? ` Replaced by ${orphan.retired.replaced_by}.` : ""
        }`
      : `REMOVED: ${orphan.id} is not in this registry version and has no tombstone.`;
  const header = [
    `${GENERATED_MARKER} This stub is no longer regenerated.`,
    "// Generator: @handshake/sap-codegen (sap stubs)",
    `// Source: ${context.importFrom}@${document.version} registry.json (${document.content_hash})`,
    `// Regenerate: ${context.command}`,
    `// ${orphan.id} ${why}`,
    "// @deprecated Kept so no hand-written code is lost; it is not in the generated index.",
    "// Delete this file when you no longer need its code.",
  ].join("\n");
  const { rest } = splitHeader(text);
  return `${header}\n${rest}`;
}

/** The generated index: every live detector module, in id order. */
export function indexSource(document: RegistryDocument, context: StubContext): string {
  const ids = document.anti_patterns.map((e) => e.id);
  const local = (id: string): string => id.toLowerCase().replace(/[^a-z0-9]/g, "");
  const lines = [
    GENERATED_MARKER,
    "// Generator: @handshake/sap-codegen (sap stubs)",
    `// Source: ${context.importFrom}@${document.version} registry.json (${document.content_hash})`,
    `// Regenerate: ${context.command}`,
    "",
    `import type { DetectorModule } from ${JSON.stringify(context.importFrom)};`,
    ...ids.map(
      (id) => `import * as ${local(id)} from "./${stubFileName(id).replace(/\.ts$/, ".js")}";`,
    ),
    "",
    "/** Every live detector of this registry version, in id order (retired stubs are not listed). */",
    ids.length === 0
      ? "export const detectors: readonly DetectorModule[] = [];"
      : `export const detectors = [\n${ids.map((id) => `  ${local(id)},\n`).join("")}] as const satisfies readonly DetectorModule[];`,
  ];
  return tidy(lines.join("\n"));
}

/**
 * What `sap stubs` would write: one stub per live entry (existing ones
 * regenerated around their user parts), marked copies of orphaned stubs, and
 * the index. Reads the folder; writes nothing.
 */
export function planStubs(options: StubsOptions): StubsPlan {
  const context: StubContext = {
    document: options.document,
    importFrom: options.importFrom ?? DEFAULT_IMPORT_FROM,
    command: options.command,
    engine: options.engine === true,
  };
  const existing = existingStubs(options.outDir);
  const files: GeneratedFile[] = [];
  const problems: StubProblem[] = [];
  const live = new Set<string>();
  for (const entry of options.document.anti_patterns) {
    live.add(entry.id);
    const name = stubFileName(entry.id);
    const current = existing.get(entry.id);
    if (current === undefined) {
      files.push({ path: name, contents: stubSource(entry, context) });
      continue;
    }
    const text = readFileSync(join(options.outDir, current), "utf8");
    try {
      const parts = readUserParts(current, text);
      if (
        options.force !== true &&
        parts.checksum !== undefined &&
        skeletonChecksum(skeletonOf(text, parts)) !== parts.checksum
      ) {
        throw new StubProblem(
          current,
          1,
          "code outside detect's body and the #region user blocks was edited and would be lost: move it into a user region, or rerun with --force to drop it",
        );
      }
      files.push({ path: name, contents: stubSource(entry, context, userInputOf(parts)) });
    } catch (error) {
      if (error instanceof StubProblem) problems.push(error);
      else throw error;
    }
  }
  const orphans: OrphanStub[] = [];
  for (const [id, name] of existing) {
    if (live.has(id)) continue;
    const retired = options.document.retired.find((r) => r.id === id);
    const orphan: OrphanStub =
      retired !== undefined
        ? { id, file: name, state: "retired", retired }
        : { id, file: name, state: "removed" };
    orphans.push(orphan);
    const text = readFileSync(join(options.outDir, name), "utf8");
    files.push({ path: name, contents: orphanSource(text, orphan, context) });
  }
  files.push({ path: "index.ts", contents: indexSource(options.document, context) });
  if (options.engine === true) {
    files.push({ path: "engine.ts", contents: engineSource(options.document, context) });
  }
  const deprecated = options.document.anti_patterns
    .filter((e) => e.status === "deprecated")
    .map((e) =>
      e.replaced_by !== undefined ? { id: e.id, replacedBy: e.replaced_by } : { id: e.id },
    );
  return { files, problems, orphans, deprecated };
}
