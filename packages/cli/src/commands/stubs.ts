import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_IMPORT_FROM, generateStubs, readRegistryDocument } from "@handshake/sap-codegen";
import { errorMessage } from "@handshake/sap-core";
import type { Command } from "../command.js";
import { ExitCode } from "../command.js";
import { installedRegistryJson } from "../registry-source.js";

const usage = `Usage: sap stubs --out DIR [--check] [--registry PATH] [--engine] [--force] [-v]

Writes one detector stub per anti-pattern of the INSTALLED registry package
(${DEFAULT_IMPORT_FROM}; in the registry's own repository, its
packages/registry) into DIR, plus DIR/index.ts listing them.
Run it again after every registry upgrade: headers, metadata, imports, types
and the signature of detect are rewritten; these parts are yours and are kept
byte for byte:

  - the body of \`export function detect(...) { ... }\` (and its parameter names)
  - everything between \`// #region user imports\` / \`// #endregion user imports\`
    and \`// #region user helpers\` / \`// #endregion user helpers\`

A stub whose id left the registry is never deleted: it is marked retired (or
removed) in its header, dropped from index.ts, and reported. If code outside
your parts was edited, nothing is written and the file is named (--force
regenerates anyway and drops that code).

Options:
  --out DIR        the stubs folder (required)
  --check          write nothing; exit 1 when any stub is stale for the installed registry
  --registry PATH  a registry.json file, or a folder holding one (or the registry package)
  --force          regenerate stubs whose generated code was edited by hand
  --engine         new stubs' default body evaluates the entry's trigger with
                   @handshake/sap-engine (install it); writes DIR/engine.ts
  -v, --verbose    list every file written or stale
  -h, --help       show this help

Exit codes: 0 up to date or written, 1 stale (--check) or a stub that cannot be
regenerated safely, 2 bad usage or no registry.json.
`;

/**
 * registry.json from --registry (a file, a folder, or a package folder), else the
 * installed package's (in this repository: the workspace's registry package).
 */
export function resolveRegistryJson(cwd: string, given: string | undefined): string {
  if (given === undefined) {
    const installed = installedRegistryJson(cwd);
    if (installed !== undefined) return installed;
    throw new Error(
      `cannot find ${DEFAULT_IMPORT_FROM}/registry.json from ${cwd}: install the registry package (npm install ${DEFAULT_IMPORT_FROM}) or pass --registry PATH`,
    );
  }
  const path = resolve(cwd, given);
  if (!existsSync(path)) throw new Error(`--registry ${given}: no such file or folder`);
  if (!statSync(path).isDirectory()) return path;
  const pkgFile = join(path, "package.json");
  if (existsSync(pkgFile)) {
    const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { exports?: Record<string, unknown> };
    const target = pkg.exports?.["./registry.json"];
    if (typeof target === "string") return join(path, target);
  }
  return join(path, "registry.json");
}

export const stubsCommand: Command = {
  name: "stubs",
  summary: "Write or refresh detector stubs for the installed registry version, keeping your code.",
  usage,
  async run(args, io) {
    let values: {
      out?: string;
      check?: boolean;
      registry?: string;
      force?: boolean;
      engine?: boolean;
      verbose?: boolean;
    };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: {
          out: { type: "string" },
          check: { type: "boolean" },
          registry: { type: "string" },
          force: { type: "boolean" },
          engine: { type: "boolean" },
          verbose: { type: "boolean", short: "v" },
        },
        strict: true,
        allowPositionals: false,
      }));
      if (values.out === undefined) throw new Error("--out DIR is required");
    } catch (error) {
      io.stderr.write(`sap stubs: ${errorMessage(error)}\n\n${usage}`);
      return ExitCode.usage;
    }
    const outArg = values.out.split("\\").join("/");
    const outDir = resolve(io.cwd, values.out);
    let document: ReturnType<typeof readRegistryDocument>;
    try {
      document = readRegistryDocument(resolveRegistryJson(io.cwd, values.registry));
    } catch (error) {
      io.stderr.write(`sap stubs: ${errorMessage(error)}\n`);
      return ExitCode.usage;
    }
    const engine = values.engine === true;
    const command = `npx sap stubs --out ${outArg}${engine ? " --engine" : ""}`;
    const check = values.check === true;
    const result = generateStubs({
      document,
      outDir,
      command,
      check,
      force: values.force === true,
      engine,
    });
    const show = (path: string): string => relative(io.cwd, join(outDir, path)) || ".";
    if (result.problems.length > 0) {
      for (const p of result.problems)
        io.stderr.write(
          `${relative(io.cwd, join(outDir, p.file))}:${p.line}  ${p.message.replace(/^\S+:\d+ {2}/, "")}\n`,
        );
      io.stderr.write(
        `sap stubs: ${result.problems.length} stub(s) cannot be regenerated safely; nothing was written.\n`,
      );
      return ExitCode.problems;
    }
    for (const o of result.orphans) {
      const why =
        o.state === "retired"
          ? `retired in ${o.retired?.retired_in ?? "?"}`
          : "not in this registry version";
      io.stderr.write(
        `${show(o.file)}: ${o.id} is ${why}; the stub is kept, marked and left out of index.ts\n`,
      );
    }
    if (values.verbose) {
      for (const d of result.deprecated) {
        io.stderr.write(
          `${d.id} is deprecated${d.replacedBy ? `: replaced by ${d.replacedBy}` : ""}\n`,
        );
      }
    }
    const label = `${DEFAULT_IMPORT_FROM}@${document.version}`;
    if (check) {
      if (result.changes.length === 0) return ExitCode.ok;
      for (const c of result.changes)
        io.stderr.write(`${show(c.path)}: ${c.kind === "create" ? "missing" : "stale"}\n`);
      io.stderr.write(`Stubs are not up to date for ${label}. Run: ${command}\n`);
      return ExitCode.problems;
    }
    if (values.verbose)
      for (const c of result.changes) io.stdout.write(`${c.kind} ${show(c.path)}\n`);
    if (result.changes.length > 0) {
      io.stdout.write(`sap stubs: ${result.changes.length} file(s) written for ${label}\n`);
    }
    return ExitCode.ok;
  },
};
