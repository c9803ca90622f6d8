import { parseArgs } from "node:util";
import {
  type EntryCoverage,
  entryCoverage,
  errorMessage,
  formatDiagnostic,
} from "@handshake/sap-core";
import type { Command } from "../command.js";
import { ExitCode } from "../command.js";
import { openRegistry } from "../registry-source.js";

const usage = `Usage: sap coverage [--format text|json] [--registry PATH]

Which entries run on the runtime as it records today. An entry runs when its
trigger's \`on\` and each window step list an event the runtime records
(catalog origin: runtime) and every session-context field it reads is built
by such an event (environment.yaml built_from). Otherwise it waits for the
proposed events listed: an event type of each list with no runtime event (any
one of them would do), and the builders of each context field it reads.

Options:
  --format FORMAT  text (default: a table and "N of M entries run on today's
                   runtime") or json ({"entries": [{"id", "runs_on_runtime",
                   "missing_events"}, ...]}, ids sorted)
  --registry PATH  a registry directory of YAML, or a shipped registry.json
                   (default: ./registry, else the installed
                   @handshake/session-anti-patterns package's registry.json)
  -h, --help       show this help

Exit codes: 0 ok (whatever the coverage), 2 bad usage or an unreadable registry.
`;

export const coverageCommand: Command = {
  name: "coverage",
  summary:
    "Which entries run on the events the runtime records today, and which events the rest wait for.",
  usage,
  async run(args, io) {
    let format: string;
    let registryPath: string | undefined;
    try {
      const { values } = parseArgs({
        args: [...args],
        options: {
          format: { type: "string", default: "text" },
          registry: { type: "string" },
        },
        allowPositionals: false,
        strict: true,
      });
      format = values.format ?? "text";
      registryPath = values.registry;
      if (format !== "text" && format !== "json") {
        throw new Error(`--format must be text or json, not ${JSON.stringify(format)}`);
      }
    } catch (error) {
      io.stderr.write(`sap coverage: ${errorMessage(error)}\n\n${usage}`);
      return ExitCode.usage;
    }
    const opened = openRegistry(io.cwd, registryPath);
    if (!opened.ok) {
      for (const d of opened.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
      io.stderr.write(`sap coverage: ${opened.message}\n`);
      return ExitCode.usage;
    }
    const entries = entryCoverage(opened.source.registry);
    io.stdout.write(format === "json" ? coverageJson(entries) : coverageText(entries));
    return ExitCode.ok;
  },
};

/** `{"entries": [{"id", "runs_on_runtime", "missing_events"}, ...]}`, ids sorted. */
export function coverageJson(entries: readonly EntryCoverage[]): string {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify(
    {
      entries: sorted.map((e) => ({
        id: e.id,
        runs_on_runtime: e.runs_on_runtime,
        missing_events: [...e.missing_events],
      })),
    },
    null,
    2,
  )}\n`;
}

/** A table (id, runs on the runtime, waiting for) and the count line. */
export function coverageText(entries: readonly EntryCoverage[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.runs_on_runtime ? "yes" : "no",
    e.missing_events.join(", "),
  ]);
  const header = ["entry", "runs on runtime", "waiting for"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const running = entries.filter((e) => e.runs_on_runtime).length;
  return [
    line(header),
    ...rows.map(line),
    "",
    `${running} of ${entries.length} entries run on today's runtime`,
    "",
  ].join("\n");
}
