import { parseDuration } from "@handshake/sap-core";
import { StructureKind } from "ts-morph";
import { GENERATED_MARKER, tidy } from "../banner.js";
import type { EntryDoc, ParamDoc, RegistryDocument } from "../model.js";
import { stubTypePrefix } from "../naming.js";
import { printStatements } from "../printer.js";
import { exportConst, jsDocComment, type Statement } from "../statements.js";
import { docText } from "../transform/payloads.js";
import { tsLiteral } from "../ts-json.js";
import {
  CHECKSUM_PREFIX,
  readUserParts,
  skeletonChecksum,
  skeletonOf,
  USER_REGIONS,
  type UserParts,
} from "./user-parts.js";

/** Where a stub's generated code comes from and how it is regenerated. */
export interface StubContext {
  readonly document: RegistryDocument;
  /** The module stubs import types from: the registry package's name. */
  readonly importFrom: string;
  /** The exact command that regenerates the stubs, for the banner. */
  readonly command: string;
  /**
   * New stubs' default body runs the entry's trigger through @handshake/sap-engine
   * (via the generated engine.ts) instead of returning not_implemented.
   */
  readonly engine?: boolean;
}

/** The user's parts to put into a stub; undefined parts get the defaults. */
export interface StubUserInput {
  readonly body?: string;
  readonly paramNames?: readonly string[];
  readonly isAsync?: boolean;
  readonly regions?: ReadonlyMap<string, string>;
}

const BODY_TOKEN = "__SAP_STUB_DETECT_BODY__";
const regionToken = (name: string): string => `__SAP_STUB_REGION_${name}__`;

/** The default body: a clearly marked not-implemented result, never a pass. */
export const DEFAULT_BODY = `{
  // TODO: implement this detector. Until then it reports not_implemented,
  // which summarizeResults/runDetectors count as a gap, never as a pass.
  return notImplemented(meta.id);
}`;

/** The default body with --engine: the registry's own trigger, evaluated by the engine. */
export const ENGINE_BODY = `{
  // Default: the registry's trigger for this entry, evaluated by @handshake/sap-engine
  // over this event and the ones before it. Replace it with your own logic if you need to.
  return engineDetect(meta.id, event, context);
}`;

/** Every event type an entry watches (its detection sources), sorted, each once. */
export function watchedEvents(entry: EntryDoc): string[] {
  return [...new Set(entry.detection.flatMap((d) => d.events))].sort();
}

/** The TypeScript type of a param value as a detector receives it. */
export function paramValueType(param: ParamDoc): string {
  switch (param.type) {
    case "int":
    case "double":
    case "duration":
      return "number";
    case "bool":
      return "boolean";
    case "string":
      return "string";
    case "string_list":
      return "readonly string[]";
  }
}

/** A param's default as a detector receives it: durations in milliseconds (core's one duration rule). */
export function paramDefaultValue(param: ParamDoc): unknown {
  return param.type === "duration"
    ? (parseDuration(param.default) ?? param.default)
    : param.default;
}

function paramDoc(param: ParamDoc): string {
  const bounds = [
    `${param.type}`,
    `default ${JSON.stringify(param.default)}`,
    ...("min" in param ? [`min ${JSON.stringify((param as { min?: unknown }).min)}`] : []),
    ...("max" in param ? [`max ${JSON.stringify((param as { max?: unknown }).max)}`] : []),
    ...("unit" in param ? [`unit ${String((param as { unit?: unknown }).unit)}`] : []),
  ];
  const ms = param.type === "duration" ? "Milliseconds." : "";
  // A machine registry.json has no param descriptions (they ship in the docs package).
  const text = [param.description, ms].filter((t) => t !== undefined && t !== "").join(" ");
  return docText([...(text === "" ? [] : [text]), `(${bounds.join(", ")})`]);
}

/** The metadata a stub carries for its id: enough to read the file without the registry open. */
export function stubMeta(entry: EntryDoc, document: RegistryDocument): Record<string, unknown> {
  return {
    id: entry.id,
    slug: entry.slug,
    title: entry.title,
    severity: entry.severity,
    category: entry.category,
    status: entry.status,
    ...(entry.replaced_by !== undefined ? { replacedBy: entry.replaced_by } : {}),
    mode: (entry.enforcement as { mode?: string }).mode ?? "enforce",
    outcomes: [...new Set(entry.enforcement.tiers.map((t) => t.outcome))],
    events: watchedEvents(entry),
    trigger: entry.trigger,
    registryVersion: document.version,
    registryHash: document.content_hash,
  };
}

function banner(entry: EntryDoc, context: StubContext, checksum: string): string {
  const { document } = context;
  const lines = [
    `${GENERATED_MARKER} Except: the body of \`detect\` and the \`#region user\` blocks.`,
    "// Generator: @handshake/sap-codegen (sap stubs)",
    `// Source: ${context.importFrom}@${document.version} registry.json, ${entry.id} (${document.content_hash})`,
    `// Regenerate: ${context.command}`,
    "// Regeneration rewrites everything else (this header, imports, metadata, types, the",
    "// signature of detect) and keeps your parts byte for byte.",
  ];
  if (entry.status === "deprecated") {
    lines.push(
      `// DEPRECATED in this registry version${entry.replaced_by ? `: replaced by ${entry.replaced_by}` : ""}.`,
    );
  }
  lines.push(`${CHECKSUM_PREFIX}${checksum}`);
  return `${lines.join("\n")}\n`;
}

/** The statements of a stub, with tokens where the user's parts go. */
function skeletonStatements(
  entry: EntryDoc,
  context: StubContext,
  input: StubUserInput,
): Statement[] {
  const prefix = stubTypePrefix(entry.id);
  const paramsType = `${prefix}Params`;
  const eventType = `${prefix}Event`;
  const events = watchedEvents(entry);
  const params = Object.keys(entry.params).sort();
  const [eventName = "event", contextName = "context"] = input.paramNames ?? [];
  const returns = input.isAsync === true ? "Promise<DetectorResult>" : "DetectorResult";
  const deprecated =
    entry.status === "deprecated"
      ? [`@deprecated ${entry.replaced_by ? `Replaced by ${entry.replaced_by}.` : "Deprecated."}`]
      : [];
  const region =
    (name: string): Statement =>
    (writer) => {
      writer.blankLineIfLastNot();
      writer
        .write(`// #region user ${name}\n${regionToken(name)}// #endregion user ${name}`)
        .newLine();
    };
  return [
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: context.importFrom,
      namedImports: ["AuditEvent", "DetectorContext", "DetectorResult"],
    },
    context.engine === true
      ? {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: "./engine.js",
          namedImports: ["engineDetect", "engineFlush"],
        }
      : {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: context.importFrom,
          namedImports: ["notImplemented"],
        },
    region(USER_REGIONS[0]),
    exportConst(
      "meta",
      `${tsLiteral(stubMeta(entry, context.document))} as const`,
      docText([`${entry.id}: ${entry.title} (${entry.severity}, ${entry.status}).`, ...deprecated]),
    ),
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: paramsType,
      docs: [`Params of ${entry.id} after deployment overrides; durations in milliseconds.`],
      properties: params.map((name) => ({
        name,
        isReadonly: true,
        type: paramValueType(entry.params[name] as ParamDoc),
        docs: [paramDoc(entry.params[name] as ParamDoc)],
      })),
    },
    exportConst(
      "defaultParams",
      `${tsLiteral(Object.fromEntries(params.map((n) => [n, paramDefaultValue(entry.params[n] as ParamDoc)])))} as const satisfies ${paramsType}`,
      "The registry's default params (durations in milliseconds).",
    ),
    (writer) => {
      writer.blankLineIfLastNot();
      writer.writeLine(
        jsDocComment(`The audit events ${entry.id} watches, with their typed payloads.`),
      );
      const members = events.map((e) => `\n  | AuditEvent<${JSON.stringify(e)}>`).join("");
      writer
        .write(`export type ${eventType} =${events.length === 0 ? " never" : members};`)
        .newLine();
    },
    ...(context.engine === true
      ? [
          ((writer) => {
            writer.blankLineIfLastNot();
            writer.writeLine(
              jsDocComment(
                "After the last event of a run: what only the end of the log decides (runDetectors calls it).",
              ),
            );
            writer
              .write(
                `export function flush(context: DetectorContext<${paramsType}>): DetectorResult {\n  return engineFlush(meta.id, context);\n}`,
              )
              .newLine();
          }) satisfies Statement,
        ]
      : []),
    region(USER_REGIONS[1]),
    (writer) => {
      writer.blankLineIfLastNot();
      writer.writeLine(
        jsDocComment(
          docText([
            `Detects ${entry.id} (${entry.title}) in one audit event.`,
            "",
            `Trigger (CEL, as the engine evaluates it) on ${entry.trigger.on.join(", ")}:`,
            ...conditionLines(
              entry.trigger.condition,
              entry.trigger.window ? ` (${entry.trigger.window.kind} window)` : "",
            ),
            "",
            "The body is yours: regeneration keeps it byte for byte.",
            context.engine === true
              ? "The default body evaluates the registry's trigger with @handshake/sap-engine."
              : "The default body returns not_implemented: reported, never counted as a pass.",
            ...(deprecated.length > 0 ? ["", ...deprecated] : []),
          ]),
        ),
      );
      writer
        .write(
          `export ${input.isAsync === true ? "async " : ""}function detect(${eventName}: ${eventType}, ${contextName}: DetectorContext<${paramsType}>): ${returns} ${BODY_TOKEN}`,
        )
        .newLine();
    },
  ];
}

function splice(text: string, token: string, value: string): string {
  const at = text.indexOf(token);
  if (at < 0 || text.indexOf(token, at + token.length) >= 0) {
    throw new Error(`internal: stub template token ${token} must occur exactly once`);
  }
  return text.slice(0, at) + value + text.slice(at + token.length);
}

/**
 * The full text of one stub: generated parts from the registry document, the
 * user's parts spliced in byte for byte, and the checksum of the generated
 * skeleton (so later runs notice hand edits outside the user's parts).
 */
export function stubSource(
  entry: EntryDoc,
  context: StubContext,
  input: StubUserInput = {},
): string {
  const printed = tidy(printStatements("stub.ts", skeletonStatements(entry, context, input)));
  const fill = (body: string, regions: ReadonlyMap<string, string>): string => {
    let out = splice(printed, BODY_TOKEN, body);
    for (const name of USER_REGIONS) out = splice(out, regionToken(name), regions.get(name) ?? "");
    return out;
  };
  const bannerLines = (checksum: string | undefined): string =>
    banner(entry, context, checksum ?? "")
      .split("\n")
      .filter((line) => checksum !== undefined || !line.startsWith(CHECKSUM_PREFIX))
      .join("\n");
  const code = fill(
    input.body ?? (context.engine === true ? ENGINE_BODY : DEFAULT_BODY),
    input.regions ?? new Map(),
  );
  const unsigned = `${bannerLines(undefined)}\n${code}`;
  const checksum = skeletonChecksum(skeletonOf(unsigned, readUserParts("stub.ts", unsigned)));
  return `${bannerLines(checksum)}\n${code}`;
}

/** The user input of an existing stub, ready to feed back into stubSource. */
export function userInputOf(parts: UserParts): StubUserInput {
  return {
    body: parts.body,
    paramNames: parts.paramNames,
    isAsync: parts.isAsync,
    regions: new Map([...parts.regions].map(([name, region]) => [name, region.text])),
  };
}

/** The trigger condition as doc lines: one line, or one per event type for a per-event-type map. */
function conditionLines(
  condition: string | { readonly [eventType: string]: string | undefined },
  windowNote: string,
): string[] {
  if (typeof condition === "string") return [`\`${condition}\`${windowNote}`];
  return [
    ...Object.entries(condition).map(([type, cel]) => `- on ${type}: \`${cel ?? ""}\``),
    ...(windowNote === "" ? [] : [windowNote.trim()]),
  ];
}
