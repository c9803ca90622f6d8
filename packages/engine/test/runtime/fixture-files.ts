import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { toApiArray, toFrJsonl, toTrace } from "./runtime-forms.js";
import { SCENARIOS, spawnTree } from "./scenarios.js";

/** test/fixtures/runtime: the runtime-form logs, generated from scenarios.ts and checked in. */
export const fixtureDir = resolve(dirname(fileURLToPath(import.meta.url)), "../fixtures/runtime");

/** The scenarios with checked-in logs, by the name their files carry (scenarios.ts). */
export const SCENARIO_NAMES = Object.keys(SCENARIOS);

/** Every checked-in runtime log by file name, as the generators write it today. */
export function fixtureTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [name, make] of Object.entries(SCENARIOS)) {
    const events = make();
    texts[`${name}.fr.jsonl`] = toFrJsonl(events);
    texts[`${name}.api.json`] = toApiArray(events);
    texts[`${name}.trace.jsonl`] = toTrace(events, "FullLocal");
  }
  texts["spawn-tree.trace-safedefault.jsonl"] = toTrace(spawnTree(), "SafeDefault");
  return texts;
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
