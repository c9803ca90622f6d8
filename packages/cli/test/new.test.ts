import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";

/* `sap new` through the real CLI on a copy of the real registry. */

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const bin = resolve(repoRoot, "packages/cli/dist/bin.js");
const temps: string[] = [];

function copyOfRegistry(): string {
  const dir = mkdtempSync(join(tmpdir(), "sap-new-"));
  temps.push(dir);
  cpSync(join(repoRoot, "registry"), join(dir, "registry"), { recursive: true });
  return dir;
}

function sap(cwd: string, args: readonly string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
}

afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("sap new", () => {
  test("creates the next free id, and the scaffold fails validation until filled", () => {
    const dir = copyOfRegistry();
    const { highest } = idsIn(dir);
    const expected = `SAP-${String(highest + 1).padStart(3, "0")}`;

    const run = sap(dir, ["new", "spawn-retry-loop", "--category", "spawn-abuse"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`registry/anti-patterns/${expected}.yaml`);

    const text = readFileSync(join(dir, "registry/anti-patterns", `${expected}.yaml`), "utf8");
    expect(text).toContain(`id: ${expected}\nslug: spawn-retry-loop\n`);
    expect(text).toContain("category: spawn-abuse\n");

    const validate = sap(dir, ["validate", "registry"]);
    expect(validate.status).toBe(1);
    expect(validate.stdout + validate.stderr).toContain(`${expected}.yaml`);
  });

  test("never reuses a retired id", () => {
    const dir = copyOfRegistry();
    const { highest } = idsIn(dir);
    const retiredId = `SAP-${String(highest + 5).padStart(3, "0")}`;
    writeFileSync(
      join(dir, "registry/retired.yaml"),
      `retired:\n  - { id: ${retiredId}, slug: gone, title: Gone, retired_in: 0.1.0, reason: test }\n`,
    );
    const run = sap(dir, ["new", "after-retired"]);
    expect(run.status).toBe(0);
    const next = `SAP-${String(highest + 6).padStart(3, "0")}`;
    expect(existsSync(join(dir, "registry/anti-patterns", `${next}.yaml`))).toBe(true);
  });

  test("rejects a bad slug with exit 2 and writes nothing", () => {
    const dir = copyOfRegistry();
    const before = idsIn(dir).count;
    const run = sap(dir, ["new", "Not A Slug"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("kebab-case SLUG");
    expect(idsIn(dir).count).toBe(before);
  });
});

function idsIn(dir: string): { highest: number; count: number } {
  const files = spawnSync("ls", [join(dir, "registry/anti-patterns")], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((f) => /^SAP-\d{3}\.yaml$/.test(f));
  const numbers = files.map((f) => Number(f.slice(4, 7)));
  return { highest: Math.max(0, ...numbers), count: files.length };
}
