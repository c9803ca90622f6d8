import type { Bump } from "./bump.js";

/**
 * THE compatibility policy (DESIGN.md "Versioning"): every kind of change the
 * diff reports, the semver bump it requires, and when an entry's status relaxes
 * it. The diff looks every change up here; the README table is rendered from it
 * (`renderPolicyTable`, printed by `sap diff --policy`) and a test compares them.
 */
export interface PolicyRow {
  readonly kind: ChangeKind;
  /** What the change is, in the words of the README table. */
  readonly description: string;
  /** The bump it requires. */
  readonly bump: Bump;
  /** An error whatever the bump: `sap diff` exits 1. */
  readonly error?: true;
  /**
   * A milder bump when the entry was, in the base registry, experimental (no
   * compatibility promise) or, where listed, deprecated.
   */
  readonly relaxed?: { readonly bump: Bump; readonly when: readonly EntryStatus[] };
}

export type EntryStatus = "experimental" | "stable" | "deprecated";

const EXPERIMENTAL = { bump: "minor", when: ["experimental"] } as const;

export const POLICY = [
  // ids
  { kind: "entry.added", bump: "minor", description: "A new entry (new id)." },
  {
    kind: "entry.removed",
    bump: "major",
    error: true,
    description: "An id left without a tombstone in `retired.yaml`.",
  },
  {
    kind: "entry.renamed",
    bump: "major",
    error: true,
    description: "An id vanished and its slug (or title) reappears under a new id.",
  },
  {
    kind: "entry.reused",
    bump: "major",
    error: true,
    description: "A retired id (tombstone) is live again.",
  },
  {
    kind: "tombstone.removed",
    bump: "major",
    error: true,
    description: "A tombstone left `retired.yaml`.",
  },
  {
    kind: "entry.retired",
    bump: "major",
    relaxed: { bump: "minor", when: ["experimental", "deprecated"] },
    description: "A live entry was retired (tombstoned).",
  },
  {
    kind: "tombstone.added",
    bump: "patch",
    description: "A tombstone for an id that was never released.",
  },
  {
    kind: "tombstone.text",
    bump: "patch",
    description: "A tombstone's title, reason or retired_in changed.",
  },
  // status
  { kind: "status.deprecated", bump: "minor", description: "An entry was deprecated." },
  { kind: "status.promoted", bump: "minor", description: "An experimental entry became stable." },
  {
    kind: "status.changed",
    bump: "minor",
    description: "Any other status change (for example back to experimental).",
  },
  {
    kind: "replaced_by.changed",
    bump: "minor",
    description: "A deprecated entry names a different replacement.",
  },
  // severity and enforcement
  {
    kind: "severity.raised",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "Severity raised.",
  },
  {
    kind: "severity.lowered",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "Severity lowered.",
  },
  {
    kind: "outcome.stricter",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description:
      "For some occurrence the outcome is stricter (registry outcome order), or a tier is reached sooner.",
  },
  {
    kind: "outcome.looser",
    bump: "minor",
    description: "For some occurrence the outcome is looser, or a tier is reached later.",
  },
  {
    kind: "mode.stricter",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "Enforcement mode audit → enforce.",
  },
  { kind: "mode.looser", bump: "minor", description: "Enforcement mode enforce → audit." },
  {
    kind: "enforcement.per",
    bump: "minor",
    description: "Occurrences are counted per a different key.",
  },
  {
    kind: "enforcement.action",
    bump: "minor",
    description: "A tier's action text, or the tier layout without any outcome change.",
  },
  // trigger and params
  {
    kind: "trigger.changed",
    bump: "minor",
    description: "Trigger `on`, `condition` or `window` changed.",
  },
  { kind: "param.default", bump: "minor", description: "A parameter default changed." },
  { kind: "param.added", bump: "minor", description: "A parameter was added." },
  {
    kind: "param.removed",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "A parameter was removed (overrides naming it become errors).",
  },
  {
    kind: "param.type",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "A parameter's type changed.",
  },
  {
    kind: "param.bounds.narrowed",
    bump: "major",
    relaxed: EXPERIMENTAL,
    description: "A parameter's allowed range shrank (a valid override may become an error).",
  },
  { kind: "param.bounds.widened", bump: "minor", description: "A parameter's allowed range grew." },
  { kind: "param.text", bump: "patch", description: "A parameter's unit or description changed." },
  {
    kind: "detection.changed",
    bump: "minor",
    description: "Detection sources or their watched event types changed.",
  },
  {
    kind: "evidence.changed",
    bump: "minor",
    description: "Required evidence (recorded fields, source events) changed.",
  },
  { kind: "category.changed", bump: "minor", description: "The entry moved to another category." },
  { kind: "slug.changed", bump: "minor", description: "The human slug changed (the id did not)." },
  { kind: "entry.other", bump: "minor", description: "Any other change to an entry's data." },
  // text only
  {
    kind: "text.changed",
    bump: "patch",
    description: "Title, summary, description, tags or other prose changed.",
  },
  {
    kind: "references.changed",
    bump: "patch",
    description: "References (runtime rules, links) changed.",
  },
  { kind: "examples.changed", bump: "patch", description: "Examples changed." },
  // event catalog
  { kind: "event.added", bump: "minor", description: "A new event type." },
  {
    kind: "event.removed",
    bump: "major",
    description:
      "An event type was removed (logs carrying it become input findings; triggers using it break).",
  },
  {
    kind: "event.field.added.optional",
    bump: "minor",
    description: "An optional payload field was added.",
  },
  {
    kind: "event.field.added.required",
    bump: "major",
    description: "A required payload field was added (older logs fail).",
  },
  {
    kind: "event.field.removed",
    bump: "major",
    description: "A payload field was removed (payloads are closed: logs carrying it fail).",
  },
  { kind: "event.field.type", bump: "major", description: "A payload field changed type." },
  {
    kind: "event.field.stricter",
    bump: "major",
    description:
      "A payload field became stricter (optional → required, enum narrowed, minimum raised).",
  },
  {
    kind: "event.field.looser",
    bump: "minor",
    description:
      "A payload field became looser (required → optional, enum widened, minimum lowered).",
  },
  {
    kind: "event.session_field",
    bump: "major",
    description: "The payload field naming the session changed.",
  },
  {
    kind: "event.runtime",
    bump: "minor",
    description:
      "How the runtime's own records resolve to the event changed (runtime.type_name, record_type, payload_ids or job_from).",
  },
  {
    kind: "event.text",
    bump: "patch",
    description:
      "An event's title, description, rules, origin, id, field descriptions or where the runtime records it (runtime.emitters, runtime.checked) changed.",
  },
  // registry metadata
  {
    kind: "vocabulary.added",
    bump: "minor",
    description: "A severity, category, detection source, outcome or rule was added.",
  },
  {
    kind: "vocabulary.removed",
    bump: "major",
    description: "A severity, category, detection source, outcome or rule was removed.",
  },
  {
    kind: "vocabulary.reordered",
    bump: "major",
    description: "Severities or outcomes were reordered (their ranking changed).",
  },
  {
    kind: "vocabulary.text",
    bump: "patch",
    description: "A vocabulary item's title or description changed.",
  },
  {
    kind: "limits.lowered",
    bump: "major",
    description: "A limit was lowered (input that passed may fail).",
  },
  { kind: "limits.raised", bump: "minor", description: "A limit was raised." },
  {
    kind: "environment.changed",
    bump: "minor",
    description: "The trigger environment's types or variables changed.",
  },
  {
    kind: "environment.text",
    bump: "patch",
    description: "Only the trigger environment's descriptions changed.",
  },
  {
    kind: "metadata.text",
    bump: "patch",
    description: "The registry's title or description changed.",
  },
  {
    kind: "metadata.other",
    bump: "minor",
    description: "Any other registry metadata changed (for example a severity's SARIF level).",
  },
] as const satisfies readonly PolicyRowInit[];

export type ChangeKind = (typeof POLICY)[number]["kind"];

interface PolicyRowInit {
  readonly kind: string;
  readonly description: string;
  readonly bump: Bump;
  readonly error?: true;
  readonly relaxed?: { readonly bump: Bump; readonly when: readonly EntryStatus[] };
}

const BY_KIND: ReadonlyMap<string, PolicyRow> = new Map(
  (POLICY as readonly PolicyRow[]).map((r) => [r.kind, r]),
);

export function policyFor(kind: ChangeKind): PolicyRow {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`no policy row for change kind ${kind}`);
  return found;
}

/** The bump a change of `kind` requires for an entry whose base status was `status`. */
export function bumpFor(kind: ChangeKind, status?: EntryStatus): Bump {
  const p = policyFor(kind);
  if (p.relaxed && status && p.relaxed.when.includes(status)) return p.relaxed.bump;
  return p.bump;
}

/** The policy as a Markdown table (the README's, between `<!-- policy:start -->` and `<!-- policy:end -->`). */
export function renderPolicyTable(): string {
  const lines = [
    "| change | bump | when the entry was experimental / deprecated |",
    "|---|---|---|",
  ];
  for (const r of POLICY as readonly PolicyRow[]) {
    const bump = r.error ? `**error** (${r.bump})` : r.bump;
    const relaxed = r.relaxed ? `${r.relaxed.bump} (${r.relaxed.when.join(", ")})` : "";
    lines.push(`| \`${r.kind}\`: ${r.description.replace(/\|/g, "\\|")} | ${bump} | ${relaxed} |`);
  }
  return `${lines.join("\n")}\n`;
}
