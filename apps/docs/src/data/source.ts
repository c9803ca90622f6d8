/**
 * Where the site's data comes from: the registry package's published files,
 * found through the package's own `exports` map (exactly what a consumer gets),
 * or an alternate `registry.json` named by SAP_REGISTRY_JSON (the benchmark's
 * synthetic registry, a release candidate under review).
 */
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";

export const REGISTRY_PACKAGE = "@handshake/session-anti-patterns";

/** The docs app folder: set by astro.config.mjs, else the working directory. */
export function docsRoot(): string {
  return process.env.SAP_DOCS_ROOT ?? process.cwd();
}

function packageDir(): string {
  const require = createRequire(join(docsRoot(), "package.json"));
  try {
    return dirname(require.resolve(`${REGISTRY_PACKAGE}/package.json`));
  } catch {
    throw new Error(
      `${REGISTRY_PACKAGE} is not installed for apps/docs. Run \`pnpm install\` at the repository root, or set SAP_REGISTRY_JSON to a registry.json path.`,
    );
  }
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

/** Resolve `subpath` (for example `./registry.json`) through the package's exports map. */
function resolveExport(subpath: string): string | undefined {
  const dir = packageDir();
  const require = createRequire(join(docsRoot(), "package.json"));
  const manifest = require(`${REGISTRY_PACKAGE}/package.json`) as {
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
  const path = resolveExport("./registry.json");
  if (path === undefined) {
    throw new Error(
      `${REGISTRY_PACKAGE} does not export ./registry.json. Build the registry package (pnpm turbo run build --filter ${REGISTRY_PACKAGE}), or set SAP_REGISTRY_JSON to a registry.json path.`,
    );
  }
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: build the registry package first (pnpm turbo run build --filter ${REGISTRY_PACKAGE}), or set SAP_REGISTRY_JSON.`,
    );
  }
  return path;
}

/**
 * The JSON Schema files offered for download: `{ file name: absolute path }`,
 * sorted by name. From SAP_SCHEMAS_DIR, else the package's `./schemas/*` export.
 */
export function schemaFiles(): Record<string, string> {
  let dir = fromEnv("SAP_SCHEMAS_DIR");
  if (dir === undefined) {
    const probe = resolveExport("./schemas/registry.schema.json");
    dir = probe === undefined ? undefined : dirname(probe);
  }
  if (dir === undefined || !existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".json")) files[name] = join(dir, name);
  }
  return files;
}
