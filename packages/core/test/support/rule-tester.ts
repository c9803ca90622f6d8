import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic, Rule } from "../../src/index.js";
import { formatDiagnostic, validateRegistry } from "../../src/index.js";

/**
 * typescript-eslint's `RuleTester`, for the registry validator: each case is a
 * small patch over a base registry, written as real files to a temp directory
 * and run through the real loader and every check (`validateRegistry`).
 *
 * The base is fixtures/_base, not the repository's registry/: it has one entry
 * and two short event files, so a case's expected line and column can be read
 * off a file a reviewer can hold in their head, and they stay put when
 * registry/ grows or its entries are edited (every edit of
 * registry/anti-patterns/SAP-001.yaml would shift them). It is also what every
 * fixture folder and the coverage and property tests derive from, and it
 * validates cleanly (fixtures.test.ts asserts that).
 */
const BASE = join(import.meta.dirname, "..", "fixtures", "_base");

/** The base registry's one entry, the file most cases patch. */
export const ENTRY = "anti-patterns/SAP-001.yaml";

/**
 * One text edit: `find` must occur exactly once in the file (or in its line
 * `line`, counted in the text as edited so far), so a drifted base fails loudly.
 */
export interface Edit {
  readonly find: string;
  readonly replace: string;
  readonly line?: number;
}

/** What a patch does to one path of the registry (relative to its root). */
export type Change =
  /** Text edits to the base file at this path, applied in order. */
  | Edit
  | readonly Edit[]
  /** A new file: a copy of another base file, edited. */
  | { readonly copyOf: string; readonly edits?: readonly Edit[] }
  /** The file's whole content. */
  | { readonly write: string | Uint8Array }
  /** Deletes the file or folder. */
  | { readonly remove: true }
  /** Makes an (empty) folder at the path, replacing what was there. */
  | { readonly mkdir: true }
  /** Makes the path a symbolic link to `symlink` (relative to the link's folder, or absolute). */
  | { readonly symlink: string };

/** Changes by path, applied in the order written. */
export type Patch = Readonly<Record<string, Change>>;

/** A near-miss: the patched registry must load with no diagnostic at all. */
export interface ValidCase {
  readonly name: string;
  readonly patch: Patch;
}

/** What one expected diagnostic of the rule under test says, and where. */
export interface ExpectedError {
  /** Relative to the registry root. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A mistake: the rule must report exactly `errors`, in the validator's (sorted) order. */
export interface InvalidCase {
  readonly name: string;
  readonly patch: Patch;
  /** Validate this path of the patched copy instead of its root (a registry path that is a file, or missing). */
  readonly root?: string;
  readonly errors: readonly ExpectedError[];
}

/** Text of a file of the base registry, to build a `write` from. */
export function readBase(file: string): string {
  return readFileSync(join(BASE, file), "utf8");
}

/**
 * Copies the base registry to a fresh temp folder, applies the patch,
 * validates it (or the path `root` of it) and deletes the folder. Diagnostics
 * name their files relative to the registry root.
 */
export function validatePatched(patch: Patch, root = ""): { diagnostics: Diagnostic[] } {
  const dir = mkdtempSync(join(tmpdir(), "sap-rule-case-"));
  try {
    cpSync(BASE, dir, { recursive: true, dereference: true });
    for (const [path, change] of Object.entries(patch)) apply(dir, path, change);
    const { diagnostics } = validateRegistry(join(dir, root));
    return {
      diagnostics: diagnostics.map((d) => ({ ...d, file: relative(dir, d.file) || "." })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function apply(dir: string, path: string, change: Change): void {
  const target = join(dir, path);
  if ("find" in change || Array.isArray(change)) {
    const edits = Array.isArray(change) ? change : [change as Edit];
    writeFileSync(target, edited(path, readFileSync(target, "utf8"), edits));
    return;
  }
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  if ("copyOf" in change) {
    writeFileSync(target, edited(path, readBase(change.copyOf), change.edits ?? []));
  } else if ("write" in change) writeFileSync(target, change.write);
  else if ("mkdir" in change) mkdirSync(target);
  else if ("symlink" in change) symlinkSync(change.symlink, target);
}

function edited(path: string, text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { find, replace, line } of edits) {
    const lines = out.split("\n");
    const scope = line === undefined ? out : (lines[line - 1] ?? "");
    const count = scope.split(find).length - 1;
    if (count !== 1) {
      const where = line === undefined ? "" : ` in line ${line}`;
      throw new Error(
        `patch of ${path}: ${JSON.stringify(find)} occurs ${count} times${where}; make it match exactly once`,
      );
    }
    if (line === undefined) out = out.replace(find, () => replace);
    else {
      lines[line - 1] = scope.replace(find, () => replace);
      out = lines.join("\n");
    }
  }
  return out;
}

/**
 * Declares the tests of one rule: each valid case loads with no diagnostic
 * (so the near-miss did reach the rule, and passed it); each invalid case gets
 * exactly its expected diagnostics of the rule's code, each with a hint.
 */
export function testRule(
  rule: Rule,
  cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] },
): void {
  if (cases.valid.length === 0 || cases.invalid.length === 0) {
    throw new Error(`${rule.code}: give at least one valid near-miss and one invalid case`);
  }
  describe(`${rule.code} (${rule.description})`, () => {
    it.each(cases.valid)("valid: $name", ({ patch }) => {
      const { diagnostics } = validatePatched(patch);
      expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    });
    it.each(cases.invalid)("invalid: $name", ({ patch, root, errors }) => {
      const own = validatePatched(patch, root).diagnostics.filter((d) => d.code === rule.code);
      expect(
        own.map(({ code, file, line, column, message }) => ({ code, file, line, column, message })),
      ).toEqual(errors.map((e) => ({ code: rule.code, ...e })));
      for (const d of own)
        expect(d.hint, `${d.code} at ${d.line}:${d.column} has a hint`).toBeTruthy();
    });
  });
}
