import { unknownVocabularyId } from "./unknown-vocabulary-id.js";

export const unknownOutcome = unknownVocabularyId("outcomes", {
  code: "SAP-E028",
  description: "A tier's outcome is not an outcome id of registry.yaml.",
  uses: (entry) =>
    entry.enforcement.tiers.map((tier, i) => ({
      id: tier.outcome,
      path: ["enforcement", "tiers", i, "outcome"],
    })),
});
