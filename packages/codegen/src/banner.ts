/** What a generated file says about itself: who wrote it, from what, and how to regenerate it. */
export interface BannerInfo {
  /** The generator, for example `@handshake/sap-codegen (sap generate)`. */
  readonly generator: string;
  /** The source the file is derived from, for example `registry/` or `registry/schema/*.schema.json`. */
  readonly source: string;
  /** The exact command that rewrites the file. */
  readonly command: string;
  /** Extra lines (without the comment prefix). */
  readonly notes?: readonly string[];
}

/** The first line of every generated TypeScript file: tests and `--check` look for it. */
export const GENERATED_MARKER = "// @generated: do not edit by hand.";

/** A `//` banner for TypeScript files. No timestamps: the same input gives the same bytes. */
export function tsBanner(info: BannerInfo): string {
  const lines = [
    GENERATED_MARKER,
    `// Generator: ${info.generator}`,
    `// Source: ${info.source}`,
    `// Regenerate: ${info.command}`,
    ...(info.notes ?? []).map((note) => (note === "" ? "//" : `// ${note}`)),
  ];
  return `${lines.join("\n")}\n`;
}

/** Deterministic whitespace: no trailing spaces, LF only, exactly one final newline. */
export function tidy(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  return `${lines
    .map((line) => line.trimEnd())
    .join("\n")
    .trimEnd()}\n`;
}
