import {
  canonicalRegistry,
  contentHash,
  entryCoverage,
  machineHash,
  registryFromCanonical,
  validateRegistry,
} from "@handshake/sap-core";
import { describe, expect, test } from "vitest";
import { registryDocument } from "../src/document.js";
import { splitDocument } from "../src/package-files.js";
import { FIXTURE_REGISTRY } from "./helpers.js";

describe("registryDocument", () => {
  const { registry } = validateRegistry(FIXTURE_REGISTRY);
  if (registry === undefined) throw new Error("fixture registry is invalid");

  test("canonical content, version and a content hash that ignores the version", () => {
    const a = registryDocument(registry, "1.0.0");
    const b = registryDocument(registry, "2.0.0");
    expect(a.version).toBe("1.0.0");
    expect(a.content_hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.content_hash).toBe(a.content_hash);
    expect(a.anti_patterns.map((e) => e.id)).toEqual(["SAP-001", "SAP-002"]);
    expect(a.retired.map((r) => r.id)).toEqual(["SAP-003"]);
  });

  test("extra sections sit beside the content and never overwrite it", () => {
    const doc = registryDocument(registry, "1.0.0", { history: [{ version: "1.0.0" }] });
    expect(doc.history).toEqual([{ version: "1.0.0" }]);
    expect(doc.content_hash).toBe(registryDocument(registry, "1.0.0").content_hash);
    expect(() =>
      registryDocument(registry, "1.0.0", { version: "x" }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: registry.json extra section "version" would overwrite a field of the registry; choose another name]`,
    );
    expect(() => registryDocument(registry, "1.0.0", { anti_patterns: [] })).toThrow(
      /anti_patterns/,
    );
  });

  test("each entry carries its coverage, outside content_hash and machine_hash", () => {
    const doc = registryDocument(registry, "1.0.0");
    expect(doc.anti_patterns.map(({ id, coverage }) => ({ id, ...coverage }))).toEqual(
      entryCoverage(registry),
    );
    const canonical = canonicalRegistry(registry);
    expect(doc.content_hash).toBe(contentHash(canonical));
    expect(doc.machine_hash).toBe(machineHash(canonical));
    // The shipped machine file still checks its machine_hash and loads.
    const { machine } = splitDocument(doc);
    expect(machine.anti_patterns.every((e) => e.coverage !== undefined)).toBe(true);
    const loaded = registryFromCanonical(machine as never, "registry.json");
    expect(entryCoverage(loaded)).toEqual(entryCoverage(registry));
  });
});
