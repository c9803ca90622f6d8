import { fileRules } from "./file/index.js";
import { internalError } from "./internal-error.js";
import { registryRules } from "./registry/index.js";
import type { Rule } from "./rule.js";
import { schemaRules } from "./schema/index.js";

/** Every check of the validator, sorted by code. Codes are stable and never reused. */
export const rules: readonly Rule[] = [
  ...fileRules,
  ...schemaRules,
  ...registryRules,
  internalError,
].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
