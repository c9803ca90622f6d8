import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostic.js";
import { fileProblem } from "../source/file-problem.js";

/**
 * The .yaml files of a registry folder, sorted by name. A missing folder, and
 * files that would be ignored (not .yaml), are diagnostics. Dotfiles are skipped.
 */
export function listYamlFiles(folder: string): { files: string[]; diagnostics: Diagnostic[] } {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) {
      return { files: [], diagnostics: [fileProblem("SAP-E008", folder, "not a directory")] };
    }
    names = readdirSync(folder).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const diagnostic =
      code === "ENOENT"
        ? fileProblem("SAP-E001", folder)
        : fileProblem("SAP-E008", folder, String(code ?? error));
    return { files: [], diagnostics: [diagnostic] };
  }
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const name of names) {
    if (name.startsWith(".")) continue;
    if (name.endsWith(".yaml")) files.push(join(folder, name));
    else diagnostics.push(fileProblem("SAP-E009", join(folder, name)));
  }
  return { files, diagnostics };
}
