/** One problem found in the registry, pointing at the data that causes it. */
export interface Diagnostic {
  /** Path of the file, as built from the registry dir given to the loader. */
  file: string;
  /** 1-based line; 1 for problems with a whole file. */
  line: number;
  /** 1-based column; 1 for problems with a whole file. */
  column: number;
  /** Stable code, SAP-Ennn (see the README's list). */
  code: string;
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** `path:line:col  CODE  message  (hint)`. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}  ${d.code}  ${d.message}`;
  return d.hint === undefined ? head : `${head}  (${d.hint})`;
}

/** Orders diagnostics by file, line, column, code, then message; returns a new array. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.code, b.code) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
