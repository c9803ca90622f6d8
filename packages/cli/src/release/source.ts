import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  type CanonicalRegistry,
  canonicalRegistry,
  errorMessage,
  formatDiagnostic,
  isVersion,
  loadRegistry,
  parseSnapshot,
  type ReleaseSnapshot,
  readReleaseSnapshots,
  snapshotContentHash,
  snapshotFileName,
} from "@handshake/sap-core";
import { resolveCommit, withRegistryAt } from "./git.js";
import type { Project } from "./project.js";

/** One side of a diff. */
export interface Side {
  /** How the report names it: `0.1.0`, `main (a1b2c3d)`, `working tree`. */
  readonly label: string;
  /** The canonical registry; null for "before the first release". */
  readonly registry: unknown;
}

/** Thrown for input that cannot be read: the command exits 2 with the message. */
export class SourceError extends Error {}

/** Hash check for snapshots: content_hash must be the hash of the stored registry. */
export const snapshotHash = snapshotContentHash;

export function releases(project: Project): ReleaseSnapshot[] {
  try {
    return readReleaseSnapshots(project.releasesDir);
  } catch (error) {
    throw new SourceError(errorMessage(error));
  }
}

/** Loads a registry directory into its canonical form; unreadable or invalid → SourceError. */
export function loadCanonical(dir: string, label: string, shownDir?: string): CanonicalRegistry {
  const { registry, diagnostics } = loadRegistry(dir);
  if (!registry) {
    const shown = diagnostics
      .slice(0, 10)
      .map(
        (d) =>
          `  ${formatDiagnostic(shownDir ? { ...d, file: d.file.replace(dir, shownDir) } : d)}`,
      );
    const more = diagnostics.length > 10 ? [`  ... and ${diagnostics.length - 10} more`] : [];
    throw new SourceError(
      [`the registry of ${label} does not load (fix it, then diff again):`, ...shown, ...more].join(
        "\n",
      ),
    );
  }
  return canonicalRegistry(registry);
}

export function workingTree(project: Project): Side {
  return {
    label: "working tree",
    registry: loadCanonical(project.registryDir, "the working tree"),
  };
}

/**
 * A version (its release snapshot), a registry directory, or a git ref
 * (registry/ at that commit), tried in that order.
 */
export function resolveSide(project: Project, spec: string, cwd: string): Side {
  if (isVersion(spec)) {
    const file = join(project.releasesDir, snapshotFileName(spec));
    if (existsSync(file)) {
      try {
        const snap = parseSnapshot(readFileSync(file, "utf8"), file, snapshotHash);
        return { label: spec, registry: snap.registry };
      } catch (error) {
        throw new SourceError(errorMessage(error));
      }
    }
  }
  const asDir = join(cwd, spec);
  if (existsSync(join(asDir, "registry.yaml")) && statSync(asDir).isDirectory()) {
    return { label: relative(cwd, asDir) || ".", registry: loadCanonical(asDir, spec) };
  }
  const commit = resolveCommit(project.root, spec);
  if (commit) {
    const label = `${spec} (${commit.slice(0, 7)})`;
    try {
      return {
        label,
        registry: withRegistryAt(project.root, commit, (dir) =>
          loadCanonical(dir, label, `${spec}:registry`),
        ),
      };
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(`${label}: ${errorMessage(error)}`);
    }
  }
  const known = releases(project).map((r) => r.version);
  throw new SourceError(
    `${spec} is neither a released version (${known.length ? `known: ${known.join(", ")}` : "no release snapshots yet"}), a registry directory, nor a git ref here (in a shallow clone, fetch it first)`,
  );
}
