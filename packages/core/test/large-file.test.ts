import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { validateRegistry } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "sap-large-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("refuses a 10 MB entry file unread (SAP-E003)", () => {
  cpSync(join(import.meta.dirname, "fixtures", "_base"), dir, {
    recursive: true,
    dereference: true,
  });
  const file = join(dir, "anti-patterns", "SAP-002.yaml");
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
