import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../diagnostic.js";
import { fileProblem } from "./file-problem.js";
import { SourceFile } from "./source-file.js";

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Reads one YAML file of the registry. Every failure (missing, a directory,
 * too large, not UTF-8, empty, YAML syntax, duplicate keys) becomes a diagnostic;
 * nothing throws.
 */
export function readSource(file: string): {
  source: SourceFile | undefined;
  diagnostics: Diagnostic[];
} {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return fail(fileProblem("SAP-E002", file));
    if (!stat.isFile()) return fail(fileProblem("SAP-E008", file, "it is not a regular file"));
    size = stat.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return fail(fileProblem("SAP-E001", file));
    return fail(fileProblem("SAP-E008", file, String(code ?? error)));
  }
  if (size > MAX_FILE_BYTES) return fail(fileProblem("SAP-E003", file, `${size} bytes`));
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = utf8.decode(bytes);
  } catch (error) {
    if (error instanceof TypeError) return fail(fileProblem("SAP-E004", file));
    return fail(
      fileProblem("SAP-E008", file, String((error as NodeJS.ErrnoException).code ?? error)),
    );
  }
  if (text.trim() === "" || isOnlyComments(text)) return fail(fileProblem("SAP-E005", file));
  const source = new SourceFile(file, text);
  const diagnostics = source.problems.map((problem) =>
    fileProblem(
      problem.kind === "DUPLICATE_KEY" ? "SAP-E007" : "SAP-E006",
      file,
      problem.message,
      problem,
    ),
  );
  if (diagnostics.length === 0 && (source.data === null || source.data === undefined)) {
    return fail(fileProblem("SAP-E005", file));
  }
  return { source: diagnostics.length === 0 ? source : undefined, diagnostics };
}

function fail(diagnostic: Diagnostic): { source: undefined; diagnostics: Diagnostic[] } {
  return { source: undefined, diagnostics: [diagnostic] };
}

function isOnlyComments(text: string): boolean {
  return text
    .split(/\r?\n/)
    .every((line) => line.trim() === "" || line.trim().startsWith("#") || line.trim() === "---");
}
