import { renameSync, rmSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  errorMessage,
  formatDiagnostic,
  HandshakeKernelExportError,
  handshakeKernelJson,
  toHandshakeKernelRegistry,
} from "@handshake/sap-core";
import { type Command, ExitCode } from "../command.js";
import { openRegistry } from "../registry-source.js";

const FORMATS = ["handshake-kernel"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: sap export --format handshake-kernel [--out FILE] [--registry PATH]

Writes the registry in a format another tool reads.

Formats:
  handshake-kernel  the Handshake runtime's SessionAntiPatternRegistryV1
                    (src/backend/handshake_core/src/kernel/
                    session_anti_pattern_registry.rs, checked at 6519f4e2),
                    as its serde types deserialize it: SAP-001 as sap.sap-001,
                    categories as domains and coverage tags, detection
                    sources as detection kinds, the first tier's outcome, the
                    trigger as text, the events it uses as FR-EVT-SESSION-*
                    refs (proposed events as FR-EVT-SESSION-SAP-*). The
                    document passes every rule of the runtime's
                    validate_session_anti_pattern_registry, or nothing is written.

Options:
  --format FORMAT  required: ${FORMATS.join(" | ")}
  --out FILE       write FILE atomically (a temporary file renamed into
                   place); default: standard output
  --registry PATH  a registry directory of YAML, or a shipped registry.json
                   (default: ./registry, else the installed
                   @handshake/session-anti-patterns package's registry.json)
  -h, --help       show this help

Same registry, same bytes: canonical JSON (sorted keys, entries sorted by id)
with a trailing newline.

Exit codes: 0 written; 2 bad usage, an unreadable registry, a registry the
format cannot hold (each reason printed) or an unwritable --out.
`;

interface ExportArgs {
  readonly format: Format;
  readonly out: string | undefined;
  readonly registry: string | undefined;
}

function parse(args: readonly string[]): ExportArgs {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      format: { type: "string" },
      out: { type: "string" },
      registry: { type: "string" },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw new Error(`unexpected argument ${positionals[0]}`);
  const format = values.format;
  if (format === undefined) throw new Error(`--format is required (${FORMATS.join(" | ")})`);
  if (!(FORMATS as readonly string[]).includes(format))
    throw new Error(`--format must be ${FORMATS.join(" | ")}, not ${JSON.stringify(format)}`);
  if (values.out === "") throw new Error("--out needs a file name");
  return { format: format as Format, out: values.out, registry: values.registry };
}

export const exportCommand: Command = {
  name: "export",
  summary: "Write the registry in another tool's format (--format handshake-kernel).",
  usage: USAGE,
  async run(args, io) {
    let parsed: ExportArgs;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr.write(`sap export: ${errorMessage(error)}\n\n${USAGE}`);
      return ExitCode.usage;
    }
    const opened = openRegistry(io.cwd, parsed.registry);
    if (!opened.ok) {
      for (const d of opened.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(`sap export: ${opened.message}\n`);
      return ExitCode.usage;
    }
    const { registry, version } = opened.source;
    let text: string;
    let entries: number;
    try {
      const document = toHandshakeKernelRegistry(registry, { version });
      text = handshakeKernelJson(document);
      entries = document.entries.length;
    } catch (error) {
      if (error instanceof HandshakeKernelExportError) {
        io.stderr.write(`sap export: ${error.message}\n`);
        return ExitCode.usage;
      }
      throw error;
    }
    if (parsed.out === undefined) {
      await write(io.stdout, text);
      return ExitCode.ok;
    }
    const out = resolve(io.cwd, parsed.out);
    const tmp = `${out}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, out);
    } catch (error) {
      rmSync(tmp, { force: true });
      io.stderr.write(`sap export: cannot write ${parsed.out}: ${errorMessage(error)}\n`);
      return ExitCode.usage;
    }
    const shown = relative(io.cwd, out).startsWith("..") ? out : relative(io.cwd, out);
    io.stdout.write(
      `wrote ${shown}: ${entries} entries as the Handshake kernel registry (registry ${version})\n`,
    );
    return ExitCode.ok;
  },
};

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done) => {
    if (stream.write(text)) done();
    else stream.once("drain", () => done());
  });
}
