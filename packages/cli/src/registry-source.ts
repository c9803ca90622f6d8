import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type {
  CanonicalRegistry,
  Diagnostic,
  LoadedRegistry,
  MachineRegistryJson,
  ProseDocument,
} from "@handshake/sap-core";
import {
  errorMessage,
  loadRegistry,
  PROSE_MARKER,
  registryFromCanonical,
  withProse,
} from "@handshake/sap-core";
import { findRepoRoot } from "./repo-root.js";

/** The published package whose registry.json a consumer's project has installed. */
export const registryPackage = "@handshake/session-anti-patterns";

/** The published package with the registry's prose (descriptions, example logs): prose.json. */
export const docsPackage = "@handshake/session-anti-patterns-docs";

/** A registry ready to evaluate, with the version findings and evidence carry. */
export interface RegistrySource {
  readonly registry: LoadedRegistry;
  readonly version: string;
  /** The directory or file it was read from. */
  readonly path: string;
  /** The docs package's prose.json joined to a machine registry.json, when one was. */
  readonly prosePath?: string;
}

export type OpenedRegistry =
  | { readonly ok: true; readonly source: RegistrySource }
  | { readonly ok: false; readonly message: string; readonly diagnostics: readonly Diagnostic[] };

/**
 * Finds the registry a command works on: `--registry` (a registry directory of
 * YAML, or a shipped registry.json); without it, ./registry when it exists (this
 * repository's root), else the registry.json of the installed registry package
 * (a consumer's project, which has no YAML; or this repository's own package). A machine registry.json is joined
 * with the docs package's prose.json when that package is installed; without
 * it the registry has no prose (no example logs) but evaluates the same.
 */
export function openRegistry(cwd: string, requested: string | undefined): OpenedRegistry {
  if (requested !== undefined) return openPath(resolve(cwd, requested), cwd);
  const local = resolve(cwd, "registry");
  if (existsSync(local)) return openPath(local, cwd);
  const installed = installedRegistryJson(cwd);
  if (installed) return openPath(installed, cwd);
  return {
    ok: false,
    message: `no ./registry directory here and ${registryPackage} is not installed; pass --registry DIR or --registry path/to/registry.json`,
    diagnostics: [],
  };
}

function openPath(path: string, cwd: string): OpenedRegistry {
  if (existsSync(path) && statSync(path).isFile()) return openJson(path, cwd);
  const { registry, diagnostics } = loadRegistry(path);
  if (!registry) {
    return {
      ok: false,
      message: `the registry in ${path} does not load (${diagnostics.length} problems); run sap validate`,
      diagnostics,
    };
  }
  return { ok: true, source: { registry, version: versionBeside(path), path } };
}

function openJson(path: string, cwd: string): OpenedRegistry {
  let document: CanonicalRegistry & { version?: unknown };
  try {
    document = JSON.parse(readFileSync(path, "utf8")) as CanonicalRegistry & { version?: unknown };
  } catch (error) {
    return {
      ok: false,
      message: `${path} is not JSON: ${errorMessage(error)}`,
      diagnostics: [],
    };
  }
  if (!Array.isArray(document.anti_patterns) || !Array.isArray(document.events)) {
    return {
      ok: false,
      message: `${path} is not a registry.json (no anti_patterns and events); pass the file ${registryPackage} ships`,
      diagnostics: [],
    };
  }
  const version = typeof document.version === "string" ? document.version : "unversioned";
  let full: CanonicalRegistry = document;
  let prosePath: string | undefined;
  if (PROSE_MARKER in document) {
    // A machine registry.json: join the prose when the docs package is installed.
    prosePath = installedProseJson(path, cwd);
    if (prosePath !== undefined) {
      try {
        const prose = JSON.parse(readFileSync(prosePath, "utf8")) as ProseDocument;
        full = withProse(
          document as unknown as MachineRegistryJson,
          prose,
        ) as unknown as CanonicalRegistry;
      } catch (error) {
        return {
          ok: false,
          message: `${prosePath}: ${errorMessage(error)}`,
          diagnostics: [],
        };
      }
    }
  }
  try {
    const registry = registryFromCanonical(full, path);
    return { ok: true, source: { registry, version, path, ...(prosePath ? { prosePath } : {}) } };
  } catch (error) {
    const joined = prosePath === undefined ? "" : ` (joined with ${prosePath})`;
    return { ok: false, message: `${errorMessage(error)}${joined}`, diagnostics: [] };
  }
}

/**
 * The file `specifier` (a package subpath) resolves to, seen from each of
 * `from` in turn (a file, or a project's package.json); undefined when no
 * place has the package installed.
 */
export function resolveInstalled(specifier: string, from: readonly string[]): string | undefined {
  for (const place of from) {
    try {
      return createRequire(place).resolve(specifier);
    } catch {
      // not installed there
    }
  }
  return undefined;
}

/** The docs package's prose.json, installed beside the registry.json's package or in `cwd`'s project. */
function installedProseJson(registryJson: string, cwd: string): string | undefined {
  return resolveInstalled(`${docsPackage}/prose.json`, [registryJson, join(cwd, "package.json")]);
}

/**
 * The registry package's registry.json: installed in `cwd`'s project (a
 * consumer's), else, inside this repository, the workspace's own registry
 * package. The workspace root does not depend on that package, but seen from
 * its own package.json the package resolves its own name through its `exports`,
 * so one createRequire lookup serves both.
 */
export function installedRegistryJson(cwd: string): string | undefined {
  const from = [join(cwd, "package.json")];
  const root = findRepoRoot(cwd);
  if (root !== undefined) from.push(join(root, "packages", "registry", "package.json"));
  return resolveInstalled(`${registryPackage}/registry.json`, from);
}

/** The registry package version beside a registry directory (DIR/../packages/registry/package.json), else "unversioned". */
export function versionBeside(dir: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(dirname(dir), "packages", "registry", "package.json"), "utf8"),
    ) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "unversioned";
  } catch {
    return "unversioned";
  }
}
