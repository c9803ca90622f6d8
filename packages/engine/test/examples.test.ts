import type { LoadedEntry } from "@handshake/sap-core";
import { describe, expect, test } from "vitest";
import type { EvaluationResult } from "../src/index.js";
import { evaluateEvents, PayloadValidator } from "../src/index.js";
import { realRegistry, registryVersion } from "./helpers.js";

/*
 * Every example of every entry in the REAL registry/ runs alone through the
 * engine, with its own param overrides: a must-trigger example yields exactly
 * its `expect` list for that entry (outcomes in order, triggering event ids
 * when given), a must-not example yields nothing for that entry. Neither may
 * produce an input finding (a malformed example is a broken example).
 */

const registry = realRegistry();
const version = registryVersion();
const detected = registry.events.get("anti_pattern.detected");
const evidenceValidator = detected
  ? new PayloadValidator(detected, registry.meta.limits.max_payload_list_items)
  : undefined;

interface Example {
  readonly name: string;
  readonly params?: object;
  readonly events: readonly unknown[];
}

function run(entry: LoadedEntry, example: Example): EvaluationResult {
  return evaluateEvents(registry, example.events, {
    registryVersion: version,
    ...(example.params ? { params: { [entry.id]: example.params } } : {}),
  });
}

function describeInputFindings(result: EvaluationResult): string[] {
  return result.input_findings.map(
    (f) => `event ${f.line} (${f.event_id ?? "?"}): ${f.code}: ${f.message}`,
  );
}

const triggerCases = registry.entries.flatMap((entry) =>
  entry.examples.trigger.map((example) => ({ id: entry.id, name: example.name, entry, example })),
);
const noTriggerCases = registry.entries.flatMap((entry) =>
  entry.examples.no_trigger.map((example) => ({
    id: entry.id,
    name: example.name,
    entry,
    example,
  })),
);

describe("examples of the real registry", () => {
  test("the registry has entries with examples", () => {
    expect(registry.entries.length).toBeGreaterThan(0);
    expect(triggerCases.length).toBeGreaterThan(0);
    expect(noTriggerCases.length).toBeGreaterThan(0);
  });

  test.each(triggerCases)("$id must trigger: $name", ({ entry, example }) => {
    const result = run(entry, example);
    expect(describeInputFindings(result)).toEqual([]);
    const mine = result.findings.filter((f) => f.anti_pattern_id === entry.id);
    const want = example.expect.map((e) =>
      e.events === undefined ? { outcome: e.outcome } : { outcome: e.outcome, events: e.events },
    );
    const got = mine.map((f, i) =>
      example.expect[i]?.events === undefined
        ? { outcome: f.outcome }
        : { outcome: f.outcome, events: f.triggering_event_ids },
    );
    expect(got).toEqual(want);
    for (const finding of mine) {
      expect(finding.registry_version).toBe(version);
      expect(finding.evidence.payload.anti_pattern_id).toBe(entry.id);
      expect(
        evidenceValidator?.problem(finding.evidence.payload, finding.evidence.session_id),
      ).toBeUndefined();
      // An example is a complete log: the evidence the entry requires is in it.
      expect(
        finding.missing_source_events,
        "evidence.source_events missing from the example",
      ).toEqual([]);
    }
  });

  test.each(noTriggerCases)("$id must not trigger: $name", ({ entry, example }) => {
    const result = run(entry, example);
    expect(describeInputFindings(result)).toEqual([]);
    const mine = result.findings.filter((f) => f.anti_pattern_id === entry.id);
    expect(mine.map((f) => `${f.outcome} on ${f.triggering_event_ids.join(",")}`)).toEqual([]);
  });
});
