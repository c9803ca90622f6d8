import type { ValidateFunction } from "ajv/dist/2020.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { schemas } from "../generated/schemas.js";

/** The file kinds of a registry and the schema file of each. */
export const SCHEMA_FILES = {
  registry: "registry.schema.json",
  environment: "environment.schema.json",
  retired: "retired.schema.json",
  events: "events.schema.json",
  entry: "anti-pattern.schema.json",
} as const;

export type FileKind = keyof typeof SCHEMA_FILES;

let compiled: Map<FileKind, ValidateFunction> | undefined;

/** The compiled validator of a file kind (compiled once per process, from the embedded schemas). */
export function validatorFor(kind: FileKind): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    for (const schema of Object.values(schemas)) ajv.addSchema(schema as object);
    compiled = new Map();
    for (const [k, file] of Object.entries(SCHEMA_FILES) as [FileKind, string][]) {
      const id = (schemas[file] as { $id?: string } | undefined)?.$id;
      const validate = id ? ajv.getSchema(id) : undefined;
      if (!validate)
        throw new Error(`internal: schema ${file} is not embedded; regenerate src/generated`);
      compiled.set(k, validate);
    }
  }
  const validate = compiled.get(kind);
  if (!validate) throw new Error(`internal: no validator for ${kind}`);
  return validate;
}
