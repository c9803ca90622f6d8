import type { SchemaRule } from "../rule.js";
import { constraint } from "./constraint.js";
import { missingField } from "./missing-field.js";
import { unknownField } from "./unknown-field.js";
import { valueNotAllowed } from "./value-not-allowed.js";
import { wrongType } from "./wrong-type.js";

/** JSON Schema checks (registry/schema/*.schema.json), one code per kind of ajv error. */
export const schemaRules: readonly SchemaRule[] = [
  unknownField,
  missingField,
  wrongType,
  valueNotAllowed,
  constraint,
];
