import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = resolve(repoRoot, "packages/engine/test/fixtures");

type Validate = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};
let validator: Validate | undefined;

/** ajv (the engine's dev dependency) over the vendored SARIF 2.1.0 schema (draft-04: `id` read as `$id`). */
export function validateSarif(sarif: unknown): string[] {
  if (!validator) {
    const require = createRequire(resolve(repoRoot, "packages/engine/package.json"));
    const Ajv = require("ajv").default as new (
      opts: object,
    ) => {
      addFormat(name: string, test: (s: string) => boolean): void;
      compile(schema: object): Validate;
    };
    const schema = JSON.parse(
      readFileSync(join(fixtures, "sarif-2.1.0-rtm.5.schema.json"), "utf8"),
    ) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = schema;
    // The schema's patterns are ECMA-262 without the u flag.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat("uri", (s) => /^[a-z][a-z0-9+.-]*:/i.test(s));
    ajv.addFormat("uri-reference", (s) => !/\s/.test(s));
    ajv.addFormat("date-time", (s) => !Number.isNaN(Date.parse(s)));
    validator = ajv.compile({ $id: id, ...rest });
  }
  return validator(sarif)
    ? []
    : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`);
}
