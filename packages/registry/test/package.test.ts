import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const bin = (name: string): string => join(packageDir, "node_modules", ".bin", name);

describe("the published package", () => {
  test("package.json: ESM only, zero runtime dependencies, types first in every export, files allow-list", () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as {
      type: string;
      dependencies?: Record<string, string>;
      exports: Record<string, unknown>;
      files: string[];
      sideEffects: boolean;
    };
    expect(pkg.type).toBe("module");
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.sideEffects).toBe(false);
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      "./registry.json",
      "./schemas/*",
      "./package.json",
    ]);
    expect(Object.keys(pkg.exports["."] as object)[0]).toBe("types");
    expect(pkg.files).toEqual(["dist", "generated", "schemas"]);
  });

  test("registry.json carries the machine members only, and names where the prose is", () => {
    const json = JSON.parse(
      readFileSync(join(packageDir, "generated", "registry.json"), "utf8"),
    ) as {
      prose_in: string;
      description?: string;
      anti_patterns: Record<string, unknown>[];
    };
    expect(json.prose_in).toBe("@handshake/session-anti-patterns-docs/prose.json");
    expect(json.description).toBeUndefined();
    for (const entry of json.anti_patterns) {
      expect(Object.keys(entry)).not.toContain("description");
      expect(Object.keys(entry)).not.toContain("examples");
      expect(Object.keys(entry)).toContain("trigger");
    }
  });

  test("publint finds nothing", () => {
    const out = execFileSync(
      bin("publint"),
      ["run", "--pack", "npm", "--strict", "--level", "suggestion"],
      {
        cwd: packageDir,
        encoding: "utf8",
      },
    );
    expect(out).toMatch(/All good!/);
  }, 60_000);

  test("arethetypeswrong (esm-only profile) exits 0, every entry point green for node16-ESM and bundler", () => {
    // execFileSync throws on a non-zero exit: attw exits 1 on any problem the profile does not ignore.
    const out = execFileSync(
      bin("attw"),
      ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"],
      { cwd: packageDir, encoding: "utf8" },
    );
    expect(out).toContain("@handshake/session-anti-patterns/registry.json");
  }, 120_000);
});
