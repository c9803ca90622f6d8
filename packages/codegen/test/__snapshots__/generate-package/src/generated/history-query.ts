// @generated: do not edit by hand.
// Generator: @handshake/sap-codegen (sap generate)
// Source: packages/core/src/diff/history-query.ts (a verbatim copy)
// Regenerate: pnpm sap generate
// The query over registry.json's `history`: what changed between two versions for the ids you use.

/**
 * The per-id history of the registry and the question consumers ask of it:
 * "what changed between my pinned version and this one for the ids I use".
 *
 * SELF-CONTAINED ON PURPOSE: no imports, no runtime dependencies. The published
 * registry package ships a copy of this file next to `registry.json` (whose
 * `history` is a `RegistryHistory`), so keep it free of imports.
 */

export type HistoryBump = "major" | "minor" | "patch";

/** One change to one subject in one release. */
export interface HistoryChange {
  /** The policy's change kind, for example `severity.raised`. */
  readonly kind: string;
  readonly bump: HistoryBump;
  /** Where in the subject (`severity`, `params.window.default`, ...). */
  readonly path: string;
  readonly message: string;
}

/** The changes of one release to one subject, with the largest bump among them. */
export interface HistoryStep {
  readonly version: string;
  readonly bump: HistoryBump;
  readonly changes: readonly HistoryChange[];
}

export interface IdHistory {
  /** The release that introduced the id. */
  readonly introduced: string;
  /** The release that retired it, if it is retired. */
  readonly retired?: string;
  /** Every release after `introduced` that changed it, oldest first (retirement included). */
  readonly steps: readonly HistoryStep[];
}

export interface ReleaseSummary {
  readonly version: string;
  /** The largest bump of its changes against the release before ("none" for an empty release). */
  readonly bump: HistoryBump | "none";
  readonly content_hash: string;
}

export interface RegistryHistory {
  /** Every release, oldest first. */
  readonly releases: readonly ReleaseSummary[];
  /** Per anti-pattern id (live or retired), sorted by id. */
  readonly ids: { readonly [id: string]: IdHistory };
  /** Changes to the event catalog and registry metadata, per release (keyed `event <type>` or the section). */
  readonly registry: { readonly [subject: string]: readonly HistoryStep[] };
}

export interface IdChanges {
  /** Set when the id first appeared after `from`. */
  readonly added?: string;
  /** Set when the id was retired after `from`. */
  readonly retired?: string;
  readonly steps: readonly HistoryStep[];
}

export interface ChangesBetween {
  readonly from: string;
  readonly to: string;
  /** The largest bump among the returned changes: "major" means something you use changed incompatibly. */
  readonly bump: HistoryBump | "none";
  /** The asked-for ids (all ids when none were given) that changed, sorted by id. */
  readonly ids: { readonly [id: string]: IdChanges };
  /** Event catalog and metadata changes, which concern every consumer. */
  readonly registry: { readonly [subject: string]: readonly HistoryStep[] };
  /** Asked-for ids the history does not know (misspelt, or newer than `to`). */
  readonly unknown: readonly string[];
}

/**
 * What changed after `from` up to and including `to` (default: the newest
 * release), for `ids` (default: every id). Pure; no I/O.
 */
export function changesBetween(
  history: RegistryHistory,
  from: string,
  to?: string,
  ids?: readonly string[],
): ChangesBetween {
  const last = history.releases[history.releases.length - 1];
  const upTo = to ?? (last ? last.version : from);
  const inRange = (v: string) => compareVersions(v, from) > 0 && compareVersions(v, upTo) <= 0;
  const wanted = ids ?? Object.keys(history.ids);
  const out: { [id: string]: IdChanges } = {};
  const unknown: string[] = [];
  let rank = 0;
  const note = (steps: readonly HistoryStep[]) => {
    for (const s of steps) rank = Math.max(rank, RANKS.indexOf(s.bump));
  };
  for (const id of [...wanted].sort()) {
    const h = history.ids[id];
    if (!h || compareVersions(h.introduced, upTo) > 0) {
      unknown.push(id);
      continue;
    }
    const steps = h.steps.filter((s) => inRange(s.version));
    const added = inRange(h.introduced) ? h.introduced : undefined;
    const retired = h.retired !== undefined && inRange(h.retired) ? h.retired : undefined;
    if (steps.length === 0 && added === undefined && retired === undefined) continue;
    note(steps);
    if (added !== undefined) rank = Math.max(rank, RANKS.indexOf("minor"));
    out[id] = {
      ...(added !== undefined ? { added } : {}),
      ...(retired !== undefined ? { retired } : {}),
      steps,
    };
  }
  const registry: { [subject: string]: readonly HistoryStep[] } = {};
  for (const subject of Object.keys(history.registry).sort()) {
    const steps = (history.registry[subject] ?? []).filter((s) => inRange(s.version));
    if (steps.length) {
      registry[subject] = steps;
      note(steps);
    }
  }
  const bump = rank === 0 ? "none" : (RANKS[rank] as HistoryBump);
  return { from, to: upTo, bump, ids: out, registry, unknown };
}

/**
 * What one release changed (its page in the docs): `changesBetween` from the
 * release before it (for the first release, every id is `added`). Undefined
 * for a version the history does not hold.
 */
export function releaseChanges(
  history: RegistryHistory,
  version: string,
): ChangesBetween | undefined {
  const index = history.releases.findIndex((r) => r.version === version);
  if (index < 0) return undefined;
  const before = index > 0 ? history.releases[index - 1]?.version : undefined;
  return changesBetween(history, before ?? "0.0.0-0", version);
}

const RANKS = ["none", "patch", "minor", "major"] as const;

/** Semver precedence (major.minor.patch[-prerelease]): negative, 0 or positive. */
export function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = "", pre] = v.split(/-(.*)/s, 2);
    return { nums: core.split(".").map(Number), pre: pre ? pre.split(".") : [] };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  if (x.pre.length === 0 || y.pre.length === 0) return Math.sign(y.pre.length - x.pre.length);
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Math.sign(Number(p) - Number(q));
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
