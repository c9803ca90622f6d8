import { parseArgs } from "node:util";
import {
  type Change,
  type ChangesetCheck,
  checkChangesets,
  diffRegistries,
  errorMessage,
  formatDiffMarkdown,
  formatDiffText,
  type RegistryDiff,
  renderPolicyTable,
} from "@handshake/sap-core";
import { type Command, type CommandIo, ExitCode } from "../command.js";
import { readChangesets } from "../release/changesets.js";
import { findProject, type Project, packageVersion, REGISTRY_PACKAGE } from "../release/project.js";
import { releases, resolveSide, type Side, workingTree } from "../release/source.js";

const USAGE = `Usage: sap diff [<base> [<head>]] [options]
       sap diff --against-changesets [options]

The compatibility report: every change between two registries by id, the
semver bump each needs (the policy table: sap diff --policy) and the overall
required bump.

  <base>, <head>   a released version (packages/registry/releases/<version>.json),
                   a registry directory, or a git ref (registry/ at that commit).
                   <base> defaults to the last release, <head> to registry/.
  --against-changesets
                   compare registry/ with the last release and fail when the
                   pending .changeset/*.md ask less of ${REGISTRY_PACKAGE}
                   than the changes require
  --json           machine-readable report (same as --format json)
  --format F       text (default), json, or markdown (the CHANGELOG section)
  --policy         print the compatibility policy as a Markdown table
  --root DIR       the repository root (default: found from the current directory)
  -v, --verbose    text: each change's path and its full before/after values

Exit codes: 0 compatible; 1 an id removed, reused or renamed, a dropped
tombstone, or changesets asking for less than required; 2 bad usage or a
registry that cannot be read.
`;

type Format = "text" | "json" | "markdown";

export const diffCommand: Command = {
  name: "diff",
  summary: "Compatibility report between two registry versions; --against-changesets for CI",
  usage: USAGE,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      io.stderr.write(`sap diff: ${errorMessage(error)}\n\n${USAGE}`);
      return ExitCode.usage;
    }
    const { values, positionals } = parsed;
    if (values.policy) {
      io.stdout.write(renderPolicyTable());
      return ExitCode.ok;
    }
    const format = (values.json ? "json" : (values.format ?? "text")) as Format;
    if (!["text", "json", "markdown"].includes(format) || positionals.length > 2) {
      io.stderr.write(
        `sap diff: ${positionals.length > 2 ? "at most two registries" : `unknown --format ${format}`}\n\n${USAGE}`,
      );
      return ExitCode.usage;
    }
    try {
      const project = findProject(io.cwd, values.root);
      if (values["against-changesets"]) {
        if (positionals.length > 0) {
          io.stderr.write(
            "sap diff: --against-changesets compares registry/ with the last release; give no <base>\n",
          );
          return ExitCode.usage;
        }
        return againstChangesets(project, format, io, values.verbose === true);
      }
      const [baseSpec, headSpec] = positionals;
      const base =
        baseSpec === undefined ? lastRelease(project) : resolveSide(project, baseSpec, io.cwd);
      const head =
        headSpec === undefined ? workingTree(project) : resolveSide(project, headSpec, io.cwd);
      const diff = diffRegistries(base.registry, head.registry);
      write(io, format, base, head, diff, { verbose: values.verbose === true });
      return diff.errors.length ? ExitCode.problems : ExitCode.ok;
    } catch (error) {
      if (error instanceof Error) {
        io.stderr.write(`sap diff: ${error.message}\n`);
        return ExitCode.usage;
      }
      throw error;
    }
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      "against-changesets": { type: "boolean" },
      json: { type: "boolean" },
      format: { type: "string" },
      policy: { type: "boolean" },
      root: { type: "string" },
      verbose: { type: "boolean", short: "v" },
    },
  });
}

/** The newest release snapshot, or "no release yet" (null: everything is new). */
function lastRelease(project: Project): Side {
  const last = releases(project).at(-1);
  return last
    ? { label: `${last.version} (last release)`, registry: last.registry }
    : { label: "no release yet", registry: null };
}

function write(
  io: CommandIo,
  format: Format,
  base: Side,
  head: Side,
  diff: RegistryDiff,
  options: { readonly verbose?: boolean; readonly extra?: object } = {},
): void {
  if (format === "json") {
    const report = {
      base: base.label,
      head: head.label,
      required: diff.required,
      errors: diff.errors.length,
      changes: diff.changes,
      ...options.extra,
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (format === "markdown") {
    io.stdout.write(formatDiffMarkdown(diff));
  } else {
    io.stdout.write(
      `sap diff ${base.label} → ${head.label}\n\n${formatDiffText(diff, { verbose: options.verbose === true })}`,
    );
    if (diff.errors.length) {
      io.stdout.write(
        `\n${diff.errors.length} error${diff.errors.length === 1 ? "" : "s"}: ids are never removed, reused or renamed (see registry/retired.yaml).\n`,
      );
    }
  }
}

/**
 * The release gate. With no release snapshot yet (package version 0.0.0)
 * nothing was published, so nothing can break: it passes unless a pending
 * changeset would publish the first release as a patch (every entry is new,
 * which needs a minor). Otherwise the pending changesets must ask for at
 * least the required bump, and the package version must be the last snapshot's.
 */
function againstChangesets(
  project: Project,
  format: Format,
  io: CommandIo,
  verbose: boolean,
): number {
  const all = releases(project);
  const last = all.at(-1);
  const version = packageVersion(project);
  const problems: string[] = [];
  if (!last && version !== "0.0.0") {
    problems.push(
      `${REGISTRY_PACKAGE} is at ${version} but packages/registry/releases/ has no snapshot: run \`pnpm sap release snapshot\` to record ${version}`,
    );
  } else if (last && last.version !== version) {
    problems.push(
      `${REGISTRY_PACKAGE} is at ${version} but the last release snapshot is ${last.version}: run \`pnpm sap release snapshot\` after \`changeset version\``,
    );
  }
  const base: Side = last
    ? { label: `${last.version} (last release)`, registry: last.registry }
    : { label: "no release yet", registry: null };
  const head = workingTree(project);
  const diff = diffRegistries(base.registry, head.registry);
  const pending = readChangesets(project);
  const check = checkChangesets(diff, pending, REGISTRY_PACKAGE);
  const unreleased = !last;
  const under = unreleased
    ? check.requested === "patch"
      ? check.underVersioned
      : []
    : check.underVersioned;
  const ok = problems.length === 0 && diff.errors.length === 0 && under.length === 0;

  if (format === "json") {
    write(io, format, base, head, diff, {
      extra: {
        package: REGISTRY_PACKAGE,
        version,
        unreleased,
        requested: check.requested,
        changesets: check.changesets,
        /** Changesets that release only the registry package (the changelog attaches the by-id list to one). */
        registry_only: pending
          .filter((c) => {
            const named = c.releases.filter((r) => r.type !== "none");
            return named.length > 0 && named.every((r) => r.name === REGISTRY_PACKAGE);
          })
          .map((c) => c.id),
        under_versioned: under,
        problems,
        ok,
      },
    });
    return ok ? ExitCode.ok : ExitCode.problems;
  }
  if (format === "markdown") {
    io.stdout.write(formatDiffMarkdown(diff));
    return ok ? ExitCode.ok : ExitCode.problems;
  }
  if (unreleased) {
    io.stdout.write(
      `sap diff: ${REGISTRY_PACKAGE} has not been released yet (${version}); ${diff.changes.filter((c) => c.kind === "entry.added").length} entries will be new in the first release, which needs a minor or major changeset.\n`,
    );
  } else {
    write(io, format, base, head, diff, { verbose });
  }
  io.stdout.write(
    `\n${changesetLine(check)}\nRequired: ${unreleased ? (diff.changes.length ? "minor (first release)" : "none") : check.required}; requested: ${check.requested}.\n`,
  );
  for (const p of problems) io.stdout.write(`\nERROR ${p}\n`);
  if (under.length)
    io.stdout.write(
      `\nFAIL: the pending changesets ask for ${check.requested}, but these changes need more:\n${under.map(line).join("\n")}\nAdd a changeset (pnpm changeset) asking ${check.required} for ${REGISTRY_PACKAGE}, or raise the bump in an existing one.\n`,
    );
  if (diff.errors.length)
    io.stdout.write("\nFAIL: removed, reused or renamed ids are refused whatever the bump.\n");
  if (ok) io.stdout.write("OK: the pending changesets cover the changes.\n");
  return ok ? ExitCode.ok : ExitCode.problems;
}

function changesetLine(check: ChangesetCheck): string {
  if (check.changesets.length === 0) return `Pending changesets for ${REGISTRY_PACKAGE}: none.`;
  return `Pending changesets for ${REGISTRY_PACKAGE}: ${check.changesets.map((c) => `${c.id} (${c.type})`).join(", ")}.`;
}

function line(c: Change): string {
  return `  ${c.subject}  ${c.bump}  ${c.kind}  ${c.message}`;
}
