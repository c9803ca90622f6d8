import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CanonicalRegistry } from "../src/index.js";
import {
  canonicalJson,
  canonicalRegistry,
  contentHash,
  loadRegistry,
  registryFromCanonical,
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
      content_hash: "sha256:x",
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

  test("does not share objects with its input", () => {
    const shipped = JSON.parse(canonicalJson(canonical)) as CanonicalRegistry;
    const loaded = registryFromCanonical(shipped, "registry.json");
    (loaded.entries[0] as { title: string }).title = "changed";
    expect(shipped.anti_patterns[0]?.title).not.toBe("changed");
  });
});
