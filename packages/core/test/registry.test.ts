import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  canonicalRegistry,
  contentHash,
  formatDiagnostic,
  loadRegistry,
  validateRegistry,
} from "../src/index.js";

const realRegistry = join(import.meta.dirname, "..", "..", "..", "registry");

describe("the real registry", () => {
  it("validates clean", () => {
    const { registry, diagnostics } = validateRegistry(realRegistry);
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(registry?.entries.length).toBeGreaterThan(0);
  });

  it("lists entries sorted by id and events keyed by event_type", () => {
    const { registry } = loadRegistry(realRegistry);
    const ids = registry?.entries.map((e) => e.id) ?? [];
    expect(ids).toEqual([...ids].sort());
    for (const [type, event] of registry?.events ?? []) expect(event.event_type).toBe(type);
  });
});

describe("loaded defaults", () => {
  const { registry } = loadRegistry(realRegistry);
  it("fills enforcement.mode and enforcement.per, and direction for absence windows", () => {
    for (const entry of registry?.entries ?? []) {
      expect(entry.enforcement.mode).toBe(
        entry.status === "experimental" ? "audit" : entry.enforcement.mode,
      );
      expect(["session", "root_session", "window_key"]).toContain(entry.enforcement.per);
      if (entry.trigger.window?.kind === "absence")
        expect(["after", "before"]).toContain(entry.trigger.window.direction);
      else expect(entry.trigger.window?.direction).toBeUndefined();
    }
  });
});

describe("canonical form", () => {
  it("is the same bytes for two loads, has no file paths, and hashes as sha256:<hex>", () => {
    const a = loadRegistry(realRegistry).registry;
    const b = loadRegistry(realRegistry).registry;
    if (!a || !b) throw new Error("the real registry must load");
    const json = canonicalJson(canonicalRegistry(a));
    expect(canonicalJson(canonicalRegistry(b))).toBe(json);
    expect(json).not.toContain(realRegistry);
    expect(contentHash(canonicalRegistry(a))).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentHash(canonicalRegistry(a))).toBe(contentHash(canonicalRegistry(b)));
  });

  it("has the documented top-level keys, events sorted by event_type with family, entries with defaults", () => {
    const registry = loadRegistry(join(import.meta.dirname, "fixtures", "_base")).registry;
    if (!registry) throw new Error("the base fixture must load");
    const canonical = canonicalRegistry(registry);
    expect(Object.keys(canonical).sort()).toEqual(
      [
        "anti_patterns",
        "categories",
        "description",
        "detection_sources",
        "environment",
        "events",
        "limits",
        "name",
        "outcomes",
        "retired",
        "rules",
        "severities",
        "title",
      ].sort(),
    );
    const types = canonical.events.map((e) => e.event_type);
    expect(types).toEqual([...types].sort());
    expect(canonical.events.find((e) => e.event_type === "session.created")?.family).toBe(
      "session",
    );
    expect(canonical.anti_patterns[0]).toMatchObject({
      id: "SAP-001",
      enforcement: { mode: "enforce", per: "root_session" },
    });
    expect(canonical.anti_patterns[0]).not.toHaveProperty("file");
  });
});
