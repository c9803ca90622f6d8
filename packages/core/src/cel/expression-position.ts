import type { DataPath, Position, SourceFile } from "../source/source-file.js";

/**
 * The source position of character `offset` of the string value at `path`:
 * exact for plain and quoted one-line scalars and for literal block scalars
 * (`|`, whose lines keep their indentation); the scalar's start otherwise.
 */
export function expressionPosition(
  source: SourceFile,
  path: DataPath,
  value: string,
  offset: number,
): Position {
  const scalar = source.scalarAt(path);
  if (!scalar) return source.position(path);
  const { start, text, style } = scalar;
  if (style === "PLAIN" && text === value) return source.positionOfOffset(start + offset);
  if ((style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE") && text.slice(1, -1) === value) {
    return source.positionOfOffset(start + 1 + offset);
  }
  if (style === "BLOCK_LITERAL") {
    const header = source.positionOfOffset(start);
    const lines = source.text.split("\n");
    const before = value.slice(0, offset);
    const lineIndex = before.split("\n").length - 1;
    const column = offset - (before.lastIndexOf("\n") + 1);
    const firstContent = lines.slice(header.line).find((line) => line.trim() !== "") ?? "";
    const indent = firstContent.length - firstContent.trimStart().length;
    return { line: header.line + 1 + lineIndex, column: indent + column + 1 };
  }
  return source.position(path);
}
