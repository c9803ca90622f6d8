import { parseArgs } from "node:util";
import {
  changesBetween,
  errorMessage,
  type HistoryStep,
  isVersion,
  releaseHistory,
} from "@handshake/sap-core";
import { type Command, ExitCode } from "../command.js";
import { findProject } from "../release/project.js";

const USAGE = `Usage: sap history [<id>...] [--since VERSION] [--json] [--root DIR]

The per-id history of the released registry (packages/registry/releases/):
for each id the version that introduced it and every later release that
changed it, with what changed and the bump. The registry package ships the
same history in registry.json.

  <id>...          only these ids (default: all)
  --since VERSION  only what changed after VERSION (your pinned version), with
                   event catalog and metadata changes and the overall bump
  --json           machine-readable output
  --root DIR       the repository root (default: found from the current directory)

Exit codes: 0 ok; 1 an id no release knows; 2 bad usage or an unreadable snapshot.
`;

export const historyCommand: Command = {
  name: "history",
  summary: "What changed for each id across releases (--since your pinned version)",
  usage: USAGE,
  async run(args, io) {
    let values: {
      since?: string | undefined;
      json?: boolean | undefined;
      root?: string | undefined;
    };
    let ids: string[];
    try {
      ({ values, positionals: ids } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { since: { type: "string" }, json: { type: "boolean" }, root: { type: "string" } },
      }));
    } catch (error) {
      io.stderr.write(`sap history: ${errorMessage(error)}\n\n${USAGE}`);
      return ExitCode.usage;
    }
    if (values.since !== undefined && !isVersion(values.since)) {
      io.stderr.write(`sap history: --since ${values.since} is not a version (like 1.4.2)\n`);
      return ExitCode.usage;
    }
    let history: ReturnType<typeof releaseHistory>;
    try {
      history = releaseHistory(findProject(io.cwd, values.root).releasesDir);
    } catch (error) {
      io.stderr.write(`sap history: ${errorMessage(error)}\n`);
      return ExitCode.usage;
    }
    const wanted = ids.length ? ids : undefined;
    if (values.since !== undefined) {
      const since = changesBetween(history, values.since, undefined, wanted);
      if (values.json) io.stdout.write(`${JSON.stringify(since, null, 2)}\n`);
      else {
        io.stdout.write(`Changes after ${since.from} up to ${since.to}: ${since.bump}\n`);
        for (const [id, c] of Object.entries(since.ids)) {
          const notes = [
            c.added ? `added in ${c.added}` : "",
            c.retired ? `retired in ${c.retired}` : "",
          ].filter(Boolean);
          io.stdout.write(
            `\n${id}${notes.length ? `  (${notes.join(", ")})` : ""}\n${steps(c.steps)}`,
          );
        }
        for (const [subject, s] of Object.entries(since.registry))
          io.stdout.write(`\n${subject}\n${steps(s)}`);
        for (const id of since.unknown) io.stdout.write(`\n${id}: unknown in ${since.to}\n`);
      }
      return since.unknown.length ? ExitCode.problems : ExitCode.ok;
    }
    const unknown = (wanted ?? []).filter((id) => !history.ids[id]);
    const shown = Object.entries(history.ids).filter(([id]) => !wanted || wanted.includes(id));
    if (values.json) {
      io.stdout.write(
        `${JSON.stringify({ releases: history.releases, ids: Object.fromEntries(shown), unknown }, null, 2)}\n`,
      );
    } else {
      if (history.releases.length === 0)
        io.stdout.write("No release recorded yet (packages/registry/releases/ is empty).\n");
      for (const [id, h] of shown) {
        io.stdout.write(
          `${id}  introduced in ${h.introduced}${h.retired ? `, retired in ${h.retired}` : ""}\n${steps(h.steps)}`,
        );
      }
      for (const id of unknown) io.stdout.write(`${id}: no release has it\n`);
    }
    return unknown.length ? ExitCode.problems : ExitCode.ok;
  },
};

function steps(list: readonly HistoryStep[]): string {
  return list
    .flatMap((s) =>
      s.changes.map((c) => `  ${s.version}  ${c.bump.padEnd(5)}  ${c.kind}  ${c.message}\n`),
    )
    .join("");
}
