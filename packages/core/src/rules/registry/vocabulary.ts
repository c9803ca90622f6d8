import type { LoadedRegistry } from "../../model.js";

/** The ids of a registry.yaml vocabulary, for membership tests and hints. */
export function ids(list: readonly { id: string }[]): Set<string> {
  return new Set(list.map((item) => item.id));
}

/** "a, b, c" for a hint. */
export function listOf(values: Iterable<string>): string {
  return [...values].join(", ");
}

/** Every event type an entry's detection sources watch. */
export function watchedTypes(entry: LoadedRegistry["entries"][number]): Set<string> {
  return new Set(entry.detection.flatMap((d) => d.events));
}

/** The closest candidate by edit distance, when it is close enough to be a likely misspelling. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 4))
    ? best
    : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = current;
    }
  }
  return row[b.length] as number;
}

/** A hint naming the likely intended value, else listing the allowed ones. */
export function suggest(word: string, candidates: Iterable<string>, what: string): string {
  const all = [...candidates];
  const near = closest(word, all);
  return near ? `did you mean ${near}? ${what}: ${listOf(all)}` : `${what}: ${listOf(all)}`;
}
