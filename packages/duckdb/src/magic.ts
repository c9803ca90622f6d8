import { open } from "node:fs/promises";

/**
 * DuckDB's storage file starts with its main header: an 8-byte checksum, then the magic bytes
 * "DUCK" (duckdb/duckdb: `MainHeader::MAGIC_BYTES` at `MainHeader::MAGIC_BYTE_OFFSET`, which is
 * `Storage::DEFAULT_BLOCK_HEADER_SIZE` = sizeof(uint64_t) in src/include/duckdb/storage/storage_info.hpp;
 * `MagicBytes::CheckMagicBytes` in src/storage/magic_bytes.cpp compares them there).
 */
export const DUCKDB_MAGIC_OFFSET = 8;
export const DUCKDB_MAGIC = "DUCK";

/** Whether the first bytes of a file (at least 12) carry DuckDB's magic bytes. */
export function hasDuckDbMagic(head: Uint8Array): boolean {
  if (head.length < DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length) return false;
  for (let i = 0; i < DUCKDB_MAGIC.length; i++) {
    if (head[DUCKDB_MAGIC_OFFSET + i] !== DUCKDB_MAGIC.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Whether `path` is a DuckDB database file, by its magic bytes (the runtime names its store
 * `flight_recorder.db`, so the extension says nothing). False for a file that cannot be read,
 * a directory or a file shorter than the header.
 */
export async function isDuckDbFile(path: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, "r");
    const head = new Uint8Array(DUCKDB_MAGIC_OFFSET + DUCKDB_MAGIC.length);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return hasDuckDbMagic(head.subarray(0, bytesRead));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
