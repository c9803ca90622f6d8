#!/usr/bin/env node
// Post-build step of this package: removes JSDoc blocks (`/** ... */`) and line
// comments from the emitted JavaScript under the given folder, and deletes the
// empty modules tsc emits for type-only sources (`export {};`: every import of
// them is type-only and erased, so nothing loads them). The declaration
// files keep every doc comment (editors read those); the JavaScript does not
// need them, and the package has a size budget. `/* @__PURE__ */` and other
// plain block comments stay: bundlers read them. Comment ranges come from
// TypeScript's parser (leading and trailing comments of every node), so text in
// strings, templates and regular expressions is never taken for a comment.
//   node scripts/strip-js-doc-comments.mjs dist
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

function jsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    if (d.isDirectory()) return jsFiles(join(dir, d.name));
    return d.name.endsWith(".js") ? [join(dir, d.name)] : [];
  });
}

function removable(text, range) {
  if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    return !text.startsWith("//#", range.pos);
  return text.startsWith("/**", range.pos);
}

/** `text` without its doc and line comments, and without the blank lines they leave. */
export function stripDocComments(fileName, text) {
  const source = ts.createSourceFile(
    fileName,
    text,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const ranges = new Map();
  const collect = (node) => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.end) ?? []),
    ]) {
      if (removable(text, range)) ranges.set(range.pos, range.end);
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  let out = "";
  let at = 0;
  for (const [pos, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (pos < at) continue;
    out += text.slice(at, pos);
    at = end;
  }
  out += text.slice(at);
  const lines = out.split("\n").map((line) => line.trimEnd());
  return `${lines.filter((line) => line !== "").join("\n")}\n`;
}

function main(dir) {
  if (dir === undefined) {
    console.error("usage: node scripts/strip-js-doc-comments.mjs <dist folder>");
    process.exit(2);
  }
  for (const file of jsFiles(dir)) {
    const text = readFileSync(file, "utf8");
    const stripped = stripDocComments(file, text);
    if (stripped.trim() === "export {};") rmSync(file);
    else if (stripped !== text) writeFileSync(file, stripped);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2]);
}
