import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import {
  bumpBetween,
  bumpRank,
  canonicalRegistry,
  compareVersions,
  contentHash,
  diffRegistries,
  errorMessage,
  formatDiagnostic,
  formatDiffText,
  isVersion,
  parseSnapshot,
  serializeSnapshot,
  snapshotFileName,
  validateRegistry,
} from "@handshake/sap-core";
import { type Command, ExitCode } from "../command.js";
import { findProject, packageVersion, REGISTRY_PACKAGE } from "../release/project.js";
import { releases, snapshotHash } from "../release/source.js";

const USAGE = `Usage: sap release snapshot [--version X] [--root DIR]

Records the registry as released: writes packages/registry/releases/<version>.json,
the canonical registry with its version and content hash, which \`sap diff\` and
the per-id history compare offline. Run it right after \`changeset version\`
(the root \`version\` script does), and commit the file with the release.

  --version X   the version to record (default: ${REGISTRY_PACKAGE}'s package.json)
  --root DIR    the repository root (default: found from the current directory)

Refuses (exit 1) an invalid registry, a version that is not above the last
release, a version bump smaller than the changes need, removed/reused/renamed
ids, and a different snapshot already recorded for the version (released
snapshots are immutable). Writing the same snapshot again is a no-op.
`;

export const releaseCommand: Command = {
  name: "release",
  summary: "Record the release snapshot of the registry (sap release snapshot)",
  usage: USAGE,
  async run(args, io) {
    let values: { version?: string | undefined; root?: string | undefined };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { version: { type: "string" }, root: { type: "string" } },
      }));
    } catch (error) {
      io.stderr.write(`sap release: ${errorMessage(error)}\n\n${USAGE}`);
      return ExitCode.usage;
    }
    if (positionals.length !== 1 || positionals[0] !== "snapshot") {
      io.stderr.write(USAGE);
      return ExitCode.usage;
    }
    try {
      const project = findProject(io.cwd, values.root);
      const version = values.version ?? packageVersion(project);
      if (!isVersion(version)) {
        io.stderr.write(`sap release: ${JSON.stringify(version)} is not a semver version\n`);
        return ExitCode.usage;
      }
      if (version === "0.0.0") {
        io.stderr.write(
          `sap release: ${REGISTRY_PACKAGE} is at 0.0.0 (never released): add a changeset and run \`changeset version\` first\n`,
        );
        return ExitCode.problems;
      }
      const { registry, diagnostics } = validateRegistry(project.registryDir);
      if (!registry) {
        io.stderr.write(
          `${diagnostics.map(formatDiagnostic).join("\n")}\nsap release: the registry does not validate; nothing written\n`,
        );
        return ExitCode.problems;
      }
      const canonical = canonicalRegistry(registry);
      const hash = contentHash(canonical);
      const text = serializeSnapshot(canonical, version, hash);
      const file = join(project.releasesDir, snapshotFileName(version));
      const shown = relative(io.cwd, file) || file;
      if (existsSync(file)) {
        if (sameSnapshot(readFileSync(file, "utf8"), file, hash)) {
          io.stdout.write(`${shown} is up to date (${hash})\n`);
          return ExitCode.ok;
        }
        io.stderr.write(
          `sap release: ${shown} already records ${version} with different content: released snapshots are immutable; release a new version instead\n`,
        );
        return ExitCode.problems;
      }
      const previous = releases(project)
        .filter((r) => compareVersions(r.version, version) < 0)
        .at(-1);
      const newer = releases(project).filter((r) => compareVersions(r.version, version) > 0);
      if (newer.length) {
        io.stderr.write(
          `sap release: ${version} is below the released ${newer.map((r) => r.version).join(", ")}\n`,
        );
        return ExitCode.problems;
      }
      const diff = diffRegistries(previous?.registry ?? null, canonical);
      if (diff.errors.length) {
        io.stderr.write(
          `${formatDiffText(diff)}sap release: refusing to record a release with removed, reused or renamed ids\n`,
        );
        return ExitCode.problems;
      }
      if (previous) {
        const made = bumpBetween(previous.version, version);
        if (bumpRank(made) < bumpRank(diff.required)) {
          io.stderr.write(
            `${formatDiffText(diff)}sap release: ${previous.version} → ${version} is a ${made} release, but the changes need ${diff.required}\n`,
          );
          return ExitCode.problems;
        }
      }
      mkdirSync(project.releasesDir, { recursive: true });
      const tmp = `${file}.tmp-${process.pid}`;
      writeFileSync(tmp, text);
      renameSync(tmp, file);
      const entries = canonical.anti_patterns.length;
      io.stdout.write(
        `wrote ${shown}: ${version}, ${entries} entries, ${hash}${previous ? `, ${diff.changes.length} changes since ${previous.version} (${diff.required})` : " (first release)"}\n`,
      );
      return ExitCode.ok;
    } catch (error) {
      if (error instanceof Error) {
        io.stderr.write(`sap release: ${error.message}\n`);
        return ExitCode.usage;
      }
      throw error;
    }
  },
};

/** The recorded snapshot is intact and holds the same content (whatever a formatter did to its bytes). */
function sameSnapshot(text: string, file: string, hash: string): boolean {
  try {
    return parseSnapshot(text, file, snapshotHash).content_hash === hash;
  } catch {
    return false;
  }
}
