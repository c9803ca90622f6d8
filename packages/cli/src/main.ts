import { errorMessage } from "@handshake/sap-core";
import type { CommandIo } from "./command.js";
import { ExitCode } from "./command.js";
import { commands } from "./commands/index.js";

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: sap <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `sap <command> --help` for a command's options.",
    "Exit codes: 0 ok, 1 problems or findings, 2 bad usage or unreadable input.",
    "",
  ].join("\n");
}

/** Dispatches argv to a command; never throws (an unexpected error exits 2 with its message). */
export async function main(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout.write(helpText());
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`sap: unknown command '${name}'\n\n${helpText()}`);
    return ExitCode.usage;
  }
  try {
    const command = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout.write(`${command.usage.trimEnd()}\n`);
      return ExitCode.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    const message = errorMessage(error);
    io.stderr.write(`sap ${name}: ${message}\n`);
    return ExitCode.usage;
  }
}
