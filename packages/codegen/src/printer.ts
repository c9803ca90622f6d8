import { IndentationText, NewLineKind, Project, QuoteKind } from "ts-morph";
import type { Statement } from "./statements.js";

/** An in-memory ts-morph project with this repo's formatting: two spaces, LF, double quotes. */
export function memoryProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
}

let sharedProject: Project | undefined;

/**
 * Prints statements with ts-morph in one pass (one source file creation, no
 * incremental manipulation, so the cost is linear in the output).
 */
export function printStatements(fileName: string, statements: readonly Statement[]): string {
  sharedProject ??= memoryProject();
  const file = sharedProject.createSourceFile(
    fileName,
    { statements: [...statements] },
    { overwrite: true },
  );
  const text = file.getFullText();
  sharedProject.removeSourceFile(file);
  return text;
}
