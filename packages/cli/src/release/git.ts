import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function git(root: string, args: readonly string[], input?: Buffer): Buffer {
  return execFileSync("git", ["-C", root, ...args], {
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 256 * 1024 * 1024,
    ...(input ? { input } : {}),
  });
}

/** The commit a ref names, or undefined when it names none here (a shallow clone has only what it fetched). */
export function resolveCommit(root: string, ref: string): string | undefined {
  if (ref.startsWith("-")) return undefined;
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])
      .toString("utf8")
      .trim();
  } catch {
    return undefined;
  }
}

/**
 * Extracts `registry/` as it is at `commit` into a fresh temporary directory
 * (git archive | tar), runs `use` on it, and removes it afterwards.
 */
export function withRegistryAt<T>(root: string, commit: string, use: (dir: string) => T): T {
  const prefix = git(root, ["rev-parse", "--show-prefix"]).toString("utf8").trim();
  let tar: Buffer;
  try {
    tar = git(root, ["archive", "--format=tar", `${commit}:${prefix}registry`]);
  } catch {
    throw new Error(`commit ${commit.slice(0, 12)} has no registry/ directory`);
  }
  const dir = mkdtempSync(join(tmpdir(), "sap-diff-"));
  try {
    execFileSync("tar", ["-x", "-C", dir], { input: tar, stdio: ["pipe", "pipe", "pipe"] });
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
