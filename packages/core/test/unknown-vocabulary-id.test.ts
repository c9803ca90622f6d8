import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDiagnostic, validateRegistry } from "../src/index.js";

const fixtures = join(import.meta.dirname, "fixtures");

/** The printed diagnostics of a fixture, paths relative to it. */
function lines(fixture: string): string[] {
  const dir = join(fixtures, fixture);
  return validateRegistry(dir).diagnostics.map((d) =>
    formatDiagnostic({ ...d, file: d.file.slice(dir.length + 1) }),
  );
}

// The four unknown-* vocabulary rules are one factory (rules/registry/unknown-vocabulary-id.ts);
// each keeps its own code, position, message and hint.
describe("unknown vocabulary ids", () => {
  it.each([
    [
      "unknown-category",
      'anti-patterns/SAP-001.yaml:22:11  SAP-E025  unknown category "spawn-abus"  (did you mean spawn-abuse? categories in registry.yaml: spawn-abuse, trust-boundary, escalation, consent, execution, isolation, scheduling, audit, supply-chain, recovery (or add it there))',
    ],
    [
      "unknown-severity",
      'anti-patterns/SAP-001.yaml:24:11  SAP-E026  unknown severity "severe"  (severities in registry.yaml: info, low, medium, high, critical)',
    ],
    [
      "unknown-detection-source",
      'anti-patterns/SAP-001.yaml:27:13  SAP-E027  unknown detection source "scheduler"  (detection sources in registry.yaml: scheduler_check, trust_boundary_validation, capability_gate_outcome, session_lifecycle_record)',
    ],
    [
      "unknown-outcome",
      'anti-patterns/SAP-001.yaml:62:16  SAP-E028  unknown outcome "block"  (outcomes in registry.yaml: downgrade, require_consent, deny, force_stop)',
    ],
  ])("%s", (fixture, want) => {
    expect(lines(fixture)).toEqual([want]);
  });

  it("reports nothing for the base fixture, whose ids are all declared", () => {
    expect(lines("_base")).toEqual([]);
  });
});
