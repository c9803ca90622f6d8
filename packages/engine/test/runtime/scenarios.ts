import type { Instant, Job, RuntimeEvent } from "./emitters.js";
import {
  announceBack,
  capabilityCheck,
  cascadeCancel,
  diagnostic,
  resetIds,
  schedulerDispatch,
  schedulerEnqueue,
  sessionCompleted,
  sessionCreated,
  sessionMessage,
  spawnAccepted,
  spawnRejected,
  spawnRequested,
  stateChange,
  systemDowngrade,
  uuid,
  workflowStatus,
} from "./emitters.js";
import type { RunJob } from "./job-runs.js";
import { REJECT, RuntimeRun } from "./job-runs.js";

const T0 = Date.UTC(2026, 5, 22, 10, 0, 0);

/** A clock that moves by whole milliseconds plus a microsecond part that never lands on a millisecond. */
function clock(): (stepMs: number) => Instant {
  let ms = T0;
  let n = 0;
  return (stepMs) => {
    ms += stepMs;
    n++;
    // 1..999 microseconds and a nanosecond remainder: exact sub-millisecond digits
    return { ms, subNs: (((n * 397) % 999) + 1) * 1000 + ((n * 131) % 1000) };
  };
}

/**
 * A spawn tree as the runtime runs it (src/workflows.rs,
 * `start_workflow_for_job` → `enqueue_model_run_job` → dispatch → completion):
 * a root session whose child spawns a chain four levels deep (one past the
 * registry's default max_spawn_depth of 3: the deployment allowed 4), a
 * fifth level the runtime rejects (`INV-SPAWN-001: spawn_depth exceeds
 * max_spawn_depth`),
 * a SYSTEM message from outside downgraded to USER (TRUST-001), the first
 * child completing and announcing back, then the operator cancelling the
 * root and the cascade. Between them, runtime events the registry does not
 * read (a `system` status event, a `diagnostic`).
 */
export function spawnTree(): RuntimeEvent[] {
  resetIds();
  const at = clock();
  const job = (n: number, session: string, depth: number, parent?: string): Job => ({
    jobId: uuid(1, n),
    session,
    depth,
    role: depth === 0 ? "Orchestrator" : "Coder",
    lane: depth === 0 ? "PRIMARY" : "SUBAGENT",
    ...(parent === undefined ? {} : { parent }),
  });
  const root = job(1, "sess-root", 0);
  const chain = [
    job(2, "sess-c1", 1, "sess-root"),
    job(3, "sess-c2", 2, "sess-c1"),
    job(4, "sess-c3", 3, "sess-c2"),
    job(5, "sess-c4", 4, "sess-c3"),
  ];
  const tooDeep = job(6, "sess-c5", 5, "sess-c4");
  const [c1] = chain as [Job];
  const out: RuntimeEvent[] = [];
  const queueDepth = { n: 0 };

  // The root job.
  out.push(capabilityCheck(at(0), root, "doc.summarize", "allow"));
  out.push(workflowStatus(at(3), root, uuid(2, 1)));
  out.push(sessionCreated(at(12), root));
  out.push(sessionMessage(at(2), root, "msg-root-1", "USER", 12));
  out.push(schedulerEnqueue(at(4), root, queueDepth.n++));
  out.push(stateChange(at(30), root, "CREATED", "ACTIVE"));
  out.push(schedulerDispatch(at(1), root, 31));

  // The chain of children, each a job of its own.
  for (const [i, child] of chain.entries()) {
    out.push(capabilityCheck(at(180), child, "doc.summarize", "allow"));
    out.push(spawnRequested(at(2), child));
    out.push(sessionCreated(at(9), child));
    if (i === 0) {
      // A message claiming SYSTEM from outside: stored as USER, token count unknown.
      out.push(sessionMessage(at(1), child, "msg-c1-1", "USER", null));
      out.push(systemDowngrade(at(1), child, "msg-c1-1", null, false));
    } else {
      out.push(sessionMessage(at(1), child, `msg-${child.session}-1`, "USER", 40 + i));
    }
    out.push(schedulerEnqueue(at(3), child, queueDepth.n++));
    out.push(spawnAccepted(at(1), child));
    out.push(stateChange(at(25), child, "CREATED", "ACTIVE"));
    out.push(schedulerDispatch(at(1), child, 26));
    if (i === 1) out.push(diagnostic(at(40), child.jobId, uuid(3, 1)));
  }

  // The fifth level is refused by the runtime's own limit.
  out.push(capabilityCheck(at(150), tooDeep, "doc.summarize", "allow"));
  out.push(spawnRequested(at(2), tooDeep));
  out.push(spawnRejected(at(1), tooDeep, REJECT.depth, 0));

  // The first child finishes and announces back (twice completed: repeats are the runtime's).
  out.push(sessionMessage(at(900), c1, "msg-c1-2", "ASSISTANT", 230));
  out.push(stateChange(at(5), c1, "ACTIVE", "COMPLETED"));
  out.push(sessionCompleted(at(2), c1, 230, 2, null));
  out.push(announceBack(at(3), c1, "completed", null));

  // The operator cancels the root; the runtime cascades to the live descendants.
  out.push(stateChange(at(1200), root, "ACTIVE", "CANCELLED"));
  out.push(
    cascadeCancel(
      at(4),
      root,
      chain.slice(1).map((j) => j.session),
      "operator",
    ),
  );
  return out;
}

/**
 * `n` events as a busy runtime records them: model-run jobs of independent
 * root sessions, five events each (capability check, created, enqueue, state
 * change, dispatch), for the API's 200-event limit.
 */
export function busyRuntime(n: number): RuntimeEvent[] {
  resetIds();
  const at = clock();
  const out: RuntimeEvent[] = [];
  for (let j = 1; out.length < n; j++) {
    const job: Job = {
      jobId: uuid(1, j),
      session: `sess-${j}`,
      depth: 0,
      role: "Orchestrator",
      lane: "PRIMARY",
    };
    out.push(capabilityCheck(at(7), job, "doc.summarize", "allow"));
    out.push(sessionCreated(at(5), job));
    out.push(schedulerEnqueue(at(3), job, 0));
    out.push(stateChange(at(20), job, "CREATED", "ACTIVE"));
    out.push(schedulerDispatch(at(1), job, 21));
  }
  return out.slice(0, n);
}

/*
 * The scenarios below run on `RuntimeRun` (job-runs.ts), which writes each
 * model-run job in the order src/workflows.rs records it. The deployment runs
 * the scheduler with SESSION_SCHED_MAX_CONCURRENT_PER_PROVIDER=8 and
 * SESSION_SCHED_MAX_CONCURRENT_PER_MODEL=8 (global default 8), so a tree's
 * sessions run at once instead of queueing behind the per-model default of 2;
 * every session runs `llama3.1:8b` on the `ollama` backend.
 */

/**
 * A requester over the children cap. The root runs four children (the
 * runtime's `max_active_children_per_session`, 4, hard-coded in
 * `SpawnLimits::from_scheduler_config`); a fifth request is refused with the
 * runtime's reason (`INV-SPAWN-002: parent session already at
 * max_active_children_per_session`, active_children_count 4). When the first
 * child completes, the orchestrator asks for two children at once: both
 * `enqueue_model_run_job` calls read the parent's active children (3) before
 * either registers its session (`validate_spawn_request` and
 * `upsert_session` are not one step), so both are accepted and the root holds
 * five active children. A later request is refused with
 * active_children_count 5: the runtime's own count shows the breach. Then
 * every child and the root complete.
 */
export function childrenCap(): RuntimeEvent[] {
  const run = new RuntimeRun(Date.UTC(2026, 5, 22, 11, 0, 0));
  const parent = "sess-root";
  const root = run.job(parent, 0);
  const kids = [1, 2, 3, 4].map((i) => run.job(`sess-c${i}`, 1, { parent }));
  const [c1, c2, c3, c4] = kids as [RunJob, RunJob, RunJob, RunJob];

  run.start(root, 1, 60);
  run.dispatch(root, 18);
  for (const kid of kids) {
    run.start(kid, 150);
    run.dispatch(kid, 16);
  }

  // A fifth child while four are active: refused.
  run.reject(run.job("sess-c5", 1, { parent }), 420, REJECT.childrenCap, 4);

  // The first child completes: three active.
  run.complete(c1, 9000);

  // Two children requested at once: both read three active children.
  const c5 = run.job("sess-c5", 1, { parent });
  const c6 = run.job("sess-c6", 1, { parent });
  run.capability(c5, 2400);
  run.capability(c6, 1);
  run.spawnRequested(c5, 2);
  run.spawnRequested(c6, 1);
  run.created(c5, 6);
  run.created(c6, 1);
  run.message(c5, 1, "USER", 31);
  run.message(c6, 1, "USER", 28);
  run.enqueue(c5, 2);
  run.spawnAccepted(c5, 1);
  run.enqueue(c6, 1);
  run.spawnAccepted(c6, 1);
  run.dispatch(c5, 14);
  run.dispatch(c6, 3);

  // The next request is refused, counting five active children.
  run.reject(run.job("sess-c7", 1, { parent }), 1800, REJECT.childrenCap, 5);

  // Everyone completes.
  run.complete(c2, 4200);
  run.complete(c3, 2600);
  run.complete(c4, 3100);
  run.complete(c5, 5200);
  run.complete(c6, 1900);
  run.complete(root, 2400, { prompt: 2600, completion: 900 });
  return run.events;
}

/**
 * A delegation storm at the limits. The root fans out to its four children
 * (the cap), one child's line goes three levels deep (`sess-c1` →
 * `sess-g1` → `sess-gg1`, the deepest the runtime's `max_spawn_depth` of 3
 * allows), and then the orchestrator's model loops: it asks for another
 * child every second or so and is refused each time at the cap
 * (`INV-SPAWN-002`), while the depth-3 session keeps asking for children of
 * its own and is refused at the depth limit (`INV-SPAWN-001: spawn_depth
 * exceeds max_spawn_depth`). The operator then cancels the root; the cascade
 * reaches every live descendant (`cascade_cancel_session` walks the tree
 * depth first) and every run ends CANCELLED.
 */
export function storm(): RuntimeEvent[] {
  const run = new RuntimeRun(Date.UTC(2026, 5, 22, 12, 0, 0));
  const root = run.job("sess-root", 0);
  const kids = [1, 2, 3, 4].map((i) => run.job(`sess-c${i}`, 1, { parent: "sess-root" }));
  const [c1] = kids as [RunJob];
  const g1 = run.job("sess-g1", 2, { parent: "sess-c1", role: "Validator" });
  const gg1 = run.job("sess-gg1", 3, { parent: "sess-g1", role: "Validator" });

  run.start(root, 1, 80);
  run.dispatch(root, 20);
  for (const kid of kids) {
    run.start(kid, 140);
    run.dispatch(kid, 15);
  }
  run.start(g1, 700);
  run.dispatch(g1, 14);
  run.start(gg1, 900);
  run.dispatch(gg1, 16);

  // The loop: the root asks again and again at its cap; the depth-3 session asks for a fourth level.
  let deep = 0;
  for (let i = 0; i < 8; i++) {
    run.reject(
      run.job(`sess-c${5 + i}`, 1, { parent: "sess-root" }),
      1100 + 90 * i,
      REJECT.childrenCap,
      4,
    );
    if (i % 2 === 1) {
      deep++;
      const request = run.job(`sess-ggg${deep}`, 4, { parent: "sess-gg1", role: "Validator" });
      run.reject(request, 380, REJECT.depth, 0);
    }
  }

  // The operator cancels the root; the cascade walks c1, g1, gg1, then c2, c3, c4.
  const reason = "user_requested";
  run.cancelJob(root, 2600, "operator", reason);
  const walked = [c1, g1, gg1, ...kids.slice(1)];
  for (const job of walked) run.cancelJob(job, 2, "operator", reason);
  run.cascade(root, 1, walked, reason);
  run.endCancelled(root, 14, reason);
  for (const job of walked) run.endCancelled(job, 3, reason);
  return run.events;
}

/**
 * A cascade that misses a live descendant. The root runs a child
 * (`sess-c1`) with a child of its own (`sess-g1`); as a second child's job
 * (`sess-c2`) is being enqueued (its spawn request already validated), the
 * operator cancels the root. `cascade_cancel_session` walks the children the
 * session registry knows at that moment; `sess-c2` is registered
 * (`ensure_model_session_artifact_refs` → `upsert_session`) just after the
 * walk read the root's children, so the cascade cancels `sess-c1` and
 * `sess-g1` and omits `sess-c2`. Its job is queued and its session CREATED,
 * so the dispatcher runs it (the gate checks only the session's own state),
 * and two more jobs for `sess-c2` follow (`validate_spawn_request` does not
 * look at the parent's state): three dispatches under a cancelled root.
 */
export function cascadeMiss(): RuntimeEvent[] {
  const run = new RuntimeRun(Date.UTC(2026, 5, 22, 13, 0, 0));
  const root = run.job("sess-root", 0);
  const c1 = run.job("sess-c1", 1, { parent: "sess-root" });
  const g1 = run.job("sess-g1", 2, { parent: "sess-c1", role: "Validator" });
  const c2 = run.job("sess-c2", 1, { parent: "sess-root" });

  run.start(root, 1, 52);
  run.dispatch(root, 19);
  run.start(c1, 210);
  run.dispatch(c1, 15);
  run.start(g1, 1300);
  run.dispatch(g1, 16);

  // sess-c2's job passes admission (the root has one active child) ...
  run.capability(c2, 6400);
  run.spawnRequested(c2, 2);
  // ... while the operator cancels the root and the cascade walks the tree as registered.
  const reason = "user_requested";
  run.cancelJob(root, 1, "operator", reason);
  run.cancelJob(c1, 2, "operator", reason);
  run.created(c2, 1);
  run.cancelJob(g1, 1, "operator", reason);
  run.message(c2, 1, "USER", 36);
  run.cascade(root, 1, [c1, g1], reason);
  run.enqueue(c2, 2);
  run.spawnAccepted(c2, 1);
  run.endCancelled(root, 12, reason);
  run.endCancelled(c1, 3, reason);
  run.endCancelled(g1, 3, reason);

  // The omitted child's job is dispatched, and it is given more work.
  run.dispatch(c2, 9);
  run.complete(c2, 3800);
  for (const [gap, runs] of [
    [21_000, 4100],
    [17_500, 6300],
  ] as const) {
    const next = run.job("sess-c2", 1, { parent: "sess-root" });
    run.start(next, gap, 40);
    run.dispatch(next, 15);
    run.complete(next, runs);
  }
  return run.events;
}

/**
 * A busy legitimate tree. The deployment also limits requests per minute
 * per provider (SESSION_SCHED_RATE_LIMIT_REQUESTS_PER_MINUTE=6: a bucket of
 * six that refills one every ten seconds). The root plans (one job), three
 * children each start a child of their own; the third grandchild's dispatch
 * finds the bucket empty (`rate_limit_requests_per_minute_queued`) and is
 * dispatched after the backoff. Every job completes and announces back. A
 * second round: the operator cancels `sess-c2`'s job (no live descendants,
 * so no cascade event), and later `sess-c1`'s while it waits on a
 * grandchild's new job, which the cascade cancels with it. `sess-c3` runs a
 * second job, and the root a final one that collects the results. Each
 * session's jobs run one after another, every child stays within the caps,
 * and nothing works under a cancelled ancestor: no finding.
 */
export function busyTree(): RuntimeEvent[] {
  const run = new RuntimeRun(Date.UTC(2026, 5, 22, 14, 0, 0), { requestsPerMinute: 6 });
  const parent = "sess-root";
  const plan = run.job(parent, 0);
  const kids = [1, 2, 3].map((i) => run.job(`sess-c${i}`, 1, { parent }));
  const grandkids = [1, 2, 3].map((i) =>
    run.job(`sess-g${i}`, 2, { parent: `sess-c${i}`, role: "Validator" }),
  );
  const [c1, c2, c3] = kids as [RunJob, RunJob, RunJob];
  const [g1, g2, g3] = grandkids as [RunJob, RunJob, RunJob];

  // The root plans.
  run.start(plan, 1, 140);
  run.dispatch(plan, 22);
  run.complete(plan, 2500, { prompt: 900, completion: 640 });

  // Three children, then a grandchild under each; the third waits for the rate limit.
  for (const kid of kids) {
    run.start(kid, 120);
    run.dispatch(kid, 15);
  }
  run.start(g1, 900);
  run.dispatch(g1, 15);
  run.start(g2, 150);
  run.dispatch(g2, 15);
  run.start(g3, 150);
  const backoff = run.rateLimited(g3, 14);
  run.dispatch(g3, backoff + 3);

  // Everyone completes, grandchildren before their parents.
  run.complete(g1, 3900);
  run.complete(g2, 1100);
  run.complete(g3, 4200);
  run.complete(c1, 2300);
  run.complete(c2, 1800);
  run.complete(c3, 2700);

  // Second round: sess-c2's job is cancelled by the operator.
  const reason = "user_requested";
  const c2b = run.job("sess-c2", 1, { parent });
  run.start(c2b, 2400, 52);
  run.dispatch(c2b, 15);
  run.cancelJob(c2b, 5600, "operator", reason);
  run.endCancelled(c2b, 17, reason);

  // sess-c1 starts a new job and gives sess-g1 another; the operator cancels sess-c1 with it.
  const c1b = run.job("sess-c1", 1, { parent });
  const g1b = run.job("sess-g1", 2, { parent: "sess-c1", role: "Validator" });
  run.start(c1b, 4300, 47);
  run.dispatch(c1b, 15);
  run.start(g1b, 3600, 33);
  run.dispatch(g1b, 15);
  run.cancelJob(c1b, 6400, "operator", reason);
  run.cancelJob(g1b, 2, "operator", reason);
  run.cascade(c1b, 1, [g1b], reason);
  run.endCancelled(c1b, 14, reason);
  run.endCancelled(g1b, 4, reason);

  // sess-c3 runs a second job; the root collects the results.
  const c3b = run.job("sess-c3", 1, { parent });
  run.start(c3b, 4800, 61);
  run.dispatch(c3b, 15);
  run.complete(c3b, 6200);
  const collect = run.job(parent, 0);
  run.start(collect, 3900, 210);
  run.dispatch(collect, 21);
  run.complete(collect, 5400, { prompt: 3100, completion: 1200 });
  return run.events;
}

/** Every runtime scenario by the file name its fixtures carry. */
export const SCENARIOS: Readonly<Record<string, () => RuntimeEvent[]>> = {
  "spawn-tree": spawnTree,
  "children-cap": childrenCap,
  storm,
  "cascade-miss": cascadeMiss,
  "busy-tree": busyTree,
};
