import type { RegistryRule } from "../rule.js";

/** Reported when a check itself fails: a bug in the validator, never in the data. */
export const internalError: RegistryRule = {
  phase: "registry",
  code: "SAP-E099",
  description:
    "A check failed with an unexpected error (a validator bug); the message names the check.",
  check() {
    // Reported by validateRegistry when another check throws.
  },
};
