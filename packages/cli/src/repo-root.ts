import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The nearest folder at or above `from` holding registry/registry.yaml: this repository's root. */
export function findRepoRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "registry", "registry.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
