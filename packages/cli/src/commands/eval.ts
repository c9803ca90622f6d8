import { createReadStream, readFileSync, statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import type { LoadedRegistry } from "@handshake/sap-core";
import { errorMessage, formatDiagnostic } from "@handshake/sap-core";
import { isDuckDbFile, readFlightRecorderDuckDb } from "@handshake/sap-duckdb";
import type { EvaluationResult, InputFormat } from "@handshake/sap-engine";
import {
  checkExamples,
  evaluateRuntimeRecords,
  evaluateStream,
  formatJson,
  formatSarif,
  formatText,
  ParamsError,
  TriggerCompileError,
} from "@handshake/sap-engine";
import type { Command, CommandIo } from "../command.js";
import { ExitCode } from "../command.js";
import { docsPackage, openRegistry } from "../registry-source.js";

const usage = `Usage: sap eval LOG|- [--input-format FORMAT] [--params FILE] [--format text|json|sarif] [--registry DIR] [--allow-empty]
       sap eval --examples [SAP-NNN ...] [--format text|json] [--registry DIR]

Replays an audit-event log (- reads stdin) through every trigger of the
registry, streaming, exactly as registry/SEMANTICS.md says, and prints the
findings with their outcome tier and evidence.

Input formats (--input-format; auto detects them):
  native     JSON Lines of the registry's envelope (event_id, event_type,
             timestamp, session_id, payload)
  fr-jsonl   JSON Lines of the runtime's FlightRecorderEvent envelope
  fr-api     the JSON array GET /flight_recorder returns (newest first, at
             most 200 events: ordered by time; a line is a 1-based position
             in the array)
  fr-trace   a debug bundle's trace.jsonl (export it in FullLocal mode)
  duckdb     the runtime's Flight Recorder DuckDB file (table events)
  auto       (default) a DuckDB file by its header, a JSON array of event
             objects, else JSON Lines with each line read as the native or
             the runtime envelope by its fields

A DuckDB file (the runtime's Flight Recorder store, flight_recorder.db, table
events; recognised by its magic bytes) is read read-only, row by row in time
order; a finding's line is the row's position in that order.

Options:
  --params FILE    param overrides, {"SAP-001": {"max_tree_spawns": 20}};
                   an unknown entry or param, a wrong type or an out-of-bounds
                   value is an error (never clamped)
  --input-format FORMAT
                   what LOG is (above; default auto)
  --format FORMAT  text (default: findings grouped by session), json (the
                   documented sap-eval/1 report) or sarif (SARIF 2.1.0)
  --registry PATH  a registry directory of YAML, or a shipped registry.json
                   (default: ./registry, else the installed
                   @handshake/session-anti-patterns package's registry.json)
  --allow-empty    an empty log (no record: no line but blank ones, no row)
                   is not an error; without
                   it, an empty log or a closed stdin exits 2 after the report
                   (a broken exporter must not pass as a quiet runtime)
  --examples       instead of a log, run every example of the registry (or of
                   the given entries) alone through the engine and check it:
                   must-trigger examples yield exactly their expect list,
                   must-not examples nothing; exit 1 on any mismatch
  -h, --help       show this help

Progress goes to stderr, and only when stderr is a terminal.

Exit codes: 0 no enforce-mode finding, 1 enforce-mode findings,
2 bad usage, an unreadable registry, log or params file, an empty log
(unless --allow-empty), or any input finding
(a line that is not JSON, an unknown event type in a native envelope, a
payload that fails its schema or was redacted, an out-of-order event, a
trigger error), each reported with its line. Runtime events of types the
registry does not read are skipped and counted, not input findings.
`;

type Format = "text" | "json" | "sarif";

const INPUT_FORMATS = ["auto", "native", "fr-jsonl", "fr-api", "fr-trace", "duckdb"] as const;
type CliInputFormat = (typeof INPUT_FORMATS)[number];

/** The engine's format of a log that is not a DuckDB file. */
function streamFormat(format: CliInputFormat): InputFormat {
  return format === "duckdb" ? "auto" : format;
}

function isInputFormat(value: string): value is CliInputFormat {
  return (INPUT_FORMATS as readonly string[]).includes(value);
}

interface EvalArgs {
  readonly examples: readonly string[] | undefined;
  readonly log: string;
  readonly params: string | undefined;
  readonly format: Format;
  readonly inputFormat: CliInputFormat;
  readonly registry: string | undefined;
  readonly allowEmpty: boolean;
}

function parse(args: readonly string[]): EvalArgs {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      params: { type: "string" },
      format: { type: "string", default: "text" },
      "input-format": { type: "string", default: "auto" },
      registry: { type: "string" },
      examples: { type: "boolean", default: false },
      "allow-empty": { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const format = values.format;
  if (format !== "text" && format !== "json" && format !== "sarif") {
    throw new Error(`--format must be text, json or sarif, not ${JSON.stringify(format)}`);
  }
  const inputFormat = values["input-format"];
  if (!isInputFormat(inputFormat)) {
    throw new Error(
      `--input-format must be one of ${INPUT_FORMATS.join(", ")}, not ${JSON.stringify(inputFormat)}`,
    );
  }
  if (values.examples === true) {
    const bad = positionals.filter((p) => !/^SAP-[0-9]{3}$/.test(p));
    if (bad.length > 0)
      throw new Error(`--examples takes entry ids like SAP-001, not ${bad.join(", ")}`);
    if (format === "sarif") throw new Error("--examples prints text or json");
    if (values.params !== undefined) throw new Error("--examples uses each example's own params");
    return {
      examples: positionals,
      log: "",
      params: undefined,
      format,
      inputFormat,
      registry: values.registry,
      allowEmpty: false,
    };
  }
  if (positionals.length !== 1) {
    throw new Error(`expected one LOG (a file or -), got ${positionals.length}`);
  }
  return {
    examples: undefined,
    log: positionals[0] as string,
    params: values.params,
    format,
    inputFormat,
    registry: values.registry,
    allowEmpty: values["allow-empty"] === true,
  };
}

/** A path relative to the working directory when it is inside it, else absolute. */
function display(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === "" ? "." : rel.startsWith("..") ? path : rel;
}

/** The log's name as a SARIF artifact URI (relative, `/`-separated, escaped). */
function artifactUri(name: string): string {
  return name
    .split(sep)
    .map((part) => encodeURIComponent(part))
    .join("/");
}

class UsageError extends Error {}

function readParams(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read params file ${path}: ${errorMessage(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `params file ${path} is not JSON (${errorMessage(error)}); write {"SAP-001": {"max_tree_spawns": 20}}`,
    );
  }
}

function render(
  format: Format,
  registry: LoadedRegistry,
  result: EvaluationResult,
  source: string,
): string {
  if (format === "json") return formatJson(result, source);
  if (format === "sarif") return formatSarif(registry, result, artifactUri(source));
  return formatText(result, source);
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((done) => {
    if (stream.write(text)) done();
    else stream.once("drain", () => done());
  });
}

async function runExamples(
  io: CommandIo,
  registry: LoadedRegistry,
  version: string,
  parsed: EvalArgs,
): Promise<number> {
  if (registry.machineOnly !== undefined) {
    io.stderr.write(
      `sap eval: the example logs ship in ${docsPackage}, which is not installed here: npm install -D ${docsPackage}@${version}\n`,
    );
    return ExitCode.usage;
  }
  const ids = parsed.examples ?? [];
  const unknown = ids.filter((id) => !registry.entries.some((e) => e.id === id));
  if (unknown.length > 0) {
    io.stderr.write(`sap eval: no such anti-pattern: ${unknown.join(", ")}\n`);
    return ExitCode.usage;
  }
  const checks = checkExamples(registry, version, ids);
  const failed = checks.filter((c) => !c.ok);
  const entries = new Set(checks.map((c) => c.anti_pattern_id)).size;
  if (parsed.format === "json") {
    await write(
      io.stdout,
      `${JSON.stringify(
        {
          format: "sap-eval-examples/1",
          registry: { version },
          summary: {
            entries,
            examples: checks.length,
            passed: checks.length - failed.length,
            failed: failed.length,
          },
          examples: checks,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const lines = failed.flatMap((c) => [
      `FAIL ${c.anti_pattern_id} ${c.kind === "trigger" ? "must trigger" : "must not trigger"}: ${c.name}`,
      ...c.problems.map((p) => `     ${p}`),
    ]);
    lines.push(
      `${checks.length} examples of ${entries} anti-patterns: ${checks.length - failed.length} pass, ${failed.length} fail`,
    );
    await write(io.stdout, `${lines.join("\n")}\n`);
  }
  return failed.length === 0 ? ExitCode.ok : ExitCode.problems;
}

export const evalCommand: Command = {
  name: "eval",
  summary: "Replay an audit-event log through the registry: findings, outcome tiers, evidence.",
  usage,
  async run(args, io) {
    let parsed: EvalArgs;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr.write(`sap eval: ${errorMessage(error)}\n\n${usage}`);
      return ExitCode.usage;
    }
    const opened = openRegistry(io.cwd, parsed.registry);
    if (!opened.ok) {
      for (const d of opened.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(`sap eval: ${opened.message}\n`);
      return ExitCode.usage;
    }
    const { registry, version } = opened.source;
    if (parsed.examples !== undefined) {
      return runExamples(io, registry, version, parsed);
    }
    let params: unknown;
    const stdin = parsed.log === "-";
    const logPath = stdin ? "-" : resolve(io.cwd, parsed.log);
    const source = stdin ? "stdin" : display(io.cwd, logPath);
    try {
      if (parsed.params !== undefined) params = readParams(resolve(io.cwd, parsed.params));
      if (!stdin && !statSync(logPath).isFile()) throw new UsageError(`${source} is not a file`);
      if (stdin && parsed.inputFormat === "duckdb")
        throw new UsageError("a DuckDB store is read from a file, not stdin");
    } catch (error) {
      io.stderr.write(`sap eval: ${errorMessage(error)}\n`);
      return ExitCode.usage;
    }
    const progress = io.isTty
      ? (lines: number) => io.stderr.write(`\rsap eval: ${lines.toLocaleString("en-US")} lines`)
      : undefined;
    // A DuckDB store (the runtime's Flight Recorder file) is read by
    // @handshake/sap-duckdb, a package of its own so the registry package keeps
    // zero dependencies; anything else is text.
    const duckdb =
      parsed.inputFormat === "duckdb" ||
      (parsed.inputFormat === "auto" && !stdin && (await isDuckDbFile(logPath)));
    let result: EvaluationResult;
    try {
      const streaming = {
        registryVersion: version,
        params,
        ...(progress ? { onProgress: progress, progressEvery: 100_000 } : {}),
      };
      if (duckdb) {
        const rows = readFlightRecorderDuckDb(logPath) as AsyncIterable<Record<string, unknown>>;
        result = await evaluateRuntimeRecords(registry, rows, streaming);
      } else {
        const stream = stdin
          ? io.stdin
          : createReadStream(logPath, { encoding: "utf8", highWaterMark: 1 << 20 });
        result = await evaluateStream(registry, stream as AsyncIterable<string | Uint8Array>, {
          ...streaming,
          inputFormat: streamFormat(parsed.inputFormat),
        });
      }
    } catch (error) {
      if (error instanceof ParamsError) {
        io.stderr.write(`sap eval: ${parsed.params ?? "params"}: ${error.message}\n`);
      } else if (error instanceof TriggerCompileError) {
        io.stderr.write(
          `sap eval: a trigger does not compile (run sap validate): ${error.message}\n`,
        );
      } else {
        io.stderr.write(`sap eval: cannot read ${source}: ${errorMessage(error)}\n`);
      }
      return ExitCode.usage;
    } finally {
      if (progress) io.stderr.write("\r\u001b[K");
    }
    await write(io.stdout, render(parsed.format, registry, result, source));
    const s = result.summary;
    // Empty: not one record read (blank lines do not count); a log of only
    // runtime events the registry does not read is not empty.
    const empty = s.events === 0 && s.skipped_unknown_types === 0 && s.input_findings === 0;
    if (empty && !parsed.allowEmpty) {
      io.stderr.write(
        `sap eval: ${source} is empty (no event, row or line with a record): nothing was evaluated, which is what a broken exporter looks like; pass --allow-empty when an empty log is expected\n`,
      );
      return ExitCode.usage;
    }
    if (s.input_findings > 0) {
      io.stderr.write(
        `sap eval: ${s.input_findings} input finding${s.input_findings === 1 ? "" : "s"} in ${source} (see the report); failing closed\n`,
      );
      return ExitCode.usage;
    }
    return s.enforced > 0 ? ExitCode.problems : ExitCode.ok;
  },
};
