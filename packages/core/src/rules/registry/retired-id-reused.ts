import type { RegistryRule } from "../rule.js";

export const retiredIdReused: RegistryRule = {
  phase: "registry",
  code: "SAP-E022",
  description: "A live entry uses an id listed in retired.yaml, or retired.yaml lists an id twice.",
  check(context) {
    const retiredFile = context.state.retired?.source.file ?? "retired.yaml";
    const retired = new Map<string, number>();
    context.registry.retired.forEach((tomb, i) => {
      if (retired.has(tomb.id)) {
        context.report(
          this.code,
          retiredFile,
          ["retired", i, "id"],
          `${tomb.id} is listed twice in retired.yaml`,
          "keep one tombstone per id",
        );
      } else retired.set(tomb.id, i);
    });
    for (const entry of context.registry.entries) {
      if (retired.has(entry.id)) {
        context.reportEntry(
          this.code,
          entry,
          ["id"],
          `${entry.id} is retired (retired.yaml) and can never be reused`,
          "give this entry the next free id that is neither live nor retired",
        );
      }
    }
  },
};
