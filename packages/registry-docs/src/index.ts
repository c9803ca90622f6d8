/**
 * @handshake/session-anti-patterns-docs: the registry's prose, and the join
 * that puts it back into the registry package's registry.json:
 *
 *     import { registryJson } from "@handshake/session-anti-patterns";
 *     import { prose, withProse } from "@handshake/session-anti-patterns-docs";
 *     const full = withProse(registryJson, prose);
 */
import proseJson from "../generated/prose.json" with { type: "json" };
import type { ProseDocument } from "./generated/prose-merge.js";

export {
  type MachineRegistryJson,
  PROSE_MARKER,
  type ProseDocument,
  withProse,
} from "./generated/prose-merge.js";

/** This package's prose.json: the prose of the registry version it was released with. */
export const prose: ProseDocument = proseJson as unknown as ProseDocument;
