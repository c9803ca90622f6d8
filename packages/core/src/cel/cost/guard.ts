import type { LoadedRegistry } from "../../model.js";
import { fieldOf } from "../cel-class.js";
import type { FieldRead } from "./estimate.js";

/** A field read outside the payload is over the bound the cost estimate assumed. */
export class CostBoundError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CostBoundError";
  }
}

/** Steps from a variable to the field: a field name, or "*" for each item of a list. */
type Path = readonly string[];

interface Check {
  readonly path: Path;
  readonly kind: FieldRead["kind"];
}

/**
 * Where values of each environment type are found, starting from the
 * variables: SessionContext at session, parent and root; ConsentReceipt at
 * session.consent_receipts.*, and so on. EntryParams is `params`.
 */
function typePaths(registry: LoadedRegistry): Map<string, Path[]> {
  const { types, variables } = registry.environment;
  const paths = new Map<string, Path[]>([["EntryParams", [["params"]]]]);
  const visit = (typeName: string, path: Path, seen: ReadonlySet<string>) => {
    if (seen.has(typeName)) return;
    const list = paths.get(typeName) ?? [];
    list.push(path);
    paths.set(typeName, list);
    const type = types[typeName];
    if (!type) return;
    const next = new Set(seen).add(typeName);
    for (const [field, decl] of Object.entries(type.fields)) {
      const t = decl?.type ?? "";
      const element = /^list<([A-Z]\w*)>$/.exec(t)?.[1];
      if (element) visit(element, [...path, field, "*"], next);
      else if (/^[A-Z]\w*$/.test(t)) visit(t, [...path, field], next);
    }
  };
  for (const [name, variable] of Object.entries(variables)) {
    if (variable) visit(variable.type, [name], new Set());
  }
  return paths;
}

function show(path: Path, indexes: readonly number[]): string {
  let i = 0;
  return path
    .map((step) => (step === "*" ? `[${indexes[i++]}]` : `.${step}`))
    .join("")
    .slice(1);
}

function sizeOf(value: unknown): number {
  if (typeof value === "string" || Array.isArray(value)) return value.length;
  if (value instanceof Map) return value.size;
  if (typeof value === "object" && value !== null) return Object.keys(value).length;
  return 0;
}

/**
 * The check an engine runs before evaluating an expression that reads these
 * fields: every list it may read outside the payload has at most
 * limits.max_context_list_items items whose strings together are at most
 * limits.max_line_bytes characters, and a string param is at most that long. Payload lists need no
 * check here: a payload with a longer list is refused before any trigger
 * runs. Throws CostBoundError naming the value; undefined when there is
 * nothing to check.
 */
export function costGuard(
  registry: LoadedRegistry,
  reads: readonly FieldRead[],
): ((activation: Readonly<Record<string, unknown>>) => void) | undefined {
  if (reads.length === 0) return undefined;
  const { max_context_list_items: maxItems, max_line_bytes: maxChars } = registry.meta.limits;
  const paths = typePaths(registry);
  const checks: Check[] = reads.flatMap((read) =>
    (read.variable ? [[read.variable]] : (paths.get(read.type) ?? [])).map((p) => ({
      path: [...p, read.field],
      kind: read.kind,
    })),
  );
  const fail = (path: Path, indexes: readonly number[], size: number, unit: string): never => {
    const [limit, value] =
      unit === "items" ? ["max_context_list_items", maxItems] : ["max_line_bytes", maxChars];
    throw new CostBoundError(
      `${show(path, indexes)} has ${size} ${unit}, more than limits.${limit} (${value}) that the trigger's cost bound assumes: not evaluated`,
    );
  };
  const walk = (value: unknown, path: Path, at: number, indexes: number[], check: Check): void => {
    if (at === path.length) {
      const size = sizeOf(value);
      if (check.kind === "string") {
        if (size > maxChars) fail(path, indexes, size, "characters");
        return;
      }
      if (size > maxItems) fail(path, indexes, size, "items");
      if (Array.isArray(value)) {
        let chars = 0;
        for (const item of value) if (typeof item === "string") chars += item.length;
        if (chars > maxChars) fail(path, indexes, chars, "characters");
      }
      return;
    }
    const step = path[at] as string;
    if (step === "*") {
      if (!Array.isArray(value)) return;
      value.forEach((item, i) => {
        walk(item, path, at + 1, [...indexes, i], check);
      });
      return;
    }
    const next = fieldOf(value as Record<string, unknown> | undefined, step);
    if (next === undefined || next === null) return;
    walk(next, path, at + 1, indexes, check);
  };
  return (activation) => {
    for (const check of checks) {
      walk(activation[check.path[0] as string], check.path, 1, [], check);
    }
  };
}
