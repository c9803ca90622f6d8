import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CanonicalRegistry } from "../src/index.js";
import {
  canonicalJson,
  canonicalRegistry,
  contentHash,
  entryCoverage,
  loadRegistry,
  machineHash,
  PROSE_MARKER,
  registryFromCanonical,
  splitProse,
} from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const registryDir = resolve(here, "../../../registry");

describe("registryFromCanonical", () => {
  const { registry } = loadRegistry(registryDir);
  if (!registry) throw new Error("the real registry does not load");
  const canonical = canonicalRegistry(registry);

  test("round-trips the real registry byte for byte, so the content hash is unchanged", () => {
    const shipped = JSON.parse(canonicalJson(canonical)) as CanonicalRegistry;
    const back = canonicalRegistry(registryFromCanonical(shipped, "registry.json"));
    expect(canonicalJson(back)).toBe(canonicalJson(canonical));
    expect(contentHash(back)).toBe(contentHash(canonical));
  });

  test("ignores the extra sections a shipped registry.json carries", () => {
    const shipped = {
      ...(JSON.parse(canonicalJson(canonical)) as CanonicalRegistry),
      version: "9.9.9",
      content_hash: contentHash(canonical),
      history: { releases: [] },
    };
    const loaded = registryFromCanonical(shipped, "registry.json");
    expect(contentHash(canonicalRegistry(loaded))).toBe(contentHash(canonical));
    expect(loaded.entries.map((e) => e.id)).toEqual(registry.entries.map((e) => e.id));
    expect(loaded.entries[0]?.file).toBe("registry.json");
    expect(loaded.events.get("session.spawn_requested")?.family).toBe(
      registry.events.get("session.spawn_requested")?.family,
    );
  });

  test("a full document whose content does not hash to its content_hash is refused, naming the file", () => {
    const shipped = {
      ...(JSON.parse(canonicalJson(canonical)) as CanonicalRegistry),
      content_hash: contentHash(canonical),
    };
    (shipped.anti_patterns[0] as { severity: string }).severity = "info";
    expect(() => registryFromCanonical(shipped, "node_modules/x/registry.json")).toThrow(
      /node_modules\/x\/registry\.json: declares content_hash sha256:[0-9a-f]{64} but its content hashes to sha256:[0-9a-f]{64}/,
    );
  });

  test("a machine registry.json loads without prose and keeps its declared hash", () => {
    const { machine } = splitProse(canonical);
    const shipped = {
      ...machine,
      [PROSE_MARKER]: "@handshake/session-anti-patterns-docs/prose.json",
      version: "1.0.0",
      content_hash: contentHash(canonical),
    } as unknown as CanonicalRegistry;
    const loaded = registryFromCanonical(shipped, "registry.json");
    expect(loaded.machineOnly).toEqual({ declaredContentHash: contentHash(canonical) });
    expect(loaded.entries[0]?.description).toBeUndefined();
    expect(loaded.entries[0]?.trigger).toEqual(registry.entries[0]?.trigger);
    // Its machine_hash, when declared, must match the machine members.
    const sealed = { ...shipped, machine_hash: machineHash(canonical) } as CanonicalRegistry;
    expect(registryFromCanonical(sealed, "registry.json").machineOnly).toBeDefined();
    const tampered = structuredClone(sealed);
    (tampered.anti_patterns[0] as { severity: string }).severity = "info";
    expect(() => registryFromCanonical(tampered, "pkg/registry.json")).toThrow(
      /pkg\/registry\.json: declares machine_hash sha256:[0-9a-f]{64} but its content hashes to sha256:[0-9a-f]{64}; the file was changed after it was generated/,
    );
    const withoutHash = { ...shipped } as Record<string, unknown>;
    delete withoutHash.content_hash;
    expect(() =>
      registryFromCanonical(withoutHash as unknown as CanonicalRegistry, "m.json"),
    ).toThrow(/m\.json: a machine registry\.json must declare its content_hash/);
  });

  test("drops each entry's derived coverage: it is outside content_hash and machine_hash", () => {
    const { machine } = splitProse(canonical);
    const withCoverage = (doc: Record<string, unknown>) => {
      const copy = structuredClone(doc) as { anti_patterns: Record<string, unknown>[] };
      const byId = new Map(entryCoverage(registry).map((c) => [c.id, c]));
      for (const entry of copy.anti_patterns) {
        const { id: _id, ...coverage } = byId.get(entry.id as string) ?? {};
        entry.coverage = coverage;
      }
      return copy as unknown as CanonicalRegistry;
    };
    const full = {
      ...withCoverage(JSON.parse(canonicalJson(canonical))),
      content_hash: contentHash(canonical),
    } as CanonicalRegistry;
    const loaded = registryFromCanonical(full, "registry.json");
    expect(canonicalJson(canonicalRegistry(loaded))).toBe(canonicalJson(canonical));
    expect(loaded.entries.some((e) => "coverage" in e)).toBe(false);
    const sealed = {
      ...withCoverage(machine),
      [PROSE_MARKER]: "@handshake/session-anti-patterns-docs/prose.json",
      content_hash: contentHash(canonical),
      machine_hash: machineHash(canonical),
    } as unknown as CanonicalRegistry;
    expect(entryCoverage(registryFromCanonical(sealed, "registry.json"))).toEqual(
      entryCoverage(registry),
    );
  });

  test("does not share objects with its input", () => {
    const shipped = JSON.parse(canonicalJson(canonical)) as CanonicalRegistry;
    const loaded = registryFromCanonical(shipped, "registry.json");
    (loaded.entries[0] as { title: string }).title = "changed";
    expect(shipped.anti_patterns[0]?.title).not.toBe("changed");
  });
});
