/**
 * A number that may grow with the length of strings bound by enclosing
 * comprehensions: `k + Σ per[v] × len(v)`. The cost model keeps string lengths
 * and costs in this form while the comprehension that binds `v` is being
 * estimated, so scanning each element of a payload list once is charged the
 * list's total length (a line), not its length times the longest element.
 */
export interface Linear {
  readonly k: number;
  readonly per: Readonly<Record<string, number>>;
}

const NONE: Readonly<Record<string, number>> = Object.freeze({});

export function constant(k: number): Linear {
  return { k, per: NONE };
}

/** The length of the string bound to `name`. */
export function lengthOf(name: string): Linear {
  return { k: 0, per: { [name]: 1 } };
}

export function add(...terms: readonly Linear[]): Linear {
  let k = 0;
  const per: Record<string, number> = {};
  for (const t of terms) {
    k += t.k;
    for (const [v, c] of Object.entries(t.per)) per[v] = (per[v] ?? 0) + c;
  }
  return { k, per };
}

export function scale(t: Linear, factor: number): Linear {
  const per: Record<string, number> = {};
  for (const [v, c] of Object.entries(t.per)) per[v] = c * factor;
  return { k: t.k * factor, per };
}

/** The larger of two bounds, term by term (an upper bound of both). */
export function max(a: Linear, b: Linear): Linear {
  const per: Record<string, number> = { ...a.per };
  for (const [v, c] of Object.entries(b.per)) per[v] = Math.max(per[v] ?? 0, c);
  return { k: Math.max(a.k, b.k), per };
}

/** Its largest value when each bound string is at most `longest(name)` long. */
export function upper(t: Linear, longest: (name: string) => number): number {
  let total = t.k;
  for (const [v, c] of Object.entries(t.per)) total += c * longest(v);
  return total;
}

/**
 * `t` summed over the `items` iterations of a comprehension binding `name` to
 * strings at most `longest` long whose lengths add up to at most `total`: the
 * terms of other (outer) names are multiplied by the iterations, the term of
 * `name` by the total length.
 */
export function sumOver(
  t: Linear,
  name: string,
  items: number,
  longest: number,
  total: number,
): Linear {
  const own = t.per[name] ?? 0;
  const per: Record<string, number> = {};
  for (const [v, c] of Object.entries(t.per)) if (v !== name) per[v] = c * items;
  return { k: t.k * items + own * Math.min(total, items * longest), per };
}
