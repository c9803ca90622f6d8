import type { RegistryRule } from "../rule.js";
import { celResultType } from "./cel-result-type.js";
import { celSize } from "./cel-size.js";
import { celSyntax } from "./cel-syntax.js";
import { celTypes } from "./cel-types.js";
import { celWindowVariable } from "./cel-window-variable.js";

/** Checks across the loaded registry, run in this order (the output is sorted anyway). */
export const registryRules: readonly RegistryRule[] = [
  celSyntax,
  celTypes,
  celResultType,
  celWindowVariable,
  celSize,
];
