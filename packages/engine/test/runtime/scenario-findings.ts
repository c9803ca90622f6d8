import type { RuntimeEvent } from "./emitters.js";

/*
 * What each scenario is about, as checks on its findings: the checked-in
 * expected files are regenerated (SAP_UPDATE_FIXTURES=1), so these say which
 * findings they must hold and why, and a regenerated file that lost them (or
 * gained one on the legitimate tree) fails the tests that read it.
 */

/** The part of a finding the checks read (the expected files' projection has it). */
export interface ProjectedFinding {
  readonly anti_pattern_id: string;
  readonly session_id: string;
  readonly triggering_event_ids: readonly string[];
}

type Check = (findings: readonly ProjectedFinding[], events: readonly RuntimeEvent[]) => string[];

function byId(events: readonly RuntimeEvent[]): Map<string, RuntimeEvent> {
  return new Map(events.map((e) => [e.event_id, e]));
}

function summary(findings: readonly ProjectedFinding[]): string[] {
  return findings.map((f) => `${f.anti_pattern_id} ${f.session_id}`);
}

function same(what: string, got: readonly string[], want: readonly string[]): string[] {
  return JSON.stringify(got) === JSON.stringify(want)
    ? []
    : [`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`];
}

/** Each trigger of `f`, or a problem when an id names no event of the scenario. */
function triggers(
  f: ProjectedFinding,
  events: Map<string, RuntimeEvent>,
  problems: string[],
): RuntimeEvent[] {
  return f.triggering_event_ids.flatMap((id) => {
    const e = events.get(id);
    if (e === undefined)
      problems.push(`${f.anti_pattern_id}: trigger ${id} is no event of the log`);
    return e === undefined ? [] : [e];
  });
}

const CHECKS: Readonly<Record<string, Check>> = {
  /** An over-depth accept (SAP-002) and a SYSTEM message from outside (SAP-007). */
  "spawn-tree": (findings, events) => {
    const problems = same("findings", summary(findings), ["SAP-007 sess-c1", "SAP-002 sess-c3"]);
    const deep = findings.find((f) => f.anti_pattern_id === "SAP-002");
    for (const e of deep ? triggers(deep, byId(events), problems) : []) {
      if (e.event_type !== "session.spawn_accepted" || e.payload.spawn_depth !== 4) {
        problems.push("SAP-002 is not triggered by the depth-4 accept");
      }
    }
    return problems;
  },

  /** One child too many: SAP-003 on the accept of sess-c6, the fifth active child; the refusals alone fire nothing. */
  "children-cap": (findings, events) => {
    const problems = same("findings", summary(findings), ["SAP-003 sess-root"]);
    const [cap] = findings;
    const accepted = cap ? triggers(cap, byId(events), problems) : [];
    if (
      accepted.length !== 1 ||
      accepted[0]?.event_type !== "session.spawn_accepted" ||
      accepted[0]?.payload.child_session_id !== "sess-c6"
    ) {
      problems.push("SAP-003 is not triggered by the spawn_accepted of sess-c6");
    }
    const refusals = events.filter((e) => e.event_type === "session.spawn_rejected");
    if (refusals.map((e) => e.payload.active_children_count).join() !== "4,5") {
      problems.push("the runtime's refusals do not count 4, then 5 active children");
    }
    return problems;
  },

  /** Rejected spawns in a loop: SAP-004 twice for the root (cap), once for the depth-3 session (depth). */
  storm: (findings, events) => {
    const problems = same("findings", summary(findings), [
      "SAP-004 sess-root",
      "SAP-004 sess-root",
      "SAP-004 sess-gg1",
    ]);
    const all = byId(events);
    for (const f of findings) {
      const rule = f.session_id === "sess-root" ? "INV-SPAWN-002:" : "INV-SPAWN-001:";
      const rejections = triggers(f, all, problems);
      const counted = rejections.filter(
        (e) =>
          e.event_type === "session.spawn_rejected" &&
          String(e.payload.rejection_reason).startsWith(rule),
      );
      if (rejections.length !== 4 || counted.length !== 4) {
        problems.push(`SAP-004 on ${f.session_id} is not four ${rule} rejections`);
      }
    }
    return problems;
  },

  /**
   * The omitted child works on: every finding is SAP-005 on sess-c2, each
   * triggered by its work (a dispatch or its model call) after the cascade,
   * and the dispatch of each of its three jobs is among them.
   */
  "cascade-miss": (findings, events) => {
    const problems: string[] = [];
    const cascade = events.find((e) => e.event_type === "session.cascade_cancel");
    const listed = (cascade?.payload.cancelled_session_ids ?? []) as string[];
    if (cascade === undefined || listed.includes("sess-c2") || listed.length === 0) {
      problems.push("the cascade does not cancel part of the tree while omitting sess-c2");
    }
    if (findings.some((f) => f.anti_pattern_id !== "SAP-005" || f.session_id !== "sess-c2")) {
      problems.push(`findings other than SAP-005 on sess-c2: ${summary(findings).join(", ")}`);
    }
    const all = byId(events);
    const triggered = new Set<string>();
    for (const f of findings) {
      for (const e of triggers(f, all, problems)) {
        triggered.add(e.event_id);
        if (cascade !== undefined && e.at.ms < cascade.at.ms) {
          problems.push(`SAP-005 triggered by ${e.event_type} before the cascade`);
        }
        if (e.event_type !== "session_scheduler.dispatch" && e.event_type !== "llm_inference") {
          problems.push(`SAP-005 triggered by ${e.event_type}, not by work`);
        }
      }
    }
    const dispatches = events.filter(
      (e) => e.event_type === "session_scheduler.dispatch" && e.payload.session_id === "sess-c2",
    );
    if (dispatches.length !== 3 || dispatches.some((d) => !triggered.has(d.event_id))) {
      problems.push("not every dispatch of sess-c2's three jobs is a SAP-005 finding");
    }
    return problems;
  },

  /** A busy legitimate tree: nothing. */
  "busy-tree": (findings) => same("findings", summary(findings), []),
};

/** What is wrong with `findings` as the findings of scenario `name` (empty when they are what it is about). */
export function scenarioProblems(
  name: string,
  findings: readonly ProjectedFinding[],
  events: readonly RuntimeEvent[],
): string[] {
  const check = CHECKS[name];
  return check === undefined ? [`no check for scenario ${name}`] : check(findings, events);
}
