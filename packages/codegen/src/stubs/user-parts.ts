import { createHash } from "node:crypto";
import { type Project, SyntaxKind } from "ts-morph";
import { memoryProject } from "../printer.js";

/** The user regions every stub has, in file order. */
export const USER_REGIONS = ["imports", "helpers"] as const;
export type UserRegion = (typeof USER_REGIONS)[number];

/** `// #region user NAME` / `// #endregion user NAME`, alone on a line. */
export const REGION_START = /^[ \t]*\/\/ #region user ([A-Za-z0-9_-]+)[ \t]*$/;
export const REGION_END = /^[ \t]*\/\/ #endregion user ([A-Za-z0-9_-]+)[ \t]*$/;

/** The line that carries a stub's skeleton checksum. */
export const CHECKSUM_PREFIX = "// Checksum: ";

/** A span of a file's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a user owns in a stub, as written, with where it sits in the file. */
export interface UserParts {
  /** The body of `detect`, braces included, byte for byte. */
  readonly body: string;
  readonly bodySpan: Span;
  /** The whole `detect` declaration (keyword to closing brace, without its JSDoc). */
  readonly declarationSpan: Span;
  /** Parameter names of `detect` as the user wrote them. */
  readonly paramNames: readonly string[];
  readonly isAsync: boolean;
  /** Region contents (the lines between the markers, newline-terminated), by name. */
  readonly regions: ReadonlyMap<string, { readonly text: string; readonly span: Span }>;
  /** The checksum recorded in the file, if any. */
  readonly checksum: string | undefined;
}

/** A problem that stops regeneration of a stub; nothing is written when there is one. */
export class StubProblem extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}  ${message}`);
    this.name = "StubProblem";
  }
}

let parser: Project | undefined;

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Reads the user's parts of an existing stub with ts-morph (the `detect`
 * function by its syntax tree, so comments, nested functions and template
 * strings inside it are just text), and the user regions by their marker lines
 * outside the body. Throws StubProblem when the stub cannot be read safely.
 */
export function readUserParts(file: string, text: string): UserParts {
  parser ??= memoryProject();
  const project = parser;
  const source = project.createSourceFile("stub.ts", text, { overwrite: true });
  const detect = source.getFunction("detect");
  const body = detect?.getBody();
  if (detect === undefined || body === undefined) {
    throw new StubProblem(
      file,
      1,
      "no `export function detect(...) { ... }` found: restore it, or move the file away to get a fresh stub",
    );
  }
  const bodySpan = { start: body.getStart(), end: body.getEnd() };
  const declarationSpan = { start: detect.getStart(), end: detect.getEnd() };
  const paramNames = detect.getParameters().map((p) => p.getName());
  const isAsync = detect.hasModifier(SyntaxKind.AsyncKeyword);
  project.removeSourceFile(source);

  const regions = new Map<string, { text: string; span: Span }>();
  let open: { name: string; contentStart: number; line: number } | undefined;
  let checksum: string | undefined;
  let offset = 0;
  for (const lineText of text.split("\n")) {
    const lineStart = offset;
    const next = offset + lineText.length + 1;
    offset = next;
    if (lineStart >= bodySpan.start && lineStart < bodySpan.end) continue;
    const bare = lineText.replace(/\r$/, "");
    if (open === undefined && checksum === undefined && bare.startsWith(CHECKSUM_PREFIX)) {
      checksum = bare.slice(CHECKSUM_PREFIX.length).trim();
      continue;
    }
    const start = REGION_START.exec(bare);
    const end = REGION_END.exec(bare);
    if (start !== null) {
      const name = start[1] as string;
      if (open !== undefined) {
        throw new StubProblem(
          file,
          lineOf(text, lineStart),
          `region "${name}" starts inside region "${open.name}"; close "${open.name}" first`,
        );
      }
      if (!(USER_REGIONS as readonly string[]).includes(name)) {
        throw new StubProblem(
          file,
          lineOf(text, lineStart),
          `unknown user region "${name}"; use one of: ${USER_REGIONS.join(", ")}`,
        );
      }
      if (regions.has(name)) {
        throw new StubProblem(
          file,
          lineOf(text, lineStart),
          `user region "${name}" appears twice; merge them`,
        );
      }
      open = { name, contentStart: Math.min(next, text.length), line: lineOf(text, lineStart) };
    } else if (end !== null) {
      const name = end[1] as string;
      if (open === undefined || open.name !== name) {
        throw new StubProblem(
          file,
          lineOf(text, lineStart),
          `"#endregion user ${name}" without a matching "#region user ${name}"`,
        );
      }
      regions.set(name, {
        text: text.slice(open.contentStart, lineStart),
        span: { start: open.contentStart, end: lineStart },
      });
      open = undefined;
    }
  }
  if (open !== undefined) {
    throw new StubProblem(
      file,
      open.line,
      `region "${open.name}" is never closed; add "// #endregion user ${open.name}"`,
    );
  }
  return {
    body: text.slice(bodySpan.start, bodySpan.end),
    bodySpan,
    declarationSpan,
    paramNames,
    isAsync,
    regions,
    checksum,
  };
}

/**
 * The stub with every user part emptied (the `detect` declaration, whose
 * parameter names, async and body are the user's, becomes `function detect() {}`;
 * regions become empty) and the checksum line removed: what the generator
 * alone decided.
 */
export function skeletonOf(text: string, parts: UserParts): string {
  const cuts: { span: Span; with: string }[] = [
    { span: parts.declarationSpan, with: "function detect() {}" },
    ...[...parts.regions.values()].map((r) => ({ span: r.span, with: "" })),
  ].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const cut of cuts) out = out.slice(0, cut.span.start) + cut.with + out.slice(cut.span.end);
  return out
    .split("\n")
    .filter((line) => !line.startsWith(CHECKSUM_PREFIX))
    .join("\n");
}

/** Short sha256 of a skeleton: recorded in each stub to notice edits outside the user parts. */
export function skeletonChecksum(skeleton: string): string {
  return createHash("sha256").update(skeleton, "utf8").digest("hex").slice(0, 16);
}
