/**
 * Release history from registry.json's `history` section (written by the
 * versioning tooling). Absent history is normal for an unreleased registry: the
 * pages then say "history not available".
 */

export interface Change {
  /** The anti-pattern id (or other registry id) the change concerns, if any. */
  id?: string;
  kind: string;
  bump?: string;
  text: string;
}

export interface Release {
  version: string;
  date?: string;
  bump?: string;
  changes: Change[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function toChange(raw: unknown, fallbackId?: string): Change {
  if (typeof raw === "string")
    return { kind: "changed", text: raw, ...(fallbackId ? { id: fallbackId } : {}) };
  const change = isObject(raw) ? raw : {};
  const id = str(change.id) ?? str(change.entry) ?? str(change.anti_pattern) ?? fallbackId;
  const kind = str(change.kind) ?? str(change.type) ?? str(change.change) ?? "changed";
  const bump = str(change.bump) ?? str(change.level) ?? str(change.required_bump);
  const text =
    str(change.summary) ??
    str(change.description) ??
    str(change.message) ??
    str(change.text) ??
    str(change.detail) ??
    describeFromTo(change) ??
    "";
  return { kind, text, ...(id ? { id } : {}), ...(bump ? { bump } : {}) };
}

function describeFromTo(change: Json): string | undefined {
  const field = str(change.field) ?? str(change.path);
  if (!("from" in change) && !("to" in change)) return field;
  const from = JSON.stringify(change.from);
  const to = JSON.stringify(change.to);
  return `${field ? `${field}: ` : ""}${from ?? "—"} → ${to ?? "—"}`;
}

function toRelease(raw: unknown, versionKey?: string): Release | undefined {
  if (!isObject(raw)) return undefined;
  const version = str(raw.version) ?? versionKey;
  if (version === undefined) return undefined;
  const changes: Change[] = [];
  if (Array.isArray(raw.changes)) for (const change of raw.changes) changes.push(toChange(change));
  else if (isObject(raw.changes)) {
    // { "SAP-001": [ ...changes ] }
    for (const [id, list] of Object.entries(raw.changes)) {
      for (const change of Array.isArray(list) ? list : [list]) changes.push(toChange(change, id));
    }
  }
  const date = str(raw.date) ?? str(raw.released_at);
  const bump = str(raw.bump) ?? str(raw.level);
  return { version, changes, ...(date ? { date } : {}), ...(bump ? { bump } : {}) };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).map((part) => Number.parseInt(part, 10));
  const pb = b.split(/[.+-]/).map((part) => Number.parseInt(part, 10));
  for (let index = 0; index < Math.max(pa.length, pb.length); index++) {
    const diff = (pa[index] ?? 0) - (pb[index] ?? 0);
    if (Number.isNaN(diff)) return a.localeCompare(b);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Releases newest first, or undefined when the registry ships no history. */
export function normalizeHistory(raw: unknown): Release[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (isObject(raw) && Array.isArray(raw.releases) && isObject(raw.ids))
    return fromRegistryHistory(raw);
  let releases: Release[] = [];
  const list = Array.isArray(raw)
    ? raw
    : isObject(raw) && Array.isArray(raw.releases)
      ? raw.releases
      : undefined;
  if (list !== undefined) {
    releases = list
      .map((item) => toRelease(item))
      .filter((item): item is Release => item !== undefined);
  } else if (isObject(raw)) {
    const byId = isObject(raw.entries) ? raw.entries : isObject(raw.ids) ? raw.ids : undefined;
    if (byId !== undefined) {
      // { entries: { "SAP-001": [ { version, changes } ] } } -> releases
      const map = new Map<string, Release>();
      for (const [id, items] of Object.entries(byId)) {
        for (const item of Array.isArray(items) ? items : []) {
          const version = isObject(item) ? str(item.version) : undefined;
          if (version === undefined) continue;
          const release = map.get(version) ?? { version, changes: [] };
          const changes = isObject(item) && Array.isArray(item.changes) ? item.changes : [item];
          for (const change of changes) release.changes.push(toChange(change, id));
          map.set(version, release);
        }
      }
      releases = [...map.values()];
    } else {
      // { "1.2.0": { changes } }
      releases = Object.entries(raw)
        .map(([version, item]) => toRelease(item, version))
        .filter((item): item is Release => item !== undefined);
    }
  }
  return releases.sort((a, b) => compareVersions(b.version, a.version));
}

/**
 * core's `RegistryHistory` (packages/core/src/diff/history-query.ts):
 * `{ releases: [{version, bump, content_hash}], ids: {ID: {introduced, retired?, steps}},
 * registry: {subject: steps} }`, turned into releases with their changes by id.
 */
function fromRegistryHistory(raw: Json): Release[] {
  const map = new Map<string, Release>();
  for (const item of raw.releases as unknown[]) {
    if (!isObject(item) || str(item.version) === undefined) continue;
    const bump = str(item.bump);
    map.set(item.version as string, {
      version: item.version as string,
      changes: [],
      ...(bump !== undefined && bump !== "none" ? { bump } : {}),
    });
  }
  const at = (version: string): Release => {
    const release = map.get(version) ?? { version, changes: [] };
    map.set(version, release);
    return release;
  };
  const addSteps = (steps: unknown, id: string | undefined, prefix: string) => {
    for (const step of Array.isArray(steps) ? steps : []) {
      if (!isObject(step) || str(step.version) === undefined) continue;
      for (const change of Array.isArray(step.changes) ? step.changes : []) {
        if (!isObject(change)) continue;
        const bump = str(change.bump);
        at(step.version as string).changes.push({
          kind: str(change.kind) ?? "changed",
          text: `${prefix}${str(change.message) ?? str(change.path) ?? ""}`,
          ...(id !== undefined ? { id } : {}),
          ...(bump !== undefined ? { bump } : {}),
        });
      }
    }
  };
  for (const [id, history] of Object.entries(raw.ids as Json)) {
    if (!isObject(history)) continue;
    const introduced = str(history.introduced);
    if (introduced !== undefined) at(introduced).changes.push({ id, kind: "introduced", text: "" });
    addSteps(history.steps, id, "");
  }
  if (isObject(raw.registry)) {
    for (const [subject, steps] of Object.entries(raw.registry))
      addSteps(steps, undefined, `${subject}: `);
  }
  return [...map.values()].sort((a, b) => compareVersions(b.version, a.version));
}

/** The releases that changed `id`, newest first, with only that id's changes. */
export function historyOf(
  releases: Release[],
  id: string,
): { version: string; date?: string; changes: Change[] }[] {
  return releases
    .map((release) => ({
      version: release.version,
      ...(release.date ? { date: release.date } : {}),
      changes: release.changes.filter((change) => change.id === id),
    }))
    .filter((release) => release.changes.length > 0);
}

/** The oldest release that names `id`, taken as the one that introduced it. */
export function introducedIn(releases: Release[], id: string): string | undefined {
  const touched = historyOf(releases, id);
  return touched.at(-1)?.version;
}
