/**
 * Where the site's data comes from: the published files of two packages,
 * resolved by Node from apps/docs through each package's `exports` map
 * (`createRequire`, as the CLI finds the registry package: exactly what a
 * consumer gets).
 *
 * - The registry package's `./registry.json` carries what machines read. When
 *   it has a `prose_in` marker (`"@handshake/session-anti-patterns-docs/prose.json"`),
 *   its prose (descriptions, tier actions, links, example logs) ships in the
 *   docs package's `./prose.json`, and registry.ts joins the two with `withProse`.
 * - The docs package also ships the JSON Schemas as authored (with their
 *   descriptions); the registry package's copies are minified without them.
 *
 * Overrides: SAP_REGISTRY_JSON (another registry.json: a release candidate, the
 * benchmark's synthetic full registry), SAP_PROSE_JSON (another prose.json),
 * SAP_SCHEMAS_DIR (another folder of schemas).
 */
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";

export const REGISTRY_PACKAGE = "@handshake/session-anti-patterns";
export const DOCS_PACKAGE = "@handshake/session-anti-patterns-docs";
/** The registry.json member that names where its prose ships (core's PROSE_MARKER). */
export const PROSE_MARKER = "prose_in";

const buildHint = (name: string) => `pnpm turbo run build --filter ${name}`;

/** The docs app folder: set by astro.config.mjs, else the working directory. */
export function docsRoot(): string {
  return process.env.SAP_DOCS_ROOT ?? process.cwd();
}

/** Why a package file did not resolve from apps/docs. */
type Unresolved =
  /** No such package in the node_modules folders from apps/docs up. */
  | { kind: "not-installed" }
  /** The package's exports map has no such subpath. */
  | { kind: "not-exported" }
  /** Exported, but the file is not there (the package is not generated or built). */
  | { kind: "missing"; detail: string };

/**
 * The absolute path (symlinks resolved) of package `name`'s export `subpath`
 * (`./registry.json`), as `require.resolve` finds it from apps/docs: the
 * node_modules folders from there up, then NODE_PATH, as for any require.
 */
function resolvePackageFile(name: string, subpath: string): string | Unresolved {
  const require = createRequire(join(resolve(docsRoot()), "package.json"));
  try {
    return require.resolve(`${name}/${subpath.replace(/^\.\//, "")}`);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ERR_PACKAGE_PATH_NOT_EXPORTED") return { kind: "not-exported" };
    // MODULE_NOT_FOUND means either: the package is absent, or the file its exports name is
    // (then Node's message names that file).
    return isInstalled(require, name)
      ? { kind: "missing", detail: message.split("\n")[0] ?? message }
      : { kind: "not-installed" };
  }
}

/** True when package `name` resolves: its package.json does, or exists but is not exported. */
function isInstalled(require: NodeJS.Require, name: string): boolean {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_PACKAGE_PATH_NOT_EXPORTED";
  }
}

/**
 * Package `name`'s export `subpath`, or an error naming what is missing and
 * what to run: `needs` says what asked for it, `orSet` the override to use instead.
 */
function packageFile(name: string, subpath: string, needs: string, orSet: string): string {
  const resolved = resolvePackageFile(name, subpath);
  if (typeof resolved === "string") return resolved;
  switch (resolved.kind) {
    case "not-installed":
      throw new Error(
        `${needs}, but ${name} is not installed for apps/docs (it does not resolve from ${docsRoot()}). Add it ("${name}": "workspace:*" in apps/docs/package.json) and run \`pnpm install\` at the repository root, or set ${orSet}.`,
      );
    case "not-exported":
      throw new Error(
        `${needs}, but ${name} does not export ${subpath}. Install ${name} at the registry's version, or set ${orSet}.`,
      );
    case "missing":
      throw new Error(
        `${needs}, but ${name}'s ${subpath} is missing (${resolved.detail}): generate and build it (pnpm sap generate, then ${buildHint(name)}), or set ${orSet}.`,
      );
  }
}

function fromEnv(name: string): string | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  return isAbsolute(value) ? value : resolve(docsRoot(), value);
}

/** The path an override variable names, which must exist. */
function existingOverride(variable: string): string | undefined {
  const override = fromEnv(variable);
  if (override !== undefined && !existsSync(override)) {
    throw new Error(`${variable} names ${override}, which does not exist.`);
  }
  return override;
}

/** Absolute path of the registry.json the site is built from. */
export function registryJsonPath(): string {
  return (
    existingOverride("SAP_REGISTRY_JSON") ??
    packageFile(
      REGISTRY_PACKAGE,
      "./registry.json",
      "The site is built from the registry package's registry.json",
      "SAP_REGISTRY_JSON to a registry.json path",
    )
  );
}

/** A `prose_in` value split into package name and export subpath. */
export function splitSpecifier(specifier: string): { name: string; subpath: string } | undefined {
  const match = /^((?:@[^/\s]+\/)?[^/@\s][^/\s]*)\/(.+)$/.exec(specifier);
  if (match === null) return undefined;
  return { name: match[1] as string, subpath: `./${match[2] as string}` };
}

/**
 * Absolute path of the prose.json that completes `registryPath`, whose
 * `prose_in` marker is `proseIn`: SAP_PROSE_JSON, else the file the marker
 * names, resolved through that (docs) package's exports map.
 */
export function proseJsonPath(registryPath: string, proseIn: string): string {
  const override = existingOverride("SAP_PROSE_JSON");
  if (override !== undefined) return override;
  const target = splitSpecifier(proseIn);
  if (target === undefined) {
    throw new Error(
      `${registryPath}: "${PROSE_MARKER}" is ${JSON.stringify(proseIn)}, not a package file such as "${DOCS_PACKAGE}/prose.json". Set SAP_PROSE_JSON to the prose.json that completes it.`,
    );
  }
  return packageFile(
    target.name,
    target.subpath,
    `${registryPath} ships without its prose and names ${proseIn} for it`,
    "SAP_PROSE_JSON to a prose.json path",
  );
}

/**
 * The JSON Schema files offered for download: `{ file name: absolute path }`,
 * sorted by name. From SAP_SCHEMAS_DIR, else the docs package's `./schemas/*`
 * export (the schemas as authored, with descriptions and examples); none when
 * the docs package exports no schemas.
 */
export function schemaFiles(): Record<string, string> {
  let dir = fromEnv("SAP_SCHEMAS_DIR");
  if (dir === undefined) {
    const probe = resolvePackageFile(DOCS_PACKAGE, "./schemas/registry.schema.json");
    if (typeof probe !== "string" && probe.kind === "not-exported") return {};
    dir = dirname(
      packageFile(
        DOCS_PACKAGE,
        "./schemas/registry.schema.json",
        "The downloads page offers the docs package's JSON Schemas",
        "SAP_SCHEMAS_DIR to a folder of JSON Schemas",
      ),
    );
  }
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".json")) files[name] = join(dir, name);
  }
  return files;
}
