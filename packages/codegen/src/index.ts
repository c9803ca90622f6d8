export { type BannerInfo, GENERATED_MARKER, tidy, tsBanner } from "./banner.js";
export { CORE_OWNED_DIRS, coreFiles } from "./core-files.js";
export { registryDocument } from "./document.js";
export {
  applyChanges,
  type Change,
  diffPlan,
  type GeneratedFile,
  type OutputPlan,
} from "./files.js";
export {
  type GeneratePackageOptions,
  type GenerateResult,
  generatePackage,
  generateStubs,
  packageVersion,
  readRegistryDocument,
  readSchemas,
  type StubsResult,
} from "./generate.js";
export { registryJsonText } from "./json.js";
export type {
  CoverageDoc,
  EntryDoc,
  EventDefinitionDoc,
  ParamDoc,
  PayloadFieldDoc,
  RegistryDocument,
  RetiredDoc,
  VocabularyItemDoc,
} from "./model.js";
export {
  entryConstName,
  pascalCase,
  payloadTypeName,
  propertyKey,
  stubFileName,
  stubTypePrefix,
} from "./naming.js";
export {
  DOCS_PACKAGE,
  DOCS_PACKAGE_OWNED_DIRS,
  GENERATOR,
  PACKAGE_OWNED_DIRS,
  type PackageInputs,
  packageFiles,
  type SchemaText,
  splitDocument,
} from "./package-files.js";
export { ENGINE_PACKAGE, engineSource } from "./stubs/engine-source.js";
export {
  DEFAULT_IMPORT_FROM,
  indexSource,
  type OrphanStub,
  orphanSource,
  planStubs,
  type StubsOptions,
  type StubsPlan,
} from "./stubs/plan.js";
export {
  DEFAULT_BODY,
  ENGINE_BODY,
  paramDefaultValue,
  paramValueType,
  type StubContext,
  type StubUserInput,
  stubMeta,
  stubSource,
  userInputOf,
  watchedEvents,
} from "./stubs/stub-source.js";
export {
  CHECKSUM_PREFIX,
  readUserParts,
  StubProblem,
  skeletonChecksum,
  skeletonOf,
  USER_REGIONS,
  type UserParts,
} from "./stubs/user-parts.js";
export {
  entriesModule,
  entryTypeRule,
  GENERAL_KEYS,
  WIDENED_KEYS,
} from "./transform/entries.js";
export { eventsModule } from "./transform/events-module.js";
export { payloadFieldType } from "./transform/payloads.js";
export {
  combineSchemas,
  flattenRef,
  forTypes,
  schemaTypesSource,
} from "./transform/schema-types.js";
export { vocabularyModule } from "./transform/vocabulary.js";
export { type RuleFor, type TypeRule, tsLiteral, tsTypeLiteral } from "./ts-json.js";
