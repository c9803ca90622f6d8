import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  canonicalJson,
  canonicalRegistry,
  contentHash,
  loadRegistry,
  machineHash,
  PROSE_PATHS,
} from "@handshake/sap-core";
import { describe, expect, test } from "vitest";

const packageDir = join(import.meta.dirname, "..");
const repo = join(packageDir, "..", "..");
const bin = (name: string): string => join(packageDir, "node_modules", ".bin", name);
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

describe("the docs package", () => {
  test("package.json: ESM, zero runtime dependencies, exports for the join, prose.json and schemas", () => {
    const pkg = readJson(join(packageDir, "package.json")) as {
      type: string;
      version: string;
      dependencies?: Record<string, string>;
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.type).toBe("module");
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.exports)).toEqual([
      ".",
      "./prose.json",
      "./schemas/*",
      "./package.json",
    ]);
    expect(pkg.files).toEqual(["dist", "generated", "schemas"]);
    // Released in lockstep with the registry package (a changesets `fixed` group).
    const registryPkg = readJson(join(repo, "packages", "registry", "package.json"));
    expect(pkg.version).toBe(registryPkg.version);
  });

  test("withProse(registry.json, prose.json) is the registry the YAML gives, and hashes to the declared content_hash", async () => {
    const { prose, withProse } = (await import(join(packageDir, "dist", "index.js"))) as {
      prose: { version: string; content_hash: string };
      withProse: (m: unknown, p: unknown) => Record<string, unknown>;
    };
    const machine = readJson(join(repo, "packages", "registry", "generated", "registry.json"));
    expect(prose.content_hash).toBe(machine.content_hash);
    expect(prose.version).toBe(machine.version);
    const {
      version: _v,
      content_hash: _h,
      machine_hash: machineHashDeclared,
      history: _history,
      ...joined
    } = withProse(machine, prose);
    // Each entry's `coverage` is derived from the rest (sap coverage) and is in
    // neither hash: compare the authored content.
    const content = {
      ...joined,
      anti_patterns: (joined.anti_patterns as Record<string, unknown>[]).map(
        ({ coverage: _coverage, ...entry }) => entry,
      ),
    };
    const { registry } = loadRegistry(join(repo, "registry"));
    if (registry === undefined) throw new Error("the repository's registry does not load");
    const fromYaml = canonicalRegistry(registry);
    expect(canonicalJson(content)).toBe(canonicalJson(fromYaml));
    expect(contentHash(content as never)).toBe(machine.content_hash);
    expect(machineHashDeclared).toBe(machineHash(fromYaml));
  });

  test("prose.json holds the prose paths and nothing the machine file has", () => {
    const { prose } = readJson(join(packageDir, "generated", "prose.json")) as {
      prose: { anti_patterns: Record<string, unknown>[] };
    };
    const keys = new Set(prose.anti_patterns.flatMap((entry) => Object.keys(entry ?? {})));
    const proseEntryKeys = new Set(
      PROSE_PATHS.filter((p) => p[0] === "anti_patterns").map((p) => p[2] as string),
    );
    expect([...keys].every((k) => proseEntryKeys.has(k))).toBe(true);
    expect(keys.has("examples")).toBe(true);
    expect(keys.has("trigger")).toBe(false);
  });

  test("schemas/ are the registry's schema files byte for byte", () => {
    const authored = join(repo, "registry", "schema");
    const names = readdirSync(authored).filter((n) => n.endsWith(".schema.json"));
    expect(readdirSync(join(packageDir, "schemas")).sort()).toEqual(names.sort());
    for (const name of names) {
      expect(readFileSync(join(packageDir, "schemas", name), "utf8")).toBe(
        readFileSync(join(authored, name), "utf8"),
      );
    }
  });

  test("publint finds nothing", () => {
    const out = execFileSync(
      bin("publint"),
      ["run", "--pack", "npm", "--strict", "--level", "suggestion"],
      { cwd: packageDir, encoding: "utf8" },
    );
    expect(out).toMatch(/All good!/);
  }, 60_000);

  test("arethetypeswrong (esm-only profile) exits 0", () => {
    const out = execFileSync(
      bin("attw"),
      ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"],
      { cwd: packageDir, encoding: "utf8" },
    );
    expect(out).toContain("@handshake/session-anti-patterns-docs/prose.json");
  }, 120_000);
});
