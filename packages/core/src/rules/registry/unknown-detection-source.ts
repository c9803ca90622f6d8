import { unknownVocabularyId } from "./unknown-vocabulary-id.js";

export const unknownDetectionSource = unknownVocabularyId("detection_sources", {
  code: "SAP-E027",
  description: "A detection source is not a detection_sources id of registry.yaml.",
  uses: (entry) =>
    entry.detection.map((d, i) => ({ id: d.source, path: ["detection", i, "source"] })),
});
