import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { coreFiles } from "../src/core-files.js";
import { generatePackage, readSchemas } from "../src/generate.js";
import { FIXTURE_REGISTRY } from "./helpers.js";

const repo = join(import.meta.dirname, "..", "..", "..");
const command = "pnpm sap generate";

describe("core's generated sources", () => {
  test("the committed packages/core/src/generated is what codegen renders from registry/schema", async () => {
    const files = await coreFiles(readSchemas(join(repo, "registry")), command);
    expect(files.map((f) => f.path)).toEqual([
      "src/generated/schema-types.ts",
      "src/generated/schemas.ts",
    ]);
    for (const file of files) {
      const committed = readFileSync(join(repo, "packages", "core", file.path), "utf8");
      expect(committed === file.contents, `${file.path} is stale; run: ${command}`).toBe(true);
    }
  });

  test("types carry the schemas' descriptions as comments; the schemas are embedded as they are", async () => {
    const schemas = readSchemas(FIXTURE_REGISTRY);
    const [types, embedded] = await coreFiles(schemas, command);
    expect(types?.contents).toContain("/**\n * Stable anti-pattern id: SAP- and three digits.");
    expect(types?.contents).toContain("export interface AntiPatternEntry {\n  id: AntiPatternId;");
    const body = embedded?.contents.slice(embedded.contents.indexOf("= ") + 2, -2) ?? "";
    expect(JSON.parse(body)).toEqual(
      Object.fromEntries(schemas.map((s) => [s.name, JSON.parse(s.text)])),
    );
  });

  test("generatePackage with coreDir writes them in the same plan and removes a stray file there", async () => {
    const root = mkdtempSync(join(tmpdir(), "sap-codegen-core-"));
    const pkg = join(root, "pkg");
    const core = join(root, "core");
    mkdirSync(pkg);
    mkdirSync(join(core, "src", "generated"), { recursive: true });
    writeFileSync(join(pkg, "package.json"), '{ "name": "p", "version": "1.0.0" }\n');
    writeFileSync(join(core, "src", "generated", "old.ts"), "export {};\n");
    const options = { registryDir: FIXTURE_REGISTRY, packageDir: pkg, coreDir: core, command };
    const first = await generatePackage({ ...options, check: false });
    expect(first.fileCount).toBe(22);
    expect(first.changes.filter((c) => c.path.startsWith("../core/"))).toMatchObject([
      { kind: "delete", path: "../core/src/generated/old.ts" },
      { kind: "create", path: "../core/src/generated/schema-types.ts" },
      { kind: "create", path: "../core/src/generated/schemas.ts" },
    ]);
    expect(readdirSync(join(core, "src", "generated")).sort()).toEqual([
      "schema-types.ts",
      "schemas.ts",
    ]);
    expect((await generatePackage({ ...options, check: true })).changes).toEqual([]);
  });
});
