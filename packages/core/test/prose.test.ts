import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  canonicalJson,
  canonicalRegistry,
  contentHash,
  loadRegistry,
  PROSE_MARKER,
  PROSE_PATHS,
  splitProse,
  withProse,
} from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const { registry } = loadRegistry(resolve(here, "../../../registry"));
if (!registry) throw new Error("the real registry does not load");
const canonical = canonicalRegistry(registry);
const hash = contentHash(canonical);

/** Every value at `path` (with `*` expanding arrays and objects). */
function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (path.length === 0) return [value];
  if (value === null || typeof value !== "object") return [];
  const [head, ...rest] = path;
  const children =
    head === "*" ? Object.values(value) : [(value as Record<string, unknown>)[head as string]];
  return children.filter((c) => c !== undefined).flatMap((c) => valuesAt(c, rest));
}

function machineDocument(machine: Record<string, unknown>) {
  return { ...machine, [PROSE_MARKER]: "docs/prose.json", version: "1.2.3", content_hash: hash };
}

describe("splitProse and withProse on the real registry", () => {
  const { machine, prose } = splitProse(canonical);

  test("every prose path is empty in the machine half and present in the prose half", () => {
    for (const path of PROSE_PATHS) {
      expect(valuesAt(machine, path), path.join(".")).toEqual([]);
      expect(valuesAt(canonical, path).length, path.join(".")).toBeGreaterThan(0);
      expect(valuesAt(prose, path)).toEqual(valuesAt(canonical, path));
    }
  });

  test("the machine half keeps what triggers and engines read", () => {
    const first = (machine.anti_patterns as Record<string, unknown>[])[0];
    expect(first).toMatchObject({
      id: canonical.anti_patterns[0]?.id,
      title: canonical.anti_patterns[0]?.title,
      trigger: canonical.anti_patterns[0]?.trigger,
      severity: canonical.anti_patterns[0]?.severity,
    });
    expect(JSON.stringify(machine)).not.toContain(canonical.anti_patterns[0]?.summary);
  });

  test("withProse puts every byte back: same canonical JSON, same content hash", () => {
    const full = withProse(machineDocument(machine), {
      name: "docs",
      version: "1.2.3",
      content_hash: hash,
      prose,
    });
    expect(PROSE_MARKER in full).toBe(false);
    const { version: _v, content_hash: _h, ...content } = full;
    expect(canonicalJson(content)).toBe(canonicalJson(canonical));
    expect(contentHash(content as never)).toBe(hash);
  });

  test("withProse refuses prose made from other registry content, and changes neither input", () => {
    const machineDoc = machineDocument(machine);
    const before = JSON.stringify(machineDoc);
    expect(() =>
      withProse(machineDoc, {
        name: "docs",
        version: "1.2.2",
        content_hash: "sha256:0000",
        prose,
      }),
    ).toThrow(
      /version 1\.2\.2, sha256:0000.*version 1\.2\.3.*install the docs package at version 1\.2\.3/,
    );
    expect(JSON.stringify(machineDoc)).toBe(before);
  });

  test("withProse names the path where prose does not fit the machine document", () => {
    const shorter = { ...machine, anti_patterns: [] };
    expect(() =>
      withProse(machineDocument(shorter), { name: "d", version: "1", content_hash: hash, prose }),
    ).toThrow(/does not fit registry\.json at \/anti_patterns/);
  });
});

describe("splitProse property", () => {
  const text = fc.string({ maxLength: 8 });
  const entry = fc.record(
    {
      id: text,
      summary: text,
      description: text,
      detection: fc.array(
        fc.record({ source: text, description: text }, { requiredKeys: ["source"] }),
      ),
      params: fc.dictionary(text, fc.record({ type: text, description: text })),
      references: fc.record({ rules: fc.array(text), links: fc.array(text) }, { requiredKeys: [] }),
    },
    { requiredKeys: ["id"] },
  );
  const registryLike = fc.record(
    { name: text, description: text, anti_patterns: fc.array(entry, { maxLength: 4 }) },
    { requiredKeys: ["anti_patterns"] },
  );

  test("withProse(split) is the identity, for any shape the paths meet", () => {
    fc.assert(
      fc.property(registryLike, (value) => {
        const { machine, prose } = splitProse(value);
        const back = withProse(
          { ...machine, version: "1", content_hash: "h" },
          { name: "d", version: "1", content_hash: "h", prose },
        );
        const { version: _v, content_hash: _h, ...content } = back;
        expect(canonicalJson(content)).toBe(canonicalJson(value));
      }),
    );
  });
});
