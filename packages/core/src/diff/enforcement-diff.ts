import { type Change, makeChange } from "./change.js";
import { arr, deepEqual, type Json, type JsonObject, magnitude, obj, show, str } from "./json.js";
import type { ChangeKind, EntryStatus } from "./policy.js";
import { statusOf } from "./view.js";

interface Tier {
  readonly outcome: string;
  readonly from: number;
  /** Milliseconds; Infinity when the tier counts the whole log. */
  readonly within: number;
  readonly withinText: string;
  readonly action: string;
}

/** Mode, occurrence key and the tier ladder, compared by the registry's outcome order. */
export function diffEnforcement(
  id: string,
  before: JsonObject,
  after: JsonObject,
  outcomes: readonly string[],
  status: EntryStatus | undefined,
): Change[] {
  const out: Change[] = [];
  const add = (kind: ChangeKind, path: string, message: string, b?: Json, a?: Json) =>
    out.push(
      makeChange({ kind, scope: "entry", subject: id, path, message, status, before: b, after: a }),
    );
  const eb = obj(before, "enforcement");
  const ea = obj(after, "enforcement");

  // Effective mode: experimental entries are audit-only. A promotion or demotion
  // that changes it is reported as the status change.
  const sb = statusOf(before);
  const sa = statusOf(after);
  const mb = effectiveMode(eb, sb);
  const ma = effectiveMode(ea, sa);
  const statusExplains = sb !== sa && (sb === "experimental" || sa === "experimental");
  if (mb !== ma && !statusExplains) {
    add(
      ma === "enforce" ? "mode.stricter" : "mode.looser",
      "enforcement.mode",
      `mode ${mb} → ${ma}`,
      mb,
      ma,
    );
  }
  const pb = str(eb, "per") ?? "session";
  const pa = str(ea, "per") ?? "session";
  if (pb !== pa)
    add("enforcement.per", "enforcement.per", `occurrences counted per ${pb} → ${pa}`, pb, pa);

  const tb = tiers(eb);
  const ta = tiers(ea);
  const rank = (o: string) => outcomes.indexOf(o);
  const last = Math.max(1, ...tb.map((t) => t.from), ...ta.map((t) => t.from));
  let ladderChanged = false;
  let n = 1;
  while (n <= last) {
    const ob = outcomeAt(tb, n);
    const oa = outcomeAt(ta, n);
    let end = n;
    while (end + 1 <= last && outcomeAt(tb, end + 1) === ob && outcomeAt(ta, end + 1) === oa) end++;
    if (ob !== oa) {
      ladderChanged = true;
      const span = end === last ? `${n}+` : n === end ? `${n}` : `${n}-${end}`;
      const stricter = rank(oa ?? "") > rank(ob ?? "");
      add(
        stricter ? "outcome.stricter" : "outcome.looser",
        `enforcement.tiers[occurrence ${span}]`,
        `outcome at occurrence ${span}: ${ob ?? "none"} → ${oa ?? "none"} (${stricter ? "stricter" : "looser"})`,
        ob ?? null,
        oa ?? null,
      );
    }
    n = end + 1;
  }
  if (!ladderChanged && tb.length === ta.length) {
    tb.forEach((b, i) => {
      const a = ta[i];
      if (!a) return;
      if (b.within !== a.within && i > 0) {
        const escalates = rank(a.outcome) > rank(ta[i - 1]?.outcome ?? "");
        if (escalates) {
          const sooner = a.within > b.within;
          add(
            sooner ? "outcome.stricter" : "outcome.looser",
            `enforcement.tiers[${i + 1}].within`,
            `tier ${i + 1} (${a.outcome}) counts occurrences within ${b.withinText} → ${a.withinText}: reached ${sooner ? "sooner" : "later"}`,
            b.withinText,
            a.withinText,
          );
        } else {
          add(
            "enforcement.action",
            `enforcement.tiers[${i + 1}].within`,
            `tier ${i + 1} within ${b.withinText} → ${a.withinText} (no outcome change)`,
          );
        }
      }
      if (b.action !== a.action)
        add(
          "enforcement.action",
          `enforcement.tiers[${i + 1}].action`,
          `tier ${i + 1} (${a.outcome}) action changed`,
          b.action,
          a.action,
        );
    });
  } else if (!ladderChanged && !deepEqual(eb.tiers, ea.tiers)) {
    add(
      "enforcement.action",
      "enforcement.tiers",
      `tiers restructured with the same outcomes: ${ladder(tb)} → ${ladder(ta)}`,
    );
  }
  return out;
}

function effectiveMode(
  enforcement: JsonObject,
  status: EntryStatus | undefined,
): "enforce" | "audit" {
  if (status === "experimental") return "audit";
  return str(enforcement, "mode") === "audit" ? "audit" : "enforce";
}

function tiers(enforcement: JsonObject): Tier[] {
  return arr(enforcement, "tiers").map((t) => {
    const within =
      t !== null && typeof t === "object" && !Array.isArray(t)
        ? (t as JsonObject).within
        : undefined;
    return {
      outcome: str(t, "outcome") ?? "",
      from: magnitude((t as JsonObject | null)?.from) ?? 1,
      within: magnitude(within) ?? Number.POSITIVE_INFINITY,
      withinText: within === undefined ? "the whole log" : show(within),
      action: str(t, "action") ?? "",
    };
  });
}

/** The outcome applied at occurrence n: the last tier whose `from` is at most n. */
function outcomeAt(ladder: readonly Tier[], n: number): string | undefined {
  let out: string | undefined;
  for (const t of ladder) if (t.from <= n) out = t.outcome;
  return out;
}

function ladder(ts: readonly Tier[]): string {
  return ts
    .map((t) => `${t.from}:${t.outcome}${Number.isFinite(t.within) ? `/${t.withinText}` : ""}`)
    .join(" ");
}
