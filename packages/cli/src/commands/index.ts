import type { Command } from "../command.js";

/**
 * Every `sap` subcommand, in the order `sap --help` lists them. Each command's
 * module is imported only when that command runs: `sap validate` never pays for
 * ts-morph, and `sap --help` loads nothing.
 */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

export const commands: readonly CommandEntry[] = [
  {
    name: "validate",
    summary:
      "Check the registry: schemas, references, examples and trigger types (path:line:col CODE message).",
    load: async () => (await import("./validate.js")).validateCommand,
  },
  {
    name: "generate",
    summary:
      "Regenerate the registry and docs packages' types, data, registry.json and prose.json (--check: fail if stale).",
    load: async () => (await import("./generate.js")).generateCommand,
  },
  {
    name: "stubs",
    summary:
      "Write or refresh detector stubs for the installed registry version, keeping your code.",
    load: async () => (await import("./stubs.js")).stubsCommand,
  },
  {
    name: "eval",
    summary: "Replay an audit-event log through the registry: findings, outcome tiers, evidence.",
    load: async () => (await import("./eval.js")).evalCommand,
  },
  {
    name: "export",
    summary: "Write the registry in another tool's format (--format handshake-kernel).",
    load: async () => (await import("./export.js")).exportCommand,
  },
  {
    name: "coverage",
    summary:
      "Which entries run on the events the runtime records today, and which events the rest wait for.",
    load: async () => (await import("./coverage.js")).coverageCommand,
  },
  {
    name: "diff",
    summary: "Compatibility report between two registry versions; --against-changesets for CI",
    load: async () => (await import("./diff.js")).diffCommand,
  },
  {
    name: "history",
    summary: "What changed for each id across releases (--since your pinned version)",
    load: async () => (await import("./history.js")).historyCommand,
  },
  {
    name: "release",
    summary: "Record the release snapshot of the registry (sap release snapshot)",
    load: async () => (await import("./release.js")).releaseCommand,
  },
  {
    name: "new",
    summary: "Scaffold a new anti-pattern file with the next free id.",
    load: async () => (await import("./new.js")).newCommand,
  },
];
