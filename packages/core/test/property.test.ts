import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { validateRegistry } from "../src/index.js";

const dir = mkdtempSync(join(tmpdir(), "sap-prop-"));
cpSync(join(import.meta.dirname, "fixtures", "_base"), dir, { recursive: true, dereference: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yamlish = fc
  .array(
    fc.constantFrom(
      "id: ",
      "SAP-002",
      "\n",
      "  ",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ": ",
      "&a ",
      "*a",
      "'",
      '"',
      "#",
      "trigger:",
      "on:",
      "|",
      "\t",
      "é",
      "\u0000",
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => new TextEncoder().encode(parts.join("")));

it("never throws on random bytes as an entry file, and positions every problem", () => {
  const file = join(dir, "anti-patterns", "SAP-002.yaml");
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), yamlish), (bytes) => {
      writeFileSync(file, bytes);
      const { diagnostics } = validateRegistry(dir);
      expect(diagnostics.length).toBeGreaterThan(0);
      for (const d of diagnostics) {
        expect(d.code).toMatch(/^SAP-E0\d\d$/);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
      }
    }),
    { numRuns: 60, seed: 20261129 },
  );
}, 120_000);
