import type { LoadedEntry } from "../../model.js";
import type { DataPath } from "../../source/source-file.js";
import type { RegistryRule } from "../rule.js";
import { ids, suggest } from "./vocabulary.js";

/**
 * The vocabularies of registry.yaml whose ids entries name, with the words
 * their diagnostics use. Categories are the one vocabulary authors are asked to
 * extend, so only their hint says so.
 */
const VOCABULARIES = {
  severities: { noun: "severity", hint: "severities in registry.yaml", extend: "" },
  categories: {
    noun: "category",
    hint: "categories in registry.yaml",
    extend: " (or add it there)",
  },
  detection_sources: {
    noun: "detection source",
    hint: "detection sources in registry.yaml",
    extend: "",
  },
  outcomes: { noun: "outcome", hint: "outcomes in registry.yaml", extend: "" },
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;

/** One id an entry names, and where in the entry it is written. */
export interface VocabularyUse {
  readonly id: string;
  readonly path: DataPath;
}

/** What one `unknown-*` rule adds to the vocabulary: its code, description and where entries name ids. */
export interface UnknownIdRule {
  readonly code: string;
  readonly description: string;
  readonly uses: (entry: LoadedEntry) => readonly VocabularyUse[];
}

/**
 * The check that every id an entry takes from `vocabulary` is declared in
 * registry.yaml: `unknown <noun> "<id>"` at the id, with the closest declared
 * id or the list of them as the hint.
 */
export function unknownVocabularyId(vocabulary: Vocabulary, rule: UnknownIdRule): RegistryRule {
  const { noun, hint, extend } = VOCABULARIES[vocabulary];
  return {
    phase: "registry",
    code: rule.code,
    description: rule.description,
    check(context) {
      const known = ids(context.registry.meta[vocabulary]);
      for (const entry of context.registry.entries) {
        for (const { id, path } of rule.uses(entry)) {
          if (known.has(id)) continue;
          context.reportEntry(
            rule.code,
            entry,
            path,
            `unknown ${noun} "${id}"`,
            `${suggest(id, known, hint)}${extend}`,
          );
        }
      }
    },
  };
}
