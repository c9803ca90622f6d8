import { basename } from "node:path";
import type { RegistryRule } from "../rule.js";

export const entryFileName: RegistryRule = {
  phase: "registry",
  code: "SAP-E020",
  description: "An anti-pattern file is not named after its id (anti-patterns/SAP-NNN.yaml).",
  check(context) {
    for (const entry of context.registry.entries) {
      const name = basename(entry.file);
      if (name !== `${entry.id}.yaml`) {
        context.reportEntry(
          this.code,
          entry,
          ["id"],
          `file name ${name} does not match id ${entry.id}`,
          `rename the file to ${entry.id}.yaml, or fix the id; ids are never renamed once published`,
        );
      }
    }
  },
};
