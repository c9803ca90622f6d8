import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** One file a generator produces, by path relative to its output root. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

/** What a generator wants on disk: files, and folders it owns (anything else in them is stale). */
export interface OutputPlan {
  readonly root: string;
  readonly files: readonly GeneratedFile[];
  /** Folders (relative to root) whose every file the generator owns. */
  readonly ownedDirs?: readonly string[];
}

export type Change =
  | { readonly kind: "create" | "update"; readonly path: string; readonly contents: string }
  | { readonly kind: "delete"; readonly path: string };

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    try {
      return listFiles(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOTDIR") return [full];
      throw error;
    }
  });
}

/** Compares the plan with disk byte for byte. Writes nothing. Sorted by path. */
export function diffPlan(plan: OutputPlan): Change[] {
  const changes: Change[] = [];
  const wanted = new Set<string>();
  for (const file of plan.files) {
    const path = file.path.split("/").join(sep);
    wanted.add(path);
    const current = readOrUndefined(join(plan.root, path));
    if (current === undefined)
      changes.push({ kind: "create", path: file.path, contents: file.contents });
    else if (current !== file.contents) {
      changes.push({ kind: "update", path: file.path, contents: file.contents });
    }
  }
  for (const dir of plan.ownedDirs ?? []) {
    for (const full of listFiles(join(plan.root, dir))) {
      const path = relative(plan.root, full);
      if (!wanted.has(path)) changes.push({ kind: "delete", path: path.split(sep).join("/") });
    }
  }
  return changes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Applies changes all or nothing: every new content is first written to a temp
 * file beside its target; only when all are written are they renamed into
 * place (originals moved aside first, and moved back if any rename fails).
 * On any error nothing on disk changes and the error is rethrown.
 */
export function applyChanges(root: string, changes: readonly Change[]): void {
  const tag = `.sap-tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  const temps: string[] = [];
  const createdDirs: string[] = [];
  try {
    for (const change of changes) {
      if (change.kind === "delete") continue;
      const target = join(root, change.path);
      const made = mkdirSync(dirname(target), { recursive: true });
      if (made !== undefined) createdDirs.push(made);
      const temp = `${target}${tag}`;
      writeFileSync(temp, change.contents);
      temps.push(temp);
    }
  } catch (error) {
    for (const temp of temps) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const done: { target: string; backup: string | undefined }[] = [];
  try {
    for (const change of changes) {
      const target = join(root, change.path);
      let backup: string | undefined;
      if (change.kind !== "create") {
        backup = `${target}${tag}.bak`;
        renameSync(target, backup);
      }
      done.push({ target, backup });
      if (change.kind !== "delete") renameSync(`${target}${tag}`, target);
    }
  } catch (error) {
    for (const { target, backup } of done.reverse()) {
      if (backup !== undefined) renameSync(backup, target);
      else rmSync(target, { force: true });
    }
    for (const temp of temps) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const { backup } of done) if (backup !== undefined) rmSync(backup, { force: true });
}
