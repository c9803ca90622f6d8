import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  canonicalRegistry,
  handshakeKernelJson,
  handshakeKernelProblems,
  type KernelRegistry,
  loadRegistry,
  toHandshakeKernelRegistry,
} from "@handshake/sap-core";
import { afterAll, describe, expect, it } from "vitest";

const repo = join(import.meta.dirname, "..", "..", "..");
const bin = join(repo, "packages", "cli", "dist", "bin.js");
const version = (
  JSON.parse(readFileSync(join(repo, "packages", "registry", "package.json"), "utf8")) as {
    version: string;
  }
).version;

/** Runs the real CLI as a subprocess. */
function sap(args: string[], cwd = repo) {
  if (!existsSync(bin)) throw new Error(`build the CLI first: ${bin} is missing`);
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), "sap-export-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("sap export --format handshake-kernel", () => {
  const loaded = loadRegistry(join(repo, "registry")).registry;
  if (!loaded) throw new Error("the real registry does not load");
  const expected = handshakeKernelJson(toHandshakeKernelRegistry(loaded, { version }));

  it("writes the runtime's registry type to stdout: the core mapping's bytes, valid, exit 0", () => {
    const { code, stdout, stderr } = sap(["export", "--format", "handshake-kernel"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(expected);
    const document = JSON.parse(stdout) as KernelRegistry;
    expect(handshakeKernelProblems(document)).toEqual([]);
    expect(document.entries).toHaveLength(loaded.entries.length);
    expect(document.entries[0]?.entry_id).toBe("sap.sap-001");
  });

  it("--out writes the same bytes to the file, leaves no temporary file and says so", () => {
    const out = join(scratch, "kernel.json");
    writeFileSync(out, "stale\n");
    const { code, stdout, stderr } = sap(["export", "--format", "handshake-kernel", "--out", out]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(expected);
    expect(stdout).toBe(
      `wrote ${out}: ${loaded.entries.length} entries as the Handshake kernel registry (registry ${version})\n`,
    );
    expect(readdirSync(scratch).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("--format is required and has one value; anything else is bad usage (exit 2)", () => {
    const missing = sap(["export"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--format is required (handshake-kernel)");
    expect(missing.stdout).toBe("");
    const other = sap(["export", "--format", "sarif"]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--format must be handshake-kernel, not "sarif"');
    expect(sap(["export", "--format", "handshake-kernel", "extra"]).code).toBe(2);
    expect(sap(["export", "--format", "handshake-kernel", "--frobnicate"]).code).toBe(2);
  });

  it("--help prints the usage and exits 0", () => {
    const { code, stdout } = sap(["export", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: sap export --format handshake-kernel/);
  });

  it("refuses, with exit 2 and each reason, a registry the runtime would reject, writing nothing", () => {
    const spawnOnly = canonicalRegistry(loaded);
    spawnOnly.anti_patterns = spawnOnly.anti_patterns.filter((e) => e.category === "spawn-abuse");
    const file = join(scratch, "spawn-only.json");
    writeFileSync(file, JSON.stringify({ ...spawnOnly, version }));
    const out = join(scratch, "refused.json");
    const { code, stdout, stderr } = sap([
      "export",
      "--format",
      "handshake-kernel",
      "--registry",
      file,
      "--out",
      out,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("the runtime's validator would refuse entries.domain");
    expect(stderr).toContain("no entry covers the Scheduler domain");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses a registry without a release version (the runtime's version is a positive integer)", () => {
    const file = join(scratch, "unversioned.json");
    writeFileSync(file, JSON.stringify(canonicalRegistry(loaded)));
    const { code, stderr } = sap(["export", "--format", "handshake-kernel", "--registry", file]);
    expect(code).toBe(2);
    expect(stderr).toContain('registry version "unversioned" is not a release version');
  });

  it("an unwritable --out is exit 2", () => {
    const { code, stderr } = sap([
      "export",
      "--format",
      "handshake-kernel",
      "--out",
      join(scratch, "no", "such", "dir.json"),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("sap export: cannot write");
  });
});
