import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { errorMessage } from "@handshake/sap-core";

/** The published registry package whose version the diff guards. */
export const REGISTRY_PACKAGE = "@handshake/session-anti-patterns";

/** Where the versioning inputs live in a checkout of this repository. */
export interface Project {
  readonly root: string;
  /** `registry/`: the YAML source. */
  readonly registryDir: string;
  /** `packages/registry/releases/`: one canonical snapshot per released version. */
  readonly releasesDir: string;
  /** `.changeset/`: pending changesets. */
  readonly changesetDir: string;
  /** `packages/registry/package.json`: the registry package's version. */
  readonly packageJson: string;
}

/** The repository root: `root` if given, else the nearest ancestor of `cwd` holding `registry/registry.yaml`. */
export function findProject(cwd: string, root?: string): Project {
  let dir = resolve(cwd, root ?? ".");
  if (root === undefined) {
    while (!existsSync(join(dir, "registry", "registry.yaml"))) {
      const up = dirname(dir);
      if (up === dir) {
        throw new Error(
          `no registry/registry.yaml in ${cwd} or above: run from the repository, or pass --root DIR`,
        );
      }
      dir = up;
    }
  }
  return {
    root: dir,
    registryDir: join(dir, "registry"),
    releasesDir: join(dir, "packages", "registry", "releases"),
    changesetDir: join(dir, ".changeset"),
    packageJson: join(dir, "packages", "registry", "package.json"),
  };
}

/** The registry package's version in package.json ("0.0.0": never released). */
export function packageVersion(project: Project): string {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(project.packageJson, "utf8"));
  } catch (error) {
    throw new Error(
      `${project.packageJson}: cannot read the registry package's version (${errorMessage(error)})`,
    );
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version !== "string") throw new Error(`${project.packageJson}: no "version"`);
  return version;
}
