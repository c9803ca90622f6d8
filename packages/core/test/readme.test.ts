import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { rules } from "../src/index.js";

/** The README's error-code table, one row per rule, built from the rule files. */
export function codeTable(): string {
  return [
    "| code | checked when | what it catches |",
    "| --- | --- | --- |",
    ...rules.map(
      (rule) => `| ${rule.code} | ${rule.phase} | ${rule.description.replace(/\|/g, "\\|")} |`,
    ),
  ].join("\n");
}

it("codes are unique and well formed", () => {
  const codes = rules.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) expect(code).toMatch(/^SAP-E0\d\d$/);
});

it("the README lists every code with its rule's description", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  expect(readme).toContain(codeTable());
});
