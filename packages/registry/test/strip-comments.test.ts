import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";
// @ts-expect-error: a plain .mjs build script, without declarations
import { stripDocComments } from "../scripts/strip-js-doc-comments.mjs";

const strip = stripDocComments as (fileName: string, text: string) => string;
const distDir = join(import.meta.dirname, "..", "dist");

/** The program's tokens, comments excluded: what stripping must never change. */
function tokens(text: string): string[] {
  const source = ts.createSourceFile("x.js", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const out: string[] = [];
  const walk = (node: ts.Node): void => {
    if (node.kind >= ts.SyntaxKind.FirstJSDocNode && node.kind <= ts.SyntaxKind.LastJSDocNode)
      return;
    if (node.getChildCount(source) === 0) out.push(node.getText(source));
    for (const child of node.getChildren(source)) walk(child);
  };
  walk(source);
  return out;
}

describe("strip-js-doc-comments (the build's post-step)", () => {
  const tricky = [
    "// a banner",
    "/** Doc of f. */",
    "export function f(x) {",
    '  const s = "/** not a comment */ // nor this";',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the input is JavaScript source holding a template literal
    "  const t = `// in a template ${x /* kept */} /** and here */`;",
    "  const r = /\\/\\*\\*|\\/\\//g; // trailing",
    "  return [s, t, r];",
    "}",
    "export const a = /* @__PURE__ */ f(1);",
    "//# sourceMappingURL=x.js.map",
    "",
  ].join("\n");

  test("removes doc and line comments, keeps strings, templates, regexes, PURE marks and source map links", () => {
    const out = strip("x.js", tricky);
    expect(out).not.toContain("a banner");
    expect(out).not.toContain("Doc of f");
    expect(out).not.toContain("trailing");
    expect(out).toContain('"/** not a comment */ // nor this"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the expected text is a template literal in JavaScript source
    expect(out).toContain("`// in a template ${x /* kept */} /** and here */`");
    expect(out).toContain("/\\/\\*\\*|\\/\\//g");
    expect(out).toContain("/* @__PURE__ */ f(1)");
    expect(out).toContain("//# sourceMappingURL=x.js.map");
    expect(tokens(out)).toEqual(tokens(tricky));
  });

  test("the built JavaScript has no doc comments left and still carries its PURE marks", () => {
    const files = readdirSync(distDir, { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".js"),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(join(distDir, file), "utf8");
      expect(text, file).not.toMatch(/\/\*\*/);
      expect(strip(file, text), file).toBe(text);
    }
    const entries = readFileSync(join(distDir, "generated", "entries.js"), "utf8");
    expect(entries).toMatch(/export const SAP_001 = \/\* @__PURE__ \*\/ entryAt\(0\);/);
  });
});
