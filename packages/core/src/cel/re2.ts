import { RE2JS } from "re2js";
import { forEachCelNode } from "./cel-ast.js";

/*
 * CEL's matches() is specified with RE2 syntax and semantics. cel-js 8 runs it
 * with JavaScript's backtracking RegExp, where one 40-character line can take
 * hours (`^(a+)+$` on "aaaa…b"). Every engine here matches with re2js instead:
 * a pure JavaScript port of RE2, linear in the input for every pattern, with
 * RE2's syntax (no backreferences, no lookaround). The validator also requires
 * each pattern to be a string literal that compiles as RE2 (SAP-E047), so a
 * pattern never comes from the log.
 */

const compiled = new Map<string, RE2JS>();

/** The compiled RE2 program of a pattern (cached); throws on a pattern RE2 refuses. */
export function re2(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    compiled.set(pattern, re);
  }
  return re;
}

/** Why RE2 refuses the pattern, or undefined when it compiles. */
export function re2Problem(pattern: string): string | undefined {
  try {
    re2(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** CEL `text.matches(pattern)`: true when RE2 finds the pattern anywhere in text. */
export function re2Matches(text: string, pattern: string): boolean {
  return re2(pattern).test(text);
}

/**
 * How many UTF-16 code units of the input RE2 reads at most for this pattern:
 * a pattern anchored at the start (`^…` with no top-level `|`, no flags) and
 * without unbounded repetition (`*`, `+`, `{n,}`) matches at most one rune per
 * instruction of its program, so RE2 stops within twice the program size.
 * Undefined when the whole input may be read. Conservative: anything the scan
 * below does not understand counts as unbounded.
 */
export function re2ReadBound(pattern: string): number | undefined {
  if (!pattern.startsWith("^")) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (pattern[i + 1] === "Q") return undefined; // \Q…\E quoting
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++; // a leading ] is a literal
    } else if (c === "(") {
      if (pattern[i + 1] === "?" && pattern[i + 2] !== ":") return undefined; // flags, named groups
      depth++;
    } else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return undefined;
    else if (c === "*" || c === "+") return undefined;
    else if (c === "{" && /^\{\d*,\}/.test(pattern.slice(i))) return undefined;
  }
  return 2 * re2(pattern).programSize();
}

/**
 * Makes every `matches()` call of a type-checked cel-js program match with
 * RE2. cel-js resolves a call's handler when it checks the expression and keeps
 * it on the node (`handle`, called with the receiver and argument values); the
 * built-in cannot be replaced by registering another (cel-js refuses an
 * overlapping overload), so the checked nodes get the RE2 handler instead.
 * Relies on cel-js 8's AST; the engine's tests run a catastrophic pattern
 * through plain cel-js programs to catch a change.
 */
export function useRe2(ast: unknown): void {
  forEachCelNode(ast, (node) => {
    if (node.op === "rcall" && Array.isArray(node.args) && node.args[0] === "matches") {
      // cel-js calls `handle` with the receiver's and the argument's values.
      (node as { handle?: unknown }).handle = (values: readonly unknown[]) =>
        re2Matches(values[0] as string, values[1] as string);
    }
  });
}
