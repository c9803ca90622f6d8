import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeEach, expect, it } from "vitest";
import { validateRegistry } from "../src/index.js";

/** Files that are impractical to commit as fixtures are made here, in a copy of the base fixture. */
const dir = mkdtempSync(join(tmpdir(), "sap-special-"));
const file = join(dir, "anti-patterns", "SAP-002.yaml");
beforeEach(() => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(import.meta.dirname, "fixtures", "_base"), dir, {
    recursive: true,
    dereference: true,
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("refuses a 10 MB entry file unread (SAP-E003)", () => {
  writeFileSync(file, `id: SAP-002\n${"# padding\n".repeat(1024 * 1024)}`);
  const { diagnostics } = validateRegistry(dir);
  expect(diagnostics).toEqual([
    expect.objectContaining({
      file,
      line: 1,
      column: 1,
      code: "SAP-E003",
      message: expect.stringContaining("5 MB"),
    }),
  ]);
});

it("reports a path it cannot read, here a symlink loop, as SAP-E008", () => {
  symlinkSync("SAP-002.yaml", file);
  const { diagnostics } = validateRegistry(dir);
  expect(diagnostics).toEqual([
    expect.objectContaining({
      file,
      line: 1,
      column: 1,
      code: "SAP-E008",
      message: "cannot read: ELOOP",
    }),
  ]);
});

it("reports a registry path that is a file as SAP-E008", () => {
  const { diagnostics } = validateRegistry(join(dir, "registry.yaml"));
  expect(diagnostics).toEqual([expect.objectContaining({ code: "SAP-E008", line: 1, column: 1 })]);
});
