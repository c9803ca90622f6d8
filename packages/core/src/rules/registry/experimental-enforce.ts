import type { RegistryRule } from "../rule.js";

export const experimentalEnforce: RegistryRule = {
  phase: "registry",
  code: "SAP-E024",
  description:
    "An experimental entry sets enforcement.mode: enforce (experimental entries are audit-only).",
  check(context) {
    for (const entry of context.registry.entries) {
      if (entry.status === "experimental" && entry.enforcement.mode === "enforce") {
        context.reportEntry(
          this.code,
          entry,
          ["enforcement", "mode"],
          "experimental entries cannot enforce",
          "remove enforcement.mode (experimental defaults to audit), or promote the entry to status: stable",
        );
      }
    }
  },
};
