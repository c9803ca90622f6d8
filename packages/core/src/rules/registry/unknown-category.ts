import { unknownVocabularyId } from "./unknown-vocabulary-id.js";

export const unknownCategory = unknownVocabularyId("categories", {
  code: "SAP-E025",
  description: "An entry's category is not a category id of registry.yaml.",
  uses: (entry) => [{ id: entry.category, path: ["category"] }],
});
