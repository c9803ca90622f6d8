import { relative } from "node:path";
import type { RegistryRule } from "../rule.js";

export const duplicateId: RegistryRule = {
  phase: "registry",
  code: "SAP-E021",
  description: "Two anti-pattern files have the same id.",
  check(context) {
    const first = new Map<string, string>();
    for (const entry of context.registry.entries) {
      const other = first.get(entry.id);
      if (other === undefined) first.set(entry.id, entry.file);
      else
        context.reportEntry(
          this.code,
          entry,
          ["id"],
          `id ${entry.id} is also used by ${relative(context.registry.dir, other)}`,
          "give this entry the next free id; every id names exactly one entry",
        );
    }
  },
};
