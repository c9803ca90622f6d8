import { closeSync, openSync, readSync } from "node:fs";

/**
 * Whether a file is a DuckDB database: its main header carries the magic
 * bytes `DUCK` after an 8-byte checksum (checked on a file DuckDB 1.5 wrote).
 */
export function isDuckdbFile(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(12);
    const n = readSync(fd, head, 0, 12, 0);
    return n === 12 && head.toString("latin1", 8, 12) === "DUCK";
  } finally {
    closeSync(fd);
  }
}
