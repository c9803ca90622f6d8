import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

export const unknownDetectionSource: RegistryRule = {
  phase: "registry",
  code: "SAP-E027",
  description: "A detection source is not a detection_sources id of registry.yaml.",
  check(context) {
    const known = ids(context.registry.meta.detection_sources);
    for (const entry of context.registry.entries) {
      entry.detection.forEach((d, i) => {
        if (!known.has(d.source)) {
          context.reportEntry(
            this.code,
            entry,
            ["detection", i, "source"],
            `unknown detection source "${d.source}"`,
            suggest(d.source, known, "detection sources in registry.yaml"),
          );
        }
      });
    }
  },
};
