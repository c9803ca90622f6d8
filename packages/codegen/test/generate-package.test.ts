import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { generatePackage } from "../src/generate.js";
import { FIXTURE_REGISTRY } from "./helpers.js";

/*
 * `generatePackage` (what `sap generate` runs) on the fixture registry, an
 * overlay on registry/ (test/fixtures/registry): every file it writes for the
 * registry package and the docs package, against the committed snapshots
 * (`vitest -u` rewrites them when the registry or the generator changes).
 */

const snapshots = join(import.meta.dirname, "__snapshots__", "generate-package");
const command = "pnpm sap generate";
const SCHEMAS = [
  "anti-pattern.schema.json",
  "common.schema.json",
  "environment.schema.json",
  "events.schema.json",
  "registry.schema.json",
  "retired.schema.json",
];

/**
 * The schema without `description`, `examples` and `$comment` keywords (a
 * property of that name under `properties` stays): written here independently
 * of codegen's version, so the two check each other.
 */
function withoutAnnotations(node: unknown, underMap = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutAnnotations(n));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underMap && ["description", "examples", "$comment"].includes(key)) continue;
    if (!underMap && ["enum", "const", "default"].includes(key)) out[key] = value;
    else if (!underMap && ["properties", "patternProperties", "$defs"].includes(key)) {
      out[key] = withoutAnnotations(value, true);
    } else out[key] = withoutAnnotations(value);
  }
  return out;
}

/** A temp registry package folder holding only its package.json, at 1.0.0. */
function emptyPackage(): { root: string; pkg: string; docs: string } {
  const root = mkdtempSync(join(tmpdir(), "sap-codegen-package-"));
  const pkg = join(root, "pkg");
  mkdirSync(pkg);
  writeFileSync(
    join(pkg, "package.json"),
    `${JSON.stringify({ name: "@handshake/session-anti-patterns", version: "1.0.0" })}\n`,
  );
  return { root, pkg, docs: join(root, "registry-docs") };
}

const generate = (packageDir: string, check = false) =>
  generatePackage({ registryDir: FIXTURE_REGISTRY, packageDir, check, command });

describe("generatePackage", () => {
  test("writes the full output of both packages, equal to the committed snapshots; a second run writes nothing", async () => {
    const { pkg, docs } = emptyPackage();
    const first = await generate(pkg);
    expect(first.diagnostics).toEqual([]);
    expect(first.fileCount).toBe(20);
    expect(first.changes.every((c) => c.kind === "create")).toBe(true);
    // The registry package, and the docs package beside it (prose, annotated schemas, the join).
    const written = first.changes.map((c) => c.path).filter((p) => !p.startsWith("../"));
    expect(written).toEqual([
      "generated/registry.json",
      ...SCHEMAS.map((name) => `schemas/${name}`),
      "src/generated/entries.ts",
      "src/generated/events.ts",
      "src/generated/history-query.ts",
      "src/generated/schema-types.ts",
      "src/generated/vocabulary.ts",
    ]);
    expect(first.changes.map((c) => c.path).filter((p) => p.startsWith("../"))).toEqual([
      "../registry-docs/generated/prose.json",
      ...SCHEMAS.map((name) => `../registry-docs/schemas/${name}`),
      "../registry-docs/src/generated/prose-merge.ts",
    ]);
    for (const file of written.filter((f) => !f.startsWith("schemas/"))) {
      await expect(readFileSync(join(pkg, file), "utf8")).toMatchFileSnapshot(
        join(snapshots, file),
      );
    }
    await expect(readFileSync(join(docs, "generated/prose.json"), "utf8")).toMatchFileSnapshot(
      join(snapshots, "registry-docs", "generated/prose.json"),
    );
    expect((await generate(pkg)).changes).toEqual([]);
    expect((await generate(pkg, true)).changes).toEqual([]);
  });

  test("the docs package gets the authored schemas byte for byte; the registry package the same assertions, minified", async () => {
    const { pkg, docs } = emptyPackage();
    expect((await generate(pkg)).diagnostics).toEqual([]);
    for (const name of SCHEMAS) {
      const authored = readFileSync(join(FIXTURE_REGISTRY, "schema", name), "utf8");
      expect(readFileSync(join(docs, "schemas", name), "utf8")).toBe(authored);
      const shipped = readFileSync(join(pkg, "schemas", name), "utf8");
      expect(shipped.split("\n")).toHaveLength(2);
      expect(JSON.parse(shipped)).toEqual(withoutAnnotations(JSON.parse(authored)));
    }
    const annotated = readFileSync(join(docs, "schemas", "anti-pattern.schema.json"), "utf8");
    const stripped = readFileSync(join(pkg, "schemas", "anti-pattern.schema.json"), "utf8");
    expect(stripped.length).toBeLessThan(JSON.stringify(JSON.parse(annotated)).length);
  });
});
