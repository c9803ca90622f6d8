import type { FileRule } from "../rule.js";
import { duplicateKey } from "./duplicate-key.js";
import { emptyFile } from "./empty-file.js";
import { missingFile } from "./missing-file.js";
import { notAFile } from "./not-a-file.js";
import { notUtf8 } from "./not-utf8.js";
import { tooLarge } from "./too-large.js";
import { unexpectedFile } from "./unexpected-file.js";
import { unreadable } from "./unreadable.js";
import { yamlSyntax } from "./yaml-syntax.js";

/** Checks made while reading each file. */
export const fileRules: readonly FileRule[] = [
  missingFile,
  notAFile,
  tooLarge,
  notUtf8,
  emptyFile,
  yamlSyntax,
  duplicateKey,
  unreadable,
  unexpectedFile,
];
