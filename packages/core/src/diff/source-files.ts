import { fileURLToPath } from "node:url";

/**
 * Absolute path of the TypeScript source of the self-contained history query
 * (`src/diff/history-query.ts`: no imports) for the generator of the
 * zero-dependency registry package, which ships a copy of it. Resolves the same
 * from `src/` and `dist/` inside this repository.
 */
export const HISTORY_QUERY_SOURCE_FILE: string = fileURLToPath(
  new URL("../../src/diff/history-query.ts", import.meta.url),
);

/**
 * Absolute path of the TypeScript source of the self-contained prose merge
 * (`src/canonical/prose-merge.ts`: no imports), shipped as a copy in the
 * registry package like the history query.
 */
export const PROSE_MERGE_SOURCE_FILE: string = fileURLToPath(
  new URL("../../src/canonical/prose-merge.ts", import.meta.url),
);
