import type { StatementStructures, WriterFunction } from "ts-morph";

/** A JSDoc comment from text (already made safe by `docText`). */
export function jsDocComment(text: string): string {
  const lines = text.split("\n");
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return `/**\n${lines.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n */`;
}

/**
 * `export const name = initializer;` with its JSDoc, written at statement level
 * through ts-morph's writer (a VariableStatement structure would give a
 * multi-line initializer a hanging indent).
 */
export function exportConst(name: string, initializer: string, doc?: string): WriterFunction {
  return (writer) => {
    writer.blankLineIfLastNot();
    if (doc !== undefined) writer.writeLine(jsDocComment(doc));
    writer.write(`export const ${name} = ${initializer};`).newLine();
  };
}

/** One statement of a generated module: a ts-morph structure, a writer, or raw text. */
export type Statement = string | WriterFunction | StatementStructures;
