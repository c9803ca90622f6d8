import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { Diagnostic } from "@handshake/sap-core";
import { errorMessage, formatDiagnostic, validateRegistry } from "@handshake/sap-core";
import type { Command, CommandIo } from "../command.js";
import { ExitCode } from "../command.js";
import { versionBeside } from "../registry-source.js";

const usage = `Usage: sap validate [DIR] [--json]

Checks the registry in DIR (default: ./registry): every file against its JSON
Schema, every reference, tier, window and example, and every trigger expression
type-checked against the event catalog. Prints every problem, all in one run:

  path:line:col  CODE  message  (hint)

Options:
  --json      print {valid, anti_patterns, event_types, version, diagnostics} as JSON
  -h, --help  show this help

Exit codes: 0 valid, 1 problems found, 2 bad usage.
`;

export const validateCommand: Command = {
  name: "validate",
  summary:
    "Check the registry: schemas, references, examples and trigger types (path:line:col CODE message).",
  usage,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr.write(`sap validate: ${errorMessage(error)}\n\n${usage}`);
      return ExitCode.usage;
    }
    const dir = resolve(io.cwd, parsed.dir);
    const { registry, diagnostics } = validateRegistry(dir);
    const shown = diagnostics.map((d) => ({ ...d, file: display(io.cwd, d.file) }));
    const label = `${display(io.cwd, dir)}${sep}`;
    const version = versionBeside(dir);
    if (parsed.json) {
      io.stdout.write(
        `${JSON.stringify(
          {
            valid: shown.length === 0,
            dir: label,
            anti_patterns: registry?.entries.length ?? null,
            event_types: registry?.events.size ?? null,
            version,
            diagnostics: shown,
          },
          null,
          2,
        )}\n`,
      );
      return shown.length === 0 ? ExitCode.ok : ExitCode.problems;
    }
    if (shown.length > 0 || !registry) {
      report(io, shown, label);
      return ExitCode.problems;
    }
    io.stdout.write(
      `${label} valid: ${registry.entries.length} anti-patterns, ${registry.events.size} event types, version ${version}\n`,
    );
    return ExitCode.ok;
  },
};

function parse(args: readonly string[]): { dir: string; json: boolean } {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1)
    throw new Error(`expected at most one DIR, got ${positionals.length}`);
  return { dir: positionals[0] ?? "registry", json: values.json === true };
}

function report(io: CommandIo, diagnostics: readonly Diagnostic[], label: string): void {
  for (const d of diagnostics) io.stdout.write(`${formatDiagnostic(d)}\n`);
  const n = diagnostics.length;
  io.stderr.write(`${label}: ${n} problem${n === 1 ? "" : "s"}\n`);
}

/** A path relative to the working directory when it is inside it, else absolute. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}
