/** Semver bump levels and version arithmetic (no dependencies). */
import { compareVersions } from "./history-query.js";

export type Bump = "major" | "minor" | "patch";
export type BumpOrNone = Bump | "none";

const RANK: Readonly<Record<BumpOrNone, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

export function bumpRank(bump: BumpOrNone): number {
  return RANK[bump];
}

export function maxBump(bumps: Iterable<BumpOrNone>): BumpOrNone {
  let out: BumpOrNone = "none";
  for (const b of bumps) if (RANK[b] > RANK[out]) out = b;
  return out;
}

export function isBump(value: unknown): value is Bump {
  return value === "major" || value === "minor" || value === "patch";
}

export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly string[];
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function isVersion(text: string): boolean {
  return SEMVER.test(text);
}

export function parseVersion(text: string): SemVer {
  const m = SEMVER.exec(text);
  if (!m) throw new RangeError(`not a semver version: ${JSON.stringify(text)}`);
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split(".") : [],
  };
}

export { compareVersions };

/** The bump that took `from` to `to` ("none" when equal or lower). */
export function bumpBetween(from: string, to: string): BumpOrNone {
  if (compareVersions(to, from) <= 0) return "none";
  const x = parseVersion(from);
  const y = parseVersion(to);
  if (y.major !== x.major) return "major";
  if (y.minor !== x.minor) return "minor";
  return "patch";
}

/** The version `changeset version` makes from `version` with `bump` (no prereleases). */
export function applyBump(version: string, bump: Bump): string {
  const v = parseVersion(version);
  if (bump === "major") return `${v.major + 1}.0.0`;
  if (bump === "minor") return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + (v.prerelease.length ? 0 : 1)}`;
}
