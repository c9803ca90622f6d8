import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const packageDir = join(import.meta.dirname, "..");

// codegen writes these files (`pnpm sap generate`) and its tests check they are
// up to date (packages/codegen/test/core-files.test.ts): core's tests stay below codegen.
describe("src/generated", () => {
  it.each(["schema-types.ts", "schemas.ts"])(
    "%s opens with the do-not-edit banner and the regenerate command",
    (file) => {
      const head = readFileSync(join(packageDir, "src", "generated", file), "utf8")
        .split("\n")
        .slice(0, 4)
        .join("\n");
      expect(head).toContain("@generated: do not edit by hand.");
      expect(head).toContain("Source: registry/schema/*.schema.json");
      expect(head).toContain("Regenerate: pnpm sap generate");
    },
  );
});
