import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

/*
 * The false-positive guard at the CLI's level: a benign log (the committed
 * sample of the engine's simulated busy runtime, packages/engine/test/benign)
 * replayed through the real `sap eval` exits 0 with no finding, and one
 * injected violation makes it exit 1 with exactly that entry. The engine's own
 * tests replay the large simulated logs and every mutation in process.
 */

const repoRoot = resolve(import.meta.dirname, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const samplePath = "packages/engine/test/benign/sample.jsonl";
const sample = readFileSync(join(repoRoot, samplePath), "utf8");
const sampleLines = sample.trimEnd().split("\n");

interface Report {
  readonly summary: {
    readonly events: number;
    readonly findings: number;
    readonly input_findings: number;
  };
  readonly findings: readonly {
    readonly anti_pattern_id: string;
    readonly triggering_event_ids: readonly string[];
  }[];
}

function sap(
  args: readonly string[],
  input = "",
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    input,
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The sample with a plugin's SYSTEM message inserted after its first runtime
 * SYSTEM message: that line, edited as text, under a new event and message id.
 */
function withPluginSystemMessage(): string {
  const at = sampleLines.findIndex(
    (l) => l.includes('"source_kind":"runtime"') && l.includes('"delivered_role":"SYSTEM"'),
  );
  expect(at, "the sample has a runtime SYSTEM message").toBeGreaterThanOrEqual(0);
  const injected = (sampleLines[at] as string)
    .replace(/"event_id":"[^"]*"/, '"event_id":"ev-mutation-1"')
    .replace(/"message_id":"[^"]*"/, '"message_id":"msg-mutation-1"')
    .replace(/"source_id":"[^"]*"/, '"source_id":"plugin-evil"')
    .replace('"source_kind":"runtime"', '"source_kind":"plugin"')
    .replace('"trust":"trusted"', '"trust":"untrusted"');
  return `${[...sampleLines.slice(0, at + 1), injected, ...sampleLines.slice(at + 1)].join("\n")}\n`;
}

describe("sap eval on a benign log", () => {
  test("from a file: exit 0, no finding, no input finding", () => {
    const run = sap(["eval", samplePath]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      `${sampleLines.length} events evaluated from ${sampleLines.length} lines: 0 findings (0 enforce, 0 audit), 0 input findings`,
    );
    expect(run.status).toBe(0);
  });

  test("on stdin, as JSON: the same, every event evaluated", () => {
    const run = sap(["eval", "-", "--format", "json"], sample);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary).toMatchObject({
      events: sampleLines.length,
      findings: 0,
      input_findings: 0,
    });
    expect(run.status).toBe(0);
  });

  test("one SYSTEM message from a plugin injected: exit 1, exactly SAP-007 on that event", () => {
    const run = sap(["eval", "-", "--format", "json"], withPluginSystemMessage());
    const report = JSON.parse(run.stdout) as Report;
    expect(report.summary.input_findings).toBe(0);
    expect(report.findings.map((f) => [f.anti_pattern_id, f.triggering_event_ids])).toEqual([
      ["SAP-007", ["ev-mutation-1"]],
    ]);
    expect(run.status).toBe(1);
  });
});
