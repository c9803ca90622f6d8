import { createHash } from "node:crypto";
import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { canonicalJson, paramValueProblem } from "@handshake/sap-core";

/** Param overrides by entry id, then param name, as JSON values (`{"SAP-001": {"max_tree_spawns": 20}}`). */
export type ParamOverrides = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** A params file that names an unknown entry or param, or a value of the wrong type or out of bounds. */
export class ParamsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(
      `invalid params (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
    this.name = "ParamsError";
    this.problems = problems;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Every problem of a params override object against the registry's entries,
 * each naming the entry and param and what is allowed (SEMANTICS.md,
 * Parameters: an error, never a clamp).
 */
export function paramOverrideProblems(
  value: unknown,
  entries: readonly LoadedEntry[],
  retired: readonly { readonly id: string; readonly replaced_by?: string }[] = [],
): string[] {
  if (!isObject(value)) {
    return ['the params file must be a JSON object such as {"SAP-001": {"max_tree_spawns": 20}}'];
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  const problems: string[] = [];
  for (const [id, params] of Object.entries(value)) {
    const entry = byId.get(id);
    if (!entry) {
      const tomb = retired.find((r) => r.id === id);
      problems.push(
        tomb
          ? `${id}: retired (retired.yaml)${tomb.replaced_by ? `, replaced by ${tomb.replaced_by}` : ""}; remove it from the params file`
          : `${id}: no such anti-pattern in this registry`,
      );
      continue;
    }
    if (!isObject(params)) {
      problems.push(`${id}: expected an object of param values, got ${JSON.stringify(params)}`);
      continue;
    }
    const declared = Object.keys(entry.params);
    for (const [name, v] of Object.entries(params)) {
      const param = entry.params[name];
      if (!param) {
        problems.push(
          `${id}.${name}: unknown param (declared: ${declared.length > 0 ? declared.join(", ") : "none"})`,
        );
        continue;
      }
      const problem = paramValueProblem(param, v);
      if (problem) {
        const bounds =
          param.min !== undefined || param.max !== undefined
            ? `; allowed ${param.type} from ${JSON.stringify(param.min ?? "-")} to ${JSON.stringify(param.max ?? "-")}`
            : `; expected a ${param.type}`;
        problems.push(`${id}.${name}: ${problem}${bounds}`);
      }
    }
  }
  return problems;
}

/** A deployment's param overrides once checked against the registry (none when undefined); throws ParamsError. */
export function checkedOverrides(params: unknown, registry: LoadedRegistry): ParamOverrides {
  if (params === undefined) return {};
  const problems = paramOverrideProblems(params, registry.entries, registry.retired);
  if (problems.length > 0) throw new ParamsError(problems);
  // No problem: an object of objects of declared params.
  return params as ParamOverrides;
}

/** The entry's effective params as JSON values (defaults, then overrides), keys sorted. */
export function effectiveParams(
  entry: LoadedEntry,
  overrides: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(entry.params).sort()) {
    const param = entry.params[name];
    if (!param) continue;
    out[name] = overrides && name in overrides ? overrides[name] : param.default;
  }
  return out;
}

/** `sha256:<hex>` of the canonical JSON (sorted keys) of the effective params. */
export function paramsHash(effective: Record<string, unknown>): string {
  return `sha256:${createHash("sha256").update(canonicalJson(effective), "utf8").digest("hex")}`;
}
