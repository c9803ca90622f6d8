/** One `sap` subcommand. Each lives in its own file under src/commands/. */
export interface CommandIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly cwd: string;
  /** True when stderr is a terminal: colour and progress are allowed. */
  readonly isTty: boolean;
}

export interface Command {
  readonly name: string;
  /** One line for `sap --help`. */
  readonly summary: string;
  /** Full usage text for `sap <name> --help`. */
  readonly usage: string;
  /** Returns the process exit code: 0 success, 1 findings/problems, 2 bad usage or input. */
  run(args: readonly string[], io: CommandIo): Promise<number>;
}

/** Exit codes shared by every command (documented in the README). */
export const ExitCode = {
  ok: 0,
  problems: 1,
  usage: 2,
} as const;
