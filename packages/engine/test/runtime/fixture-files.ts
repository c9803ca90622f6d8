import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toApiArray, toFrJsonl, toTrace } from "./runtime-forms.js";
import { spawnTree } from "./scenarios.js";

/** test/fixtures/runtime: the runtime-form logs, generated from scenarios.ts and checked in. */
export const fixtureDir = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/runtime");

/** Every checked-in runtime log by file name, as the generators write it today. */
export function fixtureTexts(): Record<string, string> {
  const tree = spawnTree();
  return {
    "spawn-tree.fr.jsonl": toFrJsonl(tree),
    "spawn-tree.api.json": toApiArray(tree),
    "spawn-tree.trace.jsonl": toTrace(tree, "FullLocal"),
    "spawn-tree.trace-safedefault.jsonl": toTrace(tree, "SafeDefault"),
  };
}

/**
 * The checked-in text of a fixture; with SAP_UPDATE_FIXTURES=1 (or when the
 * file is missing) it is written from the generator first.
 */
export function checkedIn(name: string, generated: string): string {
  const path = join(fixtureDir, name);
  if (process.env.SAP_UPDATE_FIXTURES === "1" || !existsSync(path)) writeFileSync(path, generated);
  return readFileSync(path, "utf8");
}
