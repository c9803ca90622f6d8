import type { RegistryRule } from "../rule.js";
import { celByEventKeys } from "./cel-by-event-keys.js";
import { celCost } from "./cel-cost.js";
import { celRegex } from "./cel-regex.js";
import { celResultType } from "./cel-result-type.js";
import { celSize } from "./cel-size.js";
import { celSyntax } from "./cel-syntax.js";
import { celTypes } from "./cel-types.js";
import { celWindowVariable } from "./cel-window-variable.js";
import { duplicateEventId } from "./duplicate-event-id.js";
import { duplicateEventType } from "./duplicate-event-type.js";
import { duplicateId } from "./duplicate-id.js";
import { duplicateVocabularyId } from "./duplicate-vocabulary-id.js";
import { entryFileName } from "./entry-file-name.js";
import { environmentShape } from "./environment-shape.js";
import { evidenceRecordField } from "./evidence-record-field.js";
import { exampleEventIds } from "./example-event-ids.js";
import { exampleExpect } from "./example-expect.js";
import { exampleParams } from "./example-params.js";
import { examplePayload } from "./example-payload.js";
import { exampleSessionField } from "./example-session-field.js";
import { exampleTimestamp } from "./example-timestamp.js";
import { experimentalEnforce } from "./experimental-enforce.js";
import { paramBounds } from "./param-bounds.js";
import { paramDefault } from "./param-default.js";
import { paramUnused } from "./param-unused.js";
import { payloadFieldShape } from "./payload-field-shape.js";
import { replacedBy } from "./replaced-by.js";
import { retiredIdReused } from "./retired-id-reused.js";
import { retiredReplacedBy } from "./retired-replaced-by.js";
import { sessionField } from "./session-field.js";
import { spanParam } from "./span-param.js";
import { tierOrder } from "./tier-order.js";
import { tierStrictness } from "./tier-strictness.js";
import { triggerNotWatched } from "./trigger-not-watched.js";
import { unknownCategory } from "./unknown-category.js";
import { unknownDetectionSource } from "./unknown-detection-source.js";
import { unknownEventType } from "./unknown-event-type.js";
import { unknownOutcome } from "./unknown-outcome.js";
import { unknownRuleReference } from "./unknown-rule-reference.js";
import { unknownSeverity } from "./unknown-severity.js";
import { windowShape } from "./window-shape.js";

/** Checks across the loaded registry, by code (the output is sorted by position anyway). */
export const registryRules: readonly RegistryRule[] = [
  entryFileName,
  duplicateId,
  retiredIdReused,
  retiredReplacedBy,
  replacedBy,
  experimentalEnforce,
  unknownCategory,
  unknownSeverity,
  unknownDetectionSource,
  unknownOutcome,
  unknownRuleReference,
  unknownEventType,
  triggerNotWatched,
  evidenceRecordField,
  paramDefault,
  paramBounds,
  paramUnused,
  spanParam,
  tierOrder,
  tierStrictness,
  windowShape,
  celSyntax,
  celTypes,
  celResultType,
  celWindowVariable,
  celSize,
  celCost,
  celRegex,
  celByEventKeys,
  examplePayload,
  exampleSessionField,
  exampleParams,
  exampleExpect,
  exampleEventIds,
  exampleTimestamp,
  duplicateEventType,
  duplicateEventId,
  sessionField,
  payloadFieldShape,
  environmentShape,
  duplicateVocabularyId,
];
