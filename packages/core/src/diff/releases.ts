import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { canonicalJson } from "../canonical/canonical-json.js";
import { type CanonicalRegistry, contentHash } from "../canonical/canonical-registry.js";
import { errorMessage } from "../error-message.js";
import { compareVersions, isVersion } from "./bump.js";
import { buildHistory } from "./history.js";
import type { RegistryHistory } from "./history-query.js";
import { isObject, type Json, type JsonObject } from "./json.js";
import { STAMP_KEYS } from "./view.js";

/**
 * A released version's canonical registry, kept in the repo as
 * `packages/registry/releases/<version>.json`: the canonical registry plus
 * `version` and `content_hash` (the same shape as the shipped `registry.json`
 * without its `history`), so two versions compare offline in a shallow clone.
 */
export interface ReleaseSnapshot {
  readonly version: string;
  readonly content_hash: string;
  /** The canonical registry (stamps removed). */
  readonly registry: JsonObject;
}

/** The file a version's snapshot lives in, relative to the releases directory. */
export function snapshotFileName(version: string): string {
  return `${version}.json`;
}

/** Snapshot file text: the canonical registry with its stamps, keys sorted, 2-space indent. */
export function serializeSnapshot(
  canonical: unknown,
  version: string,
  contentHash: string,
): string {
  if (!isObject(canonical)) throw new TypeError("the canonical registry must be an object");
  const body: Record<string, Json> = {};
  for (const [k, v] of Object.entries(canonical))
    if (!(STAMP_KEYS as readonly string[]).includes(k)) body[k] = v;
  return canonicalJson({ ...body, version, content_hash: contentHash });
}

/**
 * Reads a snapshot file's text. With `hash`, checks that the stored
 * content_hash is the hash of the stored registry (a hand-edited snapshot fails).
 */
export function parseSnapshot(
  text: string,
  file: string,
  hash?: (canonical: JsonObject) => string,
): ReleaseSnapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${errorMessage(error)}); restore it from git`);
  }
  if (
    !isObject(json) ||
    typeof json.version !== "string" ||
    typeof json.content_hash !== "string"
  ) {
    throw new Error(
      `${file}: not a release snapshot (needs version and content_hash); restore it from git`,
    );
  }
  const registry: Record<string, Json> = {};
  for (const [k, v] of Object.entries(json))
    if (!(STAMP_KEYS as readonly string[]).includes(k)) registry[k] = v;
  if (hash) {
    const actual = hash(registry);
    if (actual !== json.content_hash) {
      throw new Error(
        `${file}: content_hash ${json.content_hash} does not match its content (${actual}): released snapshots are immutable; restore it from git`,
      );
    }
  }
  return { version: json.version, content_hash: json.content_hash, registry };
}

/** `contentHash` of a snapshot's registry: what its `content_hash` must be. */
export function snapshotContentHash(canonical: JsonObject): string {
  return contentHash(canonical as unknown as CanonicalRegistry);
}

/**
 * Every `<version>.json` in `dir`, oldest first, each checked against its
 * content_hash (tests may pass another `hash`); [] when `dir` does not exist.
 * Throws, naming the file, on a malformed or hand-edited snapshot.
 */
export function readReleaseSnapshots(
  dir: string,
  hash: (canonical: JsonObject) => string = snapshotContentHash,
): ReleaseSnapshot[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const versions = names
    .filter((n) => n.endsWith(".json") && isVersion(n.slice(0, -5)))
    .map((n) => n.slice(0, -5))
    .sort(compareVersions);
  return versions.map((v) => {
    const file = join(dir, snapshotFileName(v));
    const snap = parseSnapshot(readFileSync(file, "utf8"), file, hash);
    if (snap.version !== v)
      throw new Error(`${file}: holds version ${snap.version}, not ${v}; restore it from git`);
    return snap;
  });
}

/**
 * The per-id history of the releases recorded in `dir`
 * (`packages/registry/releases`): what the registry package embeds as
 * `registry.json`'s `history`.
 */
export function releaseHistory(dir: string): RegistryHistory {
  return buildHistory(readReleaseSnapshots(dir));
}
