import { registryJson } from "./generated/entries.js";
import type { ChangesBetween, RegistryHistory } from "./generated/history-query.js";
import { changesBetween } from "./generated/history-query.js";

/**
 * The per-id history of every release up to this one (registry.json's
 * `history`): the version that introduced each id and every later change to it.
 */
export const history: RegistryHistory = registryJson.history as RegistryHistory;

/**
 * What changed for `ids` (default: every id) after the version you pinned, up to
 * this package's version: the consumer's question at every upgrade.
 *
 *     changesSince("1.4.2", ["SAP-001", "SAP-015"]).bump  // "none" | "patch" | "minor" | "major"
 */
export function changesSince(pinned: string, ids?: readonly string[]): ChangesBetween {
  return changesBetween(history, pinned, undefined, ids);
}
