/**
 * Where the site's data comes from: the published files of two packages, found
 * through each package's own `exports` map (exactly what a consumer gets).
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
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
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

/**
 * The folder of an installed package (symlinks resolved), or undefined when
 * apps/docs cannot resolve it: the node_modules folders from the docs app up to
 * the file system root, as an ESM import looks (NODE_PATH is not consulted).
 */
export function installedPackageDir(name: string): string | undefined {
  let dir = resolve(docsRoot());
  for (;;) {
    const manifest = join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return dirname(realpathSync(manifest));
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function packageDir(name: string, orSet: string): string {
  const dir = installedPackageDir(name);
  if (dir === undefined) {
    throw new Error(
      `${name} is not installed for apps/docs (${join(docsRoot(), "node_modules", name)} is missing). Run \`pnpm install\` at the repository root, or set ${orSet}.`,
    );
  }
  return dir;
}

type ExportTarget = string | null | { [condition: string]: ExportTarget };

function pickTarget(target: ExportTarget | undefined): string | undefined {
  if (target === undefined || target === null) return undefined;
  if (typeof target === "string") return target;
  for (const condition of ["import", "default", "require", "node"]) {
    const picked = pickTarget(target[condition]);
    if (picked !== undefined) return picked;
  }
  return undefined;
}

/** Resolve `subpath` (for example `./registry.json`) through the exports map of the package in `dir`. */
function resolveExport(dir: string, subpath: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports?: Record<string, ExportTarget>;
  };
  const exportsMap = manifest.exports ?? {};
  const exact = pickTarget(exportsMap[subpath]);
  if (exact !== undefined) return join(dir, exact);
  for (const [pattern, target] of Object.entries(exportsMap)) {
    const star = pattern.indexOf("*");
    if (star < 0) continue;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (!subpath.startsWith(prefix) || !subpath.endsWith(suffix)) continue;
    const picked = pickTarget(target);
    if (picked === undefined) continue;
    const middle = subpath.slice(prefix.length, subpath.length - suffix.length);
    return join(dir, picked.replace("*", middle));
  }
  return undefined;
}

function fromEnv(name: string): string | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  return isAbsolute(value) ? value : resolve(docsRoot(), value);
}

/** Absolute path of the registry.json the site is built from. */
export function registryJsonPath(): string {
  const override = fromEnv("SAP_REGISTRY_JSON");
  if (override !== undefined) {
    if (!existsSync(override)) {
      throw new Error(`SAP_REGISTRY_JSON names ${override}, which does not exist.`);
    }
    return override;
  }
  const dir = packageDir(REGISTRY_PACKAGE, "SAP_REGISTRY_JSON to a registry.json path");
  const path = resolveExport(dir, "./registry.json");
  if (path === undefined) {
    throw new Error(
      `${REGISTRY_PACKAGE} (${dir}) does not export ./registry.json. Build the registry package (${buildHint(REGISTRY_PACKAGE)}), or set SAP_REGISTRY_JSON to a registry.json path.`,
    );
  }
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: build the registry package first (${buildHint(REGISTRY_PACKAGE)}), or set SAP_REGISTRY_JSON.`,
    );
  }
  return path;
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
  const override = fromEnv("SAP_PROSE_JSON");
  if (override !== undefined) {
    if (!existsSync(override)) {
      throw new Error(`SAP_PROSE_JSON names ${override}, which does not exist.`);
    }
    return override;
  }
  const target = splitSpecifier(proseIn);
  if (target === undefined) {
    throw new Error(
      `${registryPath}: "${PROSE_MARKER}" is ${JSON.stringify(proseIn)}, not a package file such as "${DOCS_PACKAGE}/prose.json". Set SAP_PROSE_JSON to the prose.json that completes it.`,
    );
  }
  const needs = `${registryPath} ships without its prose and names ${proseIn} for it`;
  const dir = installedPackageDir(target.name);
  if (dir === undefined) {
    throw new Error(
      `${needs}, but ${target.name} is not installed for apps/docs (${join(docsRoot(), "node_modules", target.name)} is missing). Add it ("${target.name}": "workspace:*" in apps/docs/package.json) and run \`pnpm install\` at the repository root, or set SAP_PROSE_JSON to a prose.json path.`,
    );
  }
  const path = resolveExport(dir, target.subpath);
  if (path === undefined) {
    throw new Error(
      `${needs}, but ${target.name} (${dir}) does not export ${target.subpath}. Install ${target.name} at the registry's version, or set SAP_PROSE_JSON to a prose.json path.`,
    );
  }
  if (!existsSync(path)) {
    throw new Error(
      `${needs}, but ${path} is missing: generate and build ${target.name} (pnpm sap generate, then ${buildHint(target.name)}), or set SAP_PROSE_JSON.`,
    );
  }
  return path;
}

/**
 * The JSON Schema files offered for download: `{ file name: absolute path }`,
 * sorted by name. From SAP_SCHEMAS_DIR, else the docs package's `./schemas/*`
 * export (the schemas as authored, with descriptions and examples).
 */
export function schemaFiles(): Record<string, string> {
  let dir = fromEnv("SAP_SCHEMAS_DIR");
  if (dir === undefined) {
    const docs = packageDir(DOCS_PACKAGE, "SAP_SCHEMAS_DIR to a folder of JSON Schemas");
    const probe = resolveExport(docs, "./schemas/registry.schema.json");
    dir = probe === undefined ? undefined : dirname(probe);
  }
  if (dir === undefined || !existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".json")) files[name] = join(dir, name);
  }
  return files;
}
