import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { commands } from "../src/commands/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, "../dist/bin.js");

function sap(args: readonly string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}

describe("sap dispatch", () => {
  test.each(commands.map((c) => [c.name, c] as const))(
    "%s: the lazily loaded module is the command the index lists",
    async (name, entry) => {
      const command = await entry.load();
      expect(command.name).toBe(name);
      expect(command.summary).toBe(entry.summary);
      expect(command.usage).toMatch(new RegExp(`^Usage: sap ${name}`));
    },
  );

  test("--help lists every command and exits 0", () => {
    const run = sap(["--help"]);
    expect(run.status).toBe(0);
    for (const c of commands) expect(run.stdout).toContain(`  ${c.name} `);
  });

  test("no command prints help and exits 2; an unknown one names it and exits 2", () => {
    expect(sap([]).status).toBe(2);
    const run = sap(["frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  test("a reader that closes the pipe early (sap ... | head -1) is no crash", () => {
    const run = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" diff --policy | head -1`], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("| change | bump | when the entry was experimental / deprecated |\n");
    expect(run.stderr).not.toContain("EPIPE");
  });

  test("<command> --help prints that command's usage", () => {
    const run = sap(["eval", "--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: sap eval/);
  });
});
