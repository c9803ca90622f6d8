import { describe, expect, test } from "vitest";
import {
  entryConstName,
  pascalCase,
  payloadTypeName,
  propertyKey,
  stubFileName,
  stubTypePrefix,
} from "../src/naming.js";

describe("naming", () => {
  test.each([
    { given: "SAP-001", want: "SAP_001" },
    { given: "SAP-120", want: "SAP_120" },
  ])("entryConstName($given) = $want", ({ given, want }) => {
    expect(entryConstName(given)).toBe(want);
  });

  test.each([
    { given: "session.spawn_requested", want: "SessionSpawnRequested" },
    { given: "anti_pattern.detected", want: "AntiPatternDetected" },
    { given: "a.b", want: "AB" },
  ])("pascalCase($given) = $want", ({ given, want }) => {
    expect(pascalCase(given)).toBe(want);
  });

  test.each([
    { given: "session.created", want: "SessionCreatedPayload" },
    { given: "capability.check", want: "CapabilityCheckPayload" },
  ])("payloadTypeName($given) = $want", ({ given, want }) => {
    expect(payloadTypeName(given)).toBe(want);
  });

  test.each([
    { given: "SAP-001", file: "sap-001.ts", prefix: "Sap001" },
    { given: "SAP-042", file: "sap-042.ts", prefix: "Sap042" },
  ])("stub names of $given", ({ given, file, prefix }) => {
    expect(stubFileName(given)).toBe(file);
    expect(stubTypePrefix(given)).toBe(prefix);
  });

  test.each([
    { given: "session_id", want: "session_id" },
    { given: "$ok", want: "$ok" },
    { given: "session.created", want: '"session.created"' },
    { given: "1abc", want: '"1abc"' },
    { given: "a-b", want: '"a-b"' },
  ])("propertyKey($given) = $want", ({ given, want }) => {
    expect(propertyKey(given)).toBe(want);
  });
});
