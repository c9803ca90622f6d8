import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

export const unknownRuleReference: RegistryRule = {
  phase: "registry",
  code: "SAP-E029",
  description:
    "references.rules of an entry, or rules of an event, names a rule that is not in registry.yaml rules.",
  check(context) {
    const known = ids(context.registry.meta.rules);
    for (const entry of context.registry.entries) {
      entry.references.rules.forEach((rule, i) => {
        if (!known.has(rule)) {
          context.reportEntry(
            this.code,
            entry,
            ["references", "rules", i],
            `unknown runtime rule ${rule}`,
            `${suggest(rule, known, "rules in registry.yaml")} (or add the rule there)`,
          );
        }
      });
    }
    for (const { source, data } of context.state.catalogs) {
      data.events.forEach((event, e) => {
        (event.rules ?? []).forEach((rule, i) => {
          if (!known.has(rule)) {
            context.report(
              this.code,
              source.file,
              ["events", e, "rules", i],
              `unknown runtime rule ${rule}`,
              suggest(rule, known, "rules in registry.yaml"),
            );
          }
        });
      });
    }
  },
};
