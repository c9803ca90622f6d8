import { fileURLToPath } from "node:url";

/**
 * Absolute path of the compiled, self-contained history query (`history-query.js`
 * and its `.d.ts` beside it) for generators that copy it into the zero-dependency
 * registry package.
 */
export const HISTORY_QUERY_SOURCE_FILE: string = fileURLToPath(
  new URL("./history-query.js", import.meta.url),
);
