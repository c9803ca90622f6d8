import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generatePackage } from "@handshake/sap-codegen";
import { errorMessage, formatDiagnostic } from "@handshake/sap-core";
import type { Command } from "../command.js";
import { ExitCode } from "../command.js";
import { findRepoRoot } from "../repo-root.js";

/** The command printed in banners and in the stale message. */
export const GENERATE_COMMAND = "pnpm sap generate";

const usage = `Usage: sap generate [--check] [--registry DIR] [--out DIR] [--docs-out DIR] [-v]

Validates the registry and (re)writes the generated files (committed) of the
registry package (src/generated/*.ts, generated/registry.json with the machine
members, schemas/*.json without annotations), of the docs package
(generated/prose.json, the annotated schemas/*.json, src/generated/*.ts) and,
for the repository's own registry (no --registry), of core
(packages/core/src/generated: the schemas' types and the embedded schemas).
Writes are atomic: all changed files or none. Same registry, same bytes.

Options:
  --check         write nothing; exit 1 naming each stale file
  --registry DIR  the registry folder (default: registry/ of the enclosing repo)
  --out DIR       the registry package (default: packages/registry of that repo)
  --docs-out DIR  the docs package (default: registry-docs beside the --out folder)
  -v, --verbose   list every file written or stale
  -h, --help      show this help

Exit codes: 0 up to date or written, 1 stale (--check) or registry problems, 2 bad usage.
`;

export const generateCommand: Command = {
  name: "generate",
  summary:
    "Regenerate the registry and docs packages' types, data, registry.json and prose.json (--check: fail if stale).",
  usage,
  async run(args, io) {
    let values: {
      check?: boolean;
      registry?: string;
      out?: string;
      "docs-out"?: string;
      verbose?: boolean;
    };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: {
          check: { type: "boolean" },
          registry: { type: "string" },
          out: { type: "string" },
          "docs-out": { type: "string" },
          verbose: { type: "boolean", short: "v" },
        },
        strict: true,
        allowPositionals: false,
      }));
    } catch (error) {
      io.stderr.write(`sap generate: ${errorMessage(error)}\n\n${usage}`);
      return ExitCode.usage;
    }
    const root = findRepoRoot(io.cwd);
    if ((values.registry === undefined || values.out === undefined) && root === undefined) {
      io.stderr.write(
        "sap generate: no registry/registry.yaml here or above; run it inside the repository or pass --registry and --out\n",
      );
      return ExitCode.usage;
    }
    const registryDir = resolve(io.cwd, values.registry ?? join(root as string, "registry"));
    const packageDir = resolve(io.cwd, values.out ?? join(root as string, "packages", "registry"));
    const check = values.check === true;
    const docsOut = values["docs-out"];
    // The repository's own registry also types core (packages/core/src/generated).
    const coreDir =
      values.registry === undefined ? join(root as string, "packages", "core") : undefined;
    const result = await generatePackage({
      registryDir,
      packageDir,
      ...(docsOut === undefined ? {} : { docsPackageDir: resolve(io.cwd, docsOut) }),
      ...(coreDir === undefined ? {} : { coreDir }),
      check,
      command: GENERATE_COMMAND,
    });
    const show = (path: string): string => relative(io.cwd, join(packageDir, path)) || ".";
    if (result.diagnostics.length > 0) {
      for (const d of result.diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(
        `sap generate: the registry has ${result.diagnostics.length} problem(s); nothing was generated. Fix them (see sap validate), then rerun.\n`,
      );
      return ExitCode.problems;
    }
    if (check) {
      if (result.changes.length === 0) {
        if (values.verbose) io.stdout.write(`sap generate: ${result.fileCount} files up to date\n`);
        return ExitCode.ok;
      }
      for (const c of result.changes) {
        const what =
          c.kind === "create" ? "missing" : c.kind === "delete" ? "should be deleted" : "stale";
        io.stderr.write(`${show(c.path)}: ${what}\n`);
      }
      io.stderr.write(
        `Generated files are not up to date (${result.changes.length} of ${result.fileCount}). Run: ${GENERATE_COMMAND}\n`,
      );
      return ExitCode.problems;
    }
    if (values.verbose) {
      for (const c of result.changes) io.stdout.write(`${c.kind} ${show(c.path)}\n`);
    }
    if (result.changes.length > 0) {
      io.stdout.write(
        `sap generate: ${result.changes.length} of ${result.fileCount} files written\n`,
      );
    }
    return ExitCode.ok;
  },
};
