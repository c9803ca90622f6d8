import type { DataPath, Position, SourceFile } from "../source/source-file.js";

/** One source line of a scalar and where its text lands in the scalar's value. */
interface Segment {
  line: number;
  column: number;
  valueStart: number;
  length: number;
}

/**
 * The source position of character `offset` of the string value at `path`.
 * Works for plain, quoted, literal (`|`) and folded (`>`) scalars over one or
 * more lines: each source line's text is located in the value in order, so the
 * indentation and the folding of line breaks are accounted for. Falls back to
 * the scalar's start when a line cannot be found (escape sequences).
 */
export function expressionPosition(
  source: SourceFile,
  path: DataPath,
  value: string,
  offset: number,
): Position {
  const scalar = source.scalarAt(path);
  if (!scalar) return source.position(path);
  const segments = segmentsOf(source, scalar.start, scalar.text, scalar.style, value);
  if (!segments) return source.positionOfOffset(scalar.start);
  const hit =
    segments.find((s) => offset >= s.valueStart && offset < s.valueStart + Math.max(s.length, 1)) ??
    segments.filter((s) => s.valueStart <= offset).pop();
  if (!hit) return source.positionOfOffset(scalar.start);
  return { line: hit.line, column: hit.column + Math.min(offset - hit.valueStart, hit.length) };
}

function segmentsOf(
  source: SourceFile,
  start: number,
  text: string,
  style: string,
  value: string,
): Segment[] | undefined {
  const first = source.positionOfOffset(start);
  const block = style === "BLOCK_LITERAL" || style === "BLOCK_FOLDED";
  const quoted = style === "QUOTE_DOUBLE" || style === "QUOTE_SINGLE";
  const lines = text.split("\n");
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [i, raw] of lines.entries()) {
    if (block && i === 0) continue; // the `|` or `>` header
    let line = raw;
    let column = i === 0 ? first.column : 1;
    if (i === 0 && quoted) {
      line = line.slice(1);
      column += 1;
    }
    if (quoted && i === lines.length - 1) line = line.replace(/["']\s*$/, "");
    const indent = i === 0 ? 0 : line.length - line.trimStart().length;
    const content = line.trim();
    if (content === "") continue;
    const at = value.indexOf(content, cursor);
    if (at < 0) return undefined;
    segments.push({
      line: first.line + i,
      column: column + indent,
      valueStart: at,
      length: content.length,
    });
    cursor = at + content.length;
  }
  return segments.length > 0 ? segments : undefined;
}
