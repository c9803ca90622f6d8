import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { rules } from "../../src/rules/index.js";

const src = join(import.meta.dirname, "..", "..", "src", "rules");
const tests = import.meta.dirname;

/** Paths of the .ts files under `dir`, relative to it, without the extension. */
function modules(dir: string, suffix: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

/** Each rule's module in src/rules (relative, without .ts), found by what the modules export. */
async function ruleModules(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const name of modules(src, ".ts")) {
    if (name === "index" || name.endsWith("/index")) continue;
    const exported = Object.values(await import(join(src, `${name}.ts`)));
    for (const rule of rules) if (exported.includes(rule)) found.set(rule.code, name);
  }
  return found;
}

it("every rule has its tests beside the others, at the path of its module", async () => {
  const found = await ruleModules();
  expect(rules.filter((r) => !found.has(r.code)).map((r) => r.code)).toEqual([]);
  const missing = [...found.values()].filter((m) => !existsSync(join(tests, `${m}.test.ts`)));
  expect(missing, "rule modules without test/rules/<module>.test.ts").toEqual([]);
});

it("every rule test names a rule module", async () => {
  const rulesModules = new Set((await ruleModules()).values());
  const orphans = modules(tests, ".test.ts").filter((t) => t !== "index" && !rulesModules.has(t));
  expect(orphans.map((t) => relative(tests, join(tests, `${t}.test.ts`)))).toEqual([]);
});
