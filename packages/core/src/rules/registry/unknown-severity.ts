import { unknownVocabularyId } from "./unknown-vocabulary-id.js";

export const unknownSeverity = unknownVocabularyId("severities", {
  code: "SAP-E026",
  description: "An entry's severity is not a severity id of registry.yaml.",
  uses: (entry) => [{ id: entry.severity, path: ["severity"] }],
});
