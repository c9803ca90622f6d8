import { afterEach, describe, expect, it, vi } from "vitest";
import { internalError } from "../../src/rules/internal-error.js";
import { tierOrder } from "../../src/rules/registry/tier-order.js";
import { validatePatched } from "../support/rule-tester.js";

/**
 * SAP-E099 reports a check that throws: a validator bug, which no registry
 * data should cause. The invalid case makes one real check throw.
 */
describe(`${internalError.code} (${internalError.description})`, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("valid: a registry every check accepts reports nothing", () => {
    expect(validatePatched({}).diagnostics).toEqual([]);
  });

  it("invalid: a check that throws is reported on registry.yaml, and the other checks still run", () => {
    vi.spyOn(tierOrder, "check").mockImplementation(() => {
      throw new Error("boom");
    });
    const { diagnostics } = validatePatched({
      "anti-patterns/SAP-001.yaml": { find: "severity: high", replace: "severity: severe" },
    });
    expect(
      diagnostics.map(({ code, file, line, column, message }) => ({
        code,
        file,
        line,
        column,
        message,
      })),
    ).toEqual([
      {
        code: "SAP-E026",
        file: "anti-patterns/SAP-001.yaml",
        line: 24,
        column: 11,
        message: 'unknown severity "severe"',
      },
      {
        code: internalError.code,
        file: "registry.yaml",
        line: 1,
        column: 1,
        message: `check ${tierOrder.code} failed: boom`,
      },
    ]);
  });
});
