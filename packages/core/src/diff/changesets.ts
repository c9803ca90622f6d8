import { parse } from "yaml";
import { errorMessage } from "../error-message.js";
import { type Bump, type BumpOrNone, bumpRank, isBump, maxBump } from "./bump.js";
import type { Change } from "./change.js";
import type { RegistryDiff } from "./diff.js";

/** One pending `.changeset/*.md` file. */
export interface PendingChangeset {
  /** The file name without `.md` (changesets calls it the id). */
  readonly id: string;
  readonly releases: readonly { readonly name: string; readonly type: Bump | "none" }[];
  readonly summary: string;
}

/**
 * Parses a changeset file: a YAML front matter of `"package": major|minor|patch|none`
 * between `---` lines, then the summary. Throws with the file id on a bad file.
 */
export function parseChangeset(id: string, text: string): PendingChangeset {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m)
    throw new Error(
      `.changeset/${id}.md: no front matter; start the file with ---, list "package": bump lines, close with ---`,
    );
  let front: unknown;
  try {
    front = parse(m[1] ?? "") ?? {};
  } catch (error) {
    throw new Error(`.changeset/${id}.md: front matter is not YAML: ${errorMessage(error)}`);
  }
  if (typeof front !== "object" || front === null || Array.isArray(front)) {
    throw new Error(
      `.changeset/${id}.md: front matter must map package names to major, minor, patch or none`,
    );
  }
  const releases: { name: string; type: Bump | "none" }[] = [];
  for (const [name, type] of Object.entries(front as Record<string, unknown>)) {
    if (!isBump(type) && type !== "none") {
      throw new Error(
        `.changeset/${id}.md: ${name}: ${JSON.stringify(type)} is not major, minor, patch or none`,
      );
    }
    releases.push({ name, type });
  }
  return { id, releases, summary: (m[2] ?? "").trim() };
}

/** The largest bump the changesets ask for `pkg` ("none" when none names it). */
export function requestedBump(changesets: readonly PendingChangeset[], pkg: string): BumpOrNone {
  return maxBump(
    changesets.flatMap((c) => c.releases.filter((r) => r.name === pkg).map((r) => r.type)),
  );
}

/** The verdict of `sap diff --against-changesets`. */
export interface ChangesetCheck {
  readonly required: BumpOrNone;
  readonly requested: BumpOrNone;
  /** The changesets that name the package, with the bump each asks for. */
  readonly changesets: readonly { readonly id: string; readonly type: Bump | "none" }[];
  /** Changes that need more than was requested. */
  readonly underVersioned: readonly Change[];
  /** True when there are no errors and the request covers the requirement. */
  readonly ok: boolean;
}

export function checkChangesets(
  diff: RegistryDiff,
  changesets: readonly PendingChangeset[],
  pkg: string,
): ChangesetCheck {
  const requested = requestedBump(changesets, pkg);
  const underVersioned = diff.changes.filter((c) => bumpRank(c.bump) > bumpRank(requested));
  return {
    required: diff.required,
    requested,
    changesets: changesets.flatMap((c) =>
      c.releases.filter((r) => r.name === pkg).map((r) => ({ id: c.id, type: r.type })),
    ),
    underVersioned,
    ok: diff.errors.length === 0 && underVersioned.length === 0,
  };
}
