/**
 * A node of a cel-js 8 AST, as far as this package reads it: `op` ("rcall",
 * "value", "."...), `args` (shape by op), the source range and, once checked,
 * the type. A macro call keeps its expansion in `meta.alternate`.
 */
/** A cel-js checked type: kind ("primitive", "list", "map", "message"...) and name. */
export interface CheckedType {
  readonly kind: string;
  readonly name: string;
  readonly keyType?: CheckedType;
  readonly valueType?: CheckedType;
}

export interface CelNode {
  readonly op: string;
  readonly args: unknown;
  readonly start: number;
  readonly end: number;
  readonly checkedType?: CheckedType;
  readonly meta?: { readonly alternate?: unknown };
}

export function isCelNode(value: unknown): value is CelNode {
  return typeof value === "object" && value !== null && "op" in value && "start" in value;
}

/** Calls `visit` on every node of the AST once, parents first (macro expansions included). */
export function forEachCelNode(ast: unknown, visit: (node: CelNode) => void): void {
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!isCelNode(value)) return;
    visit(value);
    walk(value.args);
    walk(value.meta?.alternate);
  };
  walk(ast);
}
