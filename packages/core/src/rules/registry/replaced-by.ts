import type { RegistryRule } from "../rule.js";

export const replacedBy: RegistryRule = {
  phase: "registry",
  code: "SAP-E023",
  description:
    "replaced_by is missing on a deprecated entry, present on a live one, or does not name a live, non-deprecated entry.",
  check(context) {
    const byId = new Map(context.registry.entries.map((e) => [e.id, e]));
    for (const entry of context.registry.entries) {
      const target = entry.replaced_by;
      if (entry.status === "deprecated" && target === undefined) {
        context.reportEntry(
          this.code,
          entry,
          ["status"],
          `deprecated entry ${entry.id} has no replaced_by`,
          "add replaced_by: the id of the live entry that supersedes it",
        );
        continue;
      }
      if (target === undefined) continue;
      if (entry.status !== "deprecated") {
        context.reportEntry(
          this.code,
          entry,
          ["replaced_by"],
          `replaced_by is only allowed on deprecated entries (status is ${entry.status})`,
          "remove replaced_by, or set status: deprecated",
        );
        continue;
      }
      const replacement = byId.get(target);
      if (target === entry.id) {
        context.reportEntry(
          this.code,
          entry,
          ["replaced_by"],
          `${entry.id} is replaced by itself`,
          "name the entry that supersedes this one",
        );
      } else if (!replacement) {
        context.reportEntry(
          this.code,
          entry,
          ["replaced_by"],
          `replaced_by ${target} is not a live entry`,
          "name an existing anti-patterns/SAP-NNN.yaml entry that is not deprecated",
        );
      } else if (replacement.status === "deprecated") {
        context.reportEntry(
          this.code,
          entry,
          ["replaced_by"],
          `replaced_by ${target} is itself deprecated`,
          `point at the entry that replaces ${target} (${replacement.replaced_by ?? "none"}) instead`,
        );
      }
    }
  },
};
