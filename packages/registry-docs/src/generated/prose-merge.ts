// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: packages/core/src/canonical/prose-merge.ts (a verbatim copy)
// Regenerate: pnpm sap generate
// Joins registry.json and the docs package's prose.json back into the full registry.

/**
 * Putting the prose back into a machine registry.json.
 *
 * The registry ships as two files from one canonical registry: the package
 * consumers pin carries `registry.json` with every machine-read field (ids,
 * triggers, params, outcomes, evidence, the event catalog) and the docs package
 * carries `prose.json` with the rest (descriptions, rationale, tier actions,
 * example logs). `withProse` joins them back into the full canonical registry,
 * whose sha256 is the `content_hash` both files declare.
 *
 * SELF-CONTAINED ON PURPOSE: no imports, no runtime dependencies. The published
 * registry package ships a copy of this file, so keep it free of imports.
 */

/** The member of a machine registry.json that names where its prose ships. */
export const PROSE_MARKER = "prose_in";

/** The docs package's prose.json: the prose of one registry content, keyed by the same paths. */
export interface ProseDocument {
  readonly name: string;
  readonly version: string;
  /** The content hash of the full registry this prose completes. */
  readonly content_hash: string;
  /** The prose members, at the same paths as in the full registry (array slots without prose are null). */
  readonly prose: Readonly<Record<string, unknown>>;
}

/** What withProse needs of a machine registry.json. */
export interface MachineRegistryJson {
  readonly version: string;
  readonly content_hash: string;
  readonly [member: string]: unknown;
}

/**
 * The full registry: `machine` (a shipped registry.json) with `proseDocument`'s
 * prose put back at its paths, without the `prose_in` marker. Throws when the
 * two were made from different registry content (the hashes differ). Inputs
 * are not changed.
 */
export function withProse<T extends MachineRegistryJson>(
  machine: T,
  proseDocument: ProseDocument,
): Omit<T, typeof PROSE_MARKER> & Record<string, unknown> {
  if (proseDocument.content_hash !== machine.content_hash) {
    throw new Error(
      `prose.json (version ${proseDocument.version}, ${proseDocument.content_hash}) belongs to other registry content than registry.json (version ${machine.version}, ${machine.content_hash}): install the docs package at version ${machine.version}`,
    );
  }
  const { [PROSE_MARKER]: _marker, ...rest } = machine;
  return mergeProse(rest, proseDocument.prose, "") as Omit<T, typeof PROSE_MARKER> &
    Record<string, unknown>;
}

function mergeProse(machine: unknown, prose: unknown, path: string): unknown {
  if (prose === null || prose === undefined) return machine;
  if (Array.isArray(prose)) {
    if (!Array.isArray(machine) || prose.length > machine.length) {
      throw new Error(`prose.json does not fit registry.json at ${path || "/"}`);
    }
    return machine.map((item, index) => mergeProse(item, prose[index], `${path}/${index}`));
  }
  if (typeof prose !== "object" || machine === null || typeof machine !== "object") {
    throw new Error(`prose.json does not fit registry.json at ${path || "/"}`);
  }
  const out: Record<string, unknown> = { ...(machine as Record<string, unknown>) };
  for (const [key, value] of Object.entries(prose as Record<string, unknown>)) {
    out[key] = key in out ? mergeProse(out[key], value, `${path}/${key}`) : value;
  }
  return out;
}
