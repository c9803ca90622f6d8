import { describe, expect, expectTypeOf, test } from "vitest";
import registryJson from "../generated/registry.json" with { type: "json" };
import {
  type AntiPatternId,
  antiPatternIds,
  contentHash,
  type EntryCoverage,
  entries,
  eventTypes,
  findEntry,
  getEntry,
  isAntiPatternId,
  listEntries,
  registryVersion,
  resolveEntry,
  SAP_001,
  severities,
  severityRank,
} from "../src/index.js";

describe("the data", () => {
  test("ids, entries and registry.json agree, sorted", () => {
    expect(entries.map((e) => e.id)).toEqual([...antiPatternIds]);
    expect([...antiPatternIds]).toEqual([...antiPatternIds].sort());
    expect(registryJson.anti_patterns.map((e) => e.id)).toEqual([...antiPatternIds]);
    expect(registryVersion).toBe(registryJson.version);
    expect(contentHash).toBe(registryJson.content_hash);
    expect(contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  test("every entry says whether it runs on the runtime and which proposed events it waits for", () => {
    const origin = new Map(registryJson.events.map((e) => [e.event_type, e.origin]));
    for (const entry of entries) {
      expectTypeOf(entry.coverage).toEqualTypeOf<EntryCoverage>();
      const { runs_on_runtime, missing_events } = entry.coverage;
      expect(runs_on_runtime, entry.id).toBe(missing_events.length === 0);
      expect([...missing_events], entry.id).toEqual([...missing_events].sort());
      for (const type of missing_events) {
        expect(eventTypes as readonly string[], entry.id).toContain(type);
        expect(origin.get(type), `${entry.id} waits for ${type}`).not.toBe("runtime");
      }
    }
  });

  test("one to one: every event type of registry.json has its payload type, and back", () => {
    expect([...eventTypes]).toEqual(registryJson.events.map((e) => e.event_type));
  });

  test("an entry constant is the registry.json entry itself", () => {
    expect(SAP_001).toBe(getEntry("SAP-001"));
    expect(SAP_001).toEqual(registryJson.anti_patterns[0]);
  });

  test("types: a literal id gives the exact entry; a misspelt id does not compile", () => {
    expectTypeOf(getEntry("SAP-001").id).toEqualTypeOf<"SAP-001">();
    expectTypeOf(SAP_001.severity).toEqualTypeOf<"high">();
    // @ts-expect-error SAP-01 is not an id
    expect(() => getEntry("SAP-01")).toThrow(RangeError);
    expectTypeOf<"SAP-001">().toExtend<AntiPatternId>();
  });
});

describe("queries", () => {
  test("findEntry and isAntiPatternId read ids at run time", () => {
    expect(findEntry("SAP-001")?.id).toBe("SAP-001");
    expect(findEntry("nope")).toBeUndefined();
    expect(isAntiPatternId("SAP-001")).toBe(true);
    expect(isAntiPatternId("SAP-000")).toBe(false);
  });

  test("listEntries: severity at least, category, source, outcome, status; every filter must hold", () => {
    const rank = (s: string) => severities.findIndex((l) => l.id === s);
    const high = listEntries({ severityAtLeast: "high" });
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((e) => rank(e.severity) >= rank("high"))).toBe(true);
    expect(listEntries().length).toBe(entries.length);
    expect(
      listEntries({ category: "spawn-abuse" }).every((e) => e.category === "spawn-abuse"),
    ).toBe(true);
    const bySource = listEntries({ detectionSource: "scheduler_check" });
    expect(bySource.every((e) => e.detection.some((d) => d.source === "scheduler_check"))).toBe(
      true,
    );
    const stops = listEntries({ outcome: "force_stop", status: ["stable", "experimental"] });
    expect(stops.every((e) => e.enforcement.tiers.some((t) => t.outcome === "force_stop"))).toBe(
      true,
    );
    expect(listEntries({ category: [] })).toEqual([]);
    expect(severityRank("info")).toBe(0);
  });

  test("resolveEntry follows deprecation to the replacement and stops on unknown ids", () => {
    expect(resolveEntry("SAP-001")).toEqual({ entry: SAP_001, path: ["SAP-001"] });
    expect(resolveEntry("SAP-999")).toBeUndefined();
    for (const entry of entries) {
      const resolved = resolveEntry(entry.id);
      expect(resolved?.path[0]).toBe(entry.id);
      const status: string = entry.status;
      if (status !== "deprecated") expect(resolved?.entry).toBe(entry);
    }
  });
});

describe("history", () => {
  test("is registry.json's history, and changesSince asks it what changed after a pinned version", async () => {
    const { history, changesSince, registryJson, registryVersion, antiPatternIds } = await import(
      "../src/index.js"
    );
    expect(history).toBe(registryJson.history);
    const newest = history.releases[history.releases.length - 1];
    if (newest === undefined) {
      // Before the first release nothing has changed since anything.
      expect(changesSince("0.0.0").bump).toBe("none");
      return;
    }
    expect(newest.version).toBe(registryVersion);
    // Every live id has been released by now, so each is "added" since 0.0.0.
    const since = changesSince("0.0.0", ["SAP-001"]);
    expect(since.ids["SAP-001"]?.added).toBe(history.ids["SAP-001"]?.introduced);
    expect(Object.keys(changesSince("0.0.0").ids).length).toBeGreaterThanOrEqual(
      antiPatternIds.length,
    );
    expect(changesSince(registryVersion).bump).toBe("none");
  });
});
