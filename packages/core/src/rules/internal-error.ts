import type { InternalRule } from "./rule.js";

/** Reported by validateRegistry when a registry check throws: a bug in the validator, never in the data. */
export const internalError: InternalRule = {
  phase: "internal",
  code: "SAP-E099",
  description:
    "A check failed with an unexpected error (a validator bug, not a data problem); the message names the check.",
};
