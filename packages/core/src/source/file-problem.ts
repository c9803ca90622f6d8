import type { Diagnostic } from "../diagnostic.js";
import { fileRules } from "../rules/file/index.js";
import type { Position } from "./source-file.js";

/** A diagnostic of a file-level rule, at the file's start unless a position is given. */
export function fileProblem(
  code: string,
  file: string,
  detail?: string,
  at?: Position,
): Diagnostic {
  const rule = fileRules.find((r) => r.code === code);
  if (!rule) throw new Error(`internal: no file rule ${code}`);
  return {
    file,
    line: at?.line ?? 1,
    column: at?.column ?? 1,
    code,
    message: rule.message(detail),
    hint: rule.hint,
  };
}
