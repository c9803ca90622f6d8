import type { RegistryRule } from "../rule.js";

export const retiredReplacedBy: RegistryRule = {
  phase: "registry",
  code: "SAP-E056",
  description: "A tombstone in retired.yaml names a replaced_by that is not a live entry.",
  check(context) {
    const file = context.state.retired?.source.file ?? "retired.yaml";
    const live = new Set(context.registry.entries.map((e) => e.id));
    for (const [i, tomb] of context.registry.retired.entries()) {
      if (tomb.replaced_by !== undefined && !live.has(tomb.replaced_by)) {
        context.report(
          this.code,
          file,
          ["retired", i, "replaced_by"],
          `${tomb.id} is replaced by ${tomb.replaced_by}, which is not a live entry`,
          "name the live anti-patterns/SAP-NNN.yaml entry that took over, or remove replaced_by",
        );
      }
    }
  },
};
