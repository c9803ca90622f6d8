import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Diagnostic } from "@handshake/sap-core";
import {
  HISTORY_QUERY_SOURCE_FILE,
  PROSE_MERGE_SOURCE_FILE,
  releaseHistory,
  validateRegistry,
} from "@handshake/sap-core";
import { CORE_OWNED_DIRS, coreFiles } from "./core-files.js";
import { registryDocument } from "./document.js";
import { applyChanges, type Change, diffPlan } from "./files.js";
import type { RegistryDocument } from "./model.js";
import { DOCS_PACKAGE_OWNED_DIRS, PACKAGE_OWNED_DIRS, packageFiles } from "./package-files.js";
import { planStubs, type StubsOptions, type StubsPlan } from "./stubs/plan.js";

export interface GeneratePackageOptions {
  /** The registry folder (registry/). */
  readonly registryDir: string;
  /** The registry package folder (packages/registry). */
  readonly packageDir: string;
  /** The docs package folder that ships prose.json (default: packageDir/../registry-docs). */
  readonly docsPackageDir?: string;
  /**
   * Core's folder (packages/core), to write its schema types and embedded
   * schemas too (core-files.ts says why codegen writes them); omitted, core is
   * left alone.
   */
  readonly coreDir?: string;
  /** Compare only; write nothing. */
  readonly check: boolean;
  /** The command printed in banners and in the stale message. */
  readonly command: string;
  /** Extra top-level sections of registry.json (for example `history`). */
  readonly extraSections?: Readonly<Record<string, unknown>>;
  /**
   * The release snapshots the shipped `history` is built from (default:
   * `<packageDir>/releases`; a missing folder means no release yet).
   */
  readonly releasesDir?: string;
}

export interface GenerateResult {
  /** Registry problems: when there are any, nothing was generated or written. */
  readonly diagnostics: readonly Diagnostic[];
  /** Files that differ from disk (check) or were written (write). */
  readonly changes: readonly Change[];
  /** How many files the generator owns. */
  readonly fileCount: number;
}

/** The version of the registry package: the registry's version. */
export function packageVersion(packageDir: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
    version?: unknown;
  };
  if (typeof pkg.version !== "string") {
    throw new Error(`${join(packageDir, "package.json")}: "version" must be a string`);
  }
  return pkg.version;
}

/** registry/schema/*.schema.json, sorted by name, exact text. */
export function readSchemas(registryDir: string): { name: string; text: string }[] {
  const dir = join(registryDir, "schema");
  return readdirSync(dir)
    .filter((name) => name.endsWith(".schema.json"))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

/**
 * `sap generate`: validates the registry, renders every file of the registry
 * package, and writes the changed ones atomically (or, with `check`, only
 * reports them). An invalid registry writes nothing.
 */
export async function generatePackage(options: GeneratePackageOptions): Promise<GenerateResult> {
  const { registry, diagnostics } = validateRegistry(options.registryDir);
  if (registry === undefined || diagnostics.length > 0) {
    return { diagnostics, changes: [], fileCount: 0 };
  }
  // A missing releases folder reads as no release yet: an empty history.
  const history = releaseHistory(options.releasesDir ?? join(options.packageDir, "releases"));
  const document = registryDocument(registry, packageVersion(options.packageDir), {
    history,
    ...options.extraSections,
  });
  const docsPackageDir = options.docsPackageDir ?? join(options.packageDir, "..", "registry-docs");
  const docsPackagePath = relativeTo(options.packageDir, docsPackageDir);
  const schemas = readSchemas(options.registryDir);
  const files = await packageFiles({
    document,
    schemas,
    historyQuerySource: readFileSync(HISTORY_QUERY_SOURCE_FILE, "utf8"),
    proseMergeSource: readFileSync(PROSE_MERGE_SOURCE_FILE, "utf8"),
    docsPackagePath,
    command: options.command,
  });
  const ownedDirs = [
    ...PACKAGE_OWNED_DIRS,
    ...DOCS_PACKAGE_OWNED_DIRS.map((dir) => `${docsPackagePath}/${dir}`),
  ];
  if (options.coreDir !== undefined) {
    const corePath = relativeTo(options.packageDir, options.coreDir);
    for (const file of await coreFiles(schemas, options.command)) {
      files.push({ ...file, path: `${corePath}/${file.path}` });
    }
    ownedDirs.push(...CORE_OWNED_DIRS.map((dir) => `${corePath}/${dir}`));
  }
  // One plan for every package (the others' files by a path relative to the
  // registry package), so one atomic write updates all or none.
  const changes = diffPlan({ root: options.packageDir, files, ownedDirs });
  if (!options.check && changes.length > 0) applyChanges(options.packageDir, changes);
  return { diagnostics: [], changes, fileCount: files.length };
}

/** `to` relative to `from`, with forward slashes (a path inside a plan). */
function relativeTo(from: string, to: string): string {
  return relative(resolve(from), resolve(to)).split("\\").join("/");
}

/** Reads a registry.json (the registry package's, or any file of that shape). */
export function readRegistryDocument(file: string): RegistryDocument {
  const value = JSON.parse(readFileSync(file, "utf8")) as Partial<RegistryDocument>;
  for (const key of ["anti_patterns", "events", "retired"] as const) {
    if (!Array.isArray(value[key])) {
      throw new Error(
        `${file}: "${key}" must be an array; is this the registry package's registry.json?`,
      );
    }
  }
  if (typeof value.version !== "string" || typeof value.content_hash !== "string") {
    throw new Error(
      `${file}: "version" and "content_hash" must be strings; is this the registry package's registry.json?`,
    );
  }
  return value as RegistryDocument;
}

export interface StubsResult extends StubsPlan {
  readonly changes: readonly Change[];
}

/**
 * `sap stubs`: plans every stub and, unless `check` or a problem, writes the
 * changed files atomically. Never deletes a stub.
 */
export function generateStubs(options: StubsOptions & { readonly check: boolean }): StubsResult {
  const plan = planStubs(options);
  if (plan.problems.length > 0) return { ...plan, changes: [] };
  const changes = diffPlan({ root: options.outDir, files: plan.files });
  if (!options.check && changes.length > 0) applyChanges(options.outDir, changes);
  return { ...plan, changes };
}
