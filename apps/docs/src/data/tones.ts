/** Colour tones for badges, from the registry's own ordering of severities and outcomes. */
import { outcomeRank, severityRank } from "./registry.ts";
import type { Registry } from "./types.ts";

function scale(rank: number, size: number): number {
  if (size <= 1 || rank < 0) return 0;
  return Math.round((rank * 4) / (size - 1));
}

/** `sev-0` (least severe) .. `sev-4` (most severe). */
export function severityTone(registry: Registry, id: string): string {
  return `sev-${scale(severityRank(registry, id), registry.severities.length)}`;
}

/** `out-0` (least strict) .. `out-4` (most strict). */
export function outcomeTone(registry: Registry, id: string): string {
  return `out-${scale(outcomeRank(registry, id), registry.outcomes.length)}`;
}

export function statusTone(status: string): string {
  return status === "stable"
    ? "stable"
    : status === "deprecated"
      ? "deprecated"
      : status === "retired"
        ? "retired"
        : "experimental";
}
