import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { EntryDoc } from "../src/model.js";
import { type StubContext, stubSource, userInputOf } from "../src/stubs/stub-source.js";
import { readUserParts, skeletonChecksum, skeletonOf } from "../src/stubs/user-parts.js";
import { changed, entryOf, fixtureDocument } from "./helpers.js";

/** Text that may sit on one line of a `//` comment. */
const lineText = fc
  .string({ unit: "binary", maxLength: 40 })
  .map((s) => s.replace(/[\r\n\u2028\u2029]/g, " "));

/** Inside a template literal: backslash, backtick and `${` escaped; newlines kept. */
const templateText = fc
  .string({ unit: "binary", maxLength: 60 })
  .map((s) =>
    s.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${").replace(/\r/g, "\n"),
  );

const awkward = fc.constantFrom(
  "// #endregion user helpers",
  "// #region user imports",
  "}",
  "{",
  "// Checksum: 0000",
  "*/",
  "export function detect() {}",
);

const statement = fc.oneof(
  fc
    .tuple(fc.nat(99), fc.string({ unit: "binary", maxLength: 40 }))
    .map(([i, s]) => `const s${i} = ${JSON.stringify(s)};`),
  lineText.map((s) => `// ${s}`),
  fc.string({ maxLength: 40 }).map((s) => `/* ${s.replace(/\*\//g, "* /")} */`),
  fc.tuple(templateText, awkward).map(([t, a]) => `const t = \`${t}\n${a}\n\`;`),
  fc
    .tuple(fc.nat(99), lineText)
    .map(
      ([i, s]) => `function inner${i}(): string {\n    return ${JSON.stringify(s)}; // ${s}\n  }`,
    ),
  awkward.map((a) => `const a = ${JSON.stringify(a)};`),
  fc.constant(
    "if (event.event_type.length > 0) {\n    const nested = () => ({ a: [1, 2, { b: `}` }] });\n    void nested;\n  }",
  ),
);

const body = fc
  .array(statement, { maxLength: 8 })
  .map(
    (lines) => `{\n${lines.map((l) => `  ${l}`).join("\n")}\n  return notImplemented(meta.id);\n}`,
  );

const regionLine = fc.oneof(
  lineText.map((s) => `// note: ${s}\n`),
  fc
    .tuple(fc.nat(99), fc.string({ unit: "binary", maxLength: 30 }))
    .map(([i, s]) => `export const h${i} = ${JSON.stringify(s)};\n`),
  fc.constant("\n"),
);
const region = fc.array(regionLine, { maxLength: 5 }).map((lines) => lines.join(""));

const document = fixtureDocument();
const entry = document.anti_patterns[0] as EntryDoc;
const context: StubContext = {
  document,
  importFrom: "@handshake/session-anti-patterns",
  command: "npx sap stubs --out d",
};
const nextDocument = changed(document, (doc) => {
  doc.version = "9.9.9";
  const e = entryOf(doc, entry.id);
  e.title = "A new title";
  e.severity = "critical";
});
const nextEntry = nextDocument.anti_patterns[0] as EntryDoc;
const nextContext: StubContext = { ...context, document: nextDocument };

describe("property: any user body and regions survive regeneration byte for byte", () => {
  test("generate, read back, regenerate for a changed registry, read back", () => {
    fc.assert(
      fc.property(body, region, region, fc.boolean(), (b, imports, helpers, isAsync) => {
        const regions = new Map([
          ["imports", imports],
          ["helpers", helpers],
        ]);
        const text = stubSource(entry, context, { body: b, regions, isAsync });
        const parts = readUserParts("sap.ts", text);
        expect(parts.body).toBe(b);
        expect(parts.regions.get("imports")?.text).toBe(imports);
        expect(parts.regions.get("helpers")?.text).toBe(helpers);
        expect(parts.isAsync).toBe(isAsync);
        expect(skeletonChecksum(skeletonOf(text, parts))).toBe(parts.checksum);
        expect(stubSource(entry, context, userInputOf(parts))).toBe(text);

        const next = stubSource(nextEntry, nextContext, userInputOf(parts));
        const after = readUserParts("sap.ts", next);
        expect(after.body).toBe(b);
        expect(after.regions.get("imports")?.text).toBe(imports);
        expect(after.regions.get("helpers")?.text).toBe(helpers);
        expect(next).toContain('title: "A new title"');
        expect(skeletonChecksum(skeletonOf(next, after))).toBe(after.checksum);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
