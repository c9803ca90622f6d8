import type { LoadedEntry, LoadedRegistry } from "@handshake/sap-core";
import { errorMessage } from "@handshake/sap-core";
import { evaluateEvents } from "./evaluate.js";

/** The outcome of running one example of one entry alone through the engine. */
export interface ExampleCheck {
  readonly anti_pattern_id: string;
  readonly kind: "trigger" | "no_trigger";
  readonly name: string;
  readonly ok: boolean;
  /** What went wrong, one line each; empty when ok. */
  readonly problems: readonly string[];
}

/**
 * Runs every example of the registry's entries (or of `ids`) alone, with its
 * param overrides, and checks it: a must-trigger example must yield exactly its
 * `expect` list for its entry (outcomes in order, triggering event ids when
 * given), a must-not example nothing for its entry, and neither an input finding.
 */
export function checkExamples(
  registry: LoadedRegistry,
  registryVersion: string,
  ids?: readonly string[],
): ExampleCheck[] {
  if (registry.machineOnly !== undefined) {
    throw new Error(
      "this registry was read without its prose, and the example logs are prose: join registry.json with the docs package's prose.json first",
    );
  }
  const wanted = ids && ids.length > 0 ? new Set(ids) : undefined;
  const out: ExampleCheck[] = [];
  for (const entry of registry.entries) {
    if (wanted && !wanted.has(entry.id)) continue;
    for (const example of entry.examples.trigger) {
      out.push(check(registry, registryVersion, entry, "trigger", example));
    }
    for (const example of entry.examples.no_trigger) {
      out.push(check(registry, registryVersion, entry, "no_trigger", example));
    }
  }
  return out;
}

interface AnyExample {
  readonly name: string;
  readonly params?: object;
  readonly events: readonly unknown[];
  readonly expect?: readonly { readonly outcome: string; readonly events?: readonly string[] }[];
}

function check(
  registry: LoadedRegistry,
  version: string,
  entry: LoadedEntry,
  kind: "trigger" | "no_trigger",
  example: AnyExample,
): ExampleCheck {
  const problems: string[] = [];
  try {
    const result = evaluateEvents(registry, example.events, {
      registryVersion: version,
      ...(example.params ? { params: { [entry.id]: example.params } } : {}),
    });
    for (const f of result.input_findings) {
      problems.push(`event ${f.line} (${f.event_id ?? "?"}): ${f.code}: ${f.message}`);
    }
    const mine = result.findings.filter((f) => f.anti_pattern_id === entry.id);
    const got = mine.map((f) => `${f.outcome} [${f.triggering_event_ids.join(", ")}]`);
    const expected = kind === "trigger" ? (example.expect ?? []) : [];
    const matches =
      mine.length === expected.length &&
      expected.every((e, i) => {
        const f = mine[i];
        if (!f || f.outcome !== e.outcome) return false;
        return (
          e.events === undefined ||
          e.events.join("\u0000") === f.triggering_event_ids.join("\u0000")
        );
      });
    if (!matches) {
      const want = expected.map(
        (e) => `${e.outcome}${e.events ? ` [${e.events.join(", ")}]` : ""}`,
      );
      problems.push(
        `expected ${want.length === 0 ? "no finding" : want.join("; ")}, got ${got.length === 0 ? "no finding" : got.join("; ")}`,
      );
    }
  } catch (error) {
    problems.push(errorMessage(error));
  }
  return {
    anti_pattern_id: entry.id,
    kind,
    name: example.name,
    ok: problems.length === 0,
    problems,
  };
}
