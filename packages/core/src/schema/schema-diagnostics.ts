import type { ErrorObject } from "ajv/dist/2020.js";
import type { Diagnostic } from "../diagnostic.js";
import { schemaRules } from "../rules/schema/index.js";
import type { DataPath, SourceFile } from "../source/source-file.js";
import { formatPath, pointerToPath } from "./data-path.js";
import type { FileKind } from "./validators.js";
import { validatorFor } from "./validators.js";

/** Validates a parsed file against its schema; every ajv error becomes a positioned diagnostic. */
export function schemaDiagnostics(source: SourceFile, kind: FileKind): Diagnostic[] {
  const validate = validatorFor(kind);
  if (validate(source.data)) return [];
  const errors = (validate.errors ?? []).filter((e) => !insideCombinator(e));
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const error of errors) {
    const d = toDiagnostic(source, error);
    const key = `${d.line}:${d.column}:${d.code}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Errors from inside a oneOf/anyOf/not branch or a propertyNames schema repeat what that keyword's own error says. */
function insideCombinator(error: ErrorObject): boolean {
  if (error.propertyName !== undefined && error.keyword !== "propertyNames") return true;
  return /\/(oneOf|anyOf|not)\//.test(error.schemaPath);
}

function codeOf(keyword: string): string {
  return schemaRules.find((rule) => rule.keywords.includes(keyword))?.code ?? "SAP-E014";
}

function toDiagnostic(source: SourceFile, error: ErrorObject): Diagnostic {
  const path = pointerToPath(source.data, error.instancePath);
  const { message, hint, at, anchor } = describe(error, path);
  const { line, column } = source.position(at, anchor);
  const d: Diagnostic = { file: source.file, line, column, code: codeOf(error.keyword), message };
  if (hint !== undefined) d.hint = hint;
  return d;
}

interface Description {
  message: string;
  hint?: string;
  at: DataPath;
  anchor: "key" | "value";
}

function describe(error: ErrorObject, path: DataPath): Description {
  const where = formatPath(path);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const described = typeof parent.description === "string" ? parent.description : undefined;
  switch (error.keyword) {
    case "additionalProperties":
    case "unevaluatedProperties": {
      const field = String(params.additionalProperty ?? params.unevaluatedProperty);
      const allowed = Object.keys((parent.properties as object | undefined) ?? {}).sort();
      return {
        message: `unknown field "${field}" ${inWhere(path)}`,
        hint: allowed.length > 0 ? `allowed fields: ${allowed.join(", ")}` : "remove it",
        at: [...path, field],
        anchor: "key",
      };
    }
    case "propertyNames": {
      const name = String(params.propertyName);
      return {
        message: `invalid name "${name}" ${inWhere(path)}`,
        hint: "names are lowercase letters, digits and underscores, starting with a letter",
        at: [...path, name],
        anchor: "key",
      };
    }
    case "required": {
      const field = String(params.missingProperty);
      const fieldSchema = ((parent.properties ?? {}) as Record<string, { description?: string }>)[
        field
      ];
      return {
        message: `missing required field "${field}" ${inWhere(path)}`,
        hint: fieldSchema?.description
          ? `add ${field}: ${fieldSchema.description}`
          : `add ${field}`,
        at: path,
        anchor: path.length > 0 ? "key" : "value",
      };
    }
    case "type":
      return {
        message: `${where} must be ${article(String(params.type))}, got ${typeName(error.data)}`,
        hint: `write ${where} as ${article(String(params.type))}${described ? `: ${described}` : ""}`,
        at: path,
        anchor: "value",
      };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ");
      return {
        message: `${where} is ${JSON.stringify(error.data)}, not one of the allowed values`,
        hint: `use one of: ${allowed}`,
        at: path,
        anchor: "value",
      };
    }
    case "pattern":
      return {
        message: `${where} ${JSON.stringify(error.data)} does not match the required format ${String(params.pattern)}`,
        hint: described ? `expected: ${described}` : "fix the value to match the format",
        at: path,
        anchor: "value",
      };
    case "oneOf": {
      const fields = oneOfFields(parent.oneOf);
      return {
        message: fields
          ? `${where} needs exactly one of ${fields.join(" or ")}`
          : `${where} must match exactly one of its allowed shapes`,
        hint: fields
          ? `write either ${fields.join(" or ")}, not both and not neither`
          : "see the schema",
        at: path,
        anchor: path.length > 0 ? "key" : "value",
      };
    }
    default:
      return {
        message: `${where} ${error.message ?? "is invalid"}`,
        hint: described ?? "see registry/schema/ for the allowed values",
        at: path,
        anchor: "value",
      };
  }
}

function inWhere(path: DataPath): string {
  return path.length === 0 ? "at the top level" : `in ${formatPath(path)}`;
}

function oneOfFields(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) return undefined;
  const fields: string[] = [];
  for (const branch of branches) {
    const required = (branch as { required?: unknown }).required;
    if (!Array.isArray(required) || required.length !== 1) return undefined;
    fields.push(String(required[0]));
  }
  return fields;
}

const TYPE_NAMES: Record<string, string> = {
  array: "list",
  object: "map",
  integer: "int",
  boolean: "bool",
};

function article(jsonType: string): string {
  const type = jsonType
    .split(",")
    .map((t) => TYPE_NAMES[t] ?? t)
    .join(" or ");
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
