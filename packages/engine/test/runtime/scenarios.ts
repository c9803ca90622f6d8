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
 * fifth level the runtime rejects (`spawn_depth exceeds max_spawn_depth`),
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
  out.push(capabilityCheck(at(0), root, "model.run", "allow"));
  out.push(workflowStatus(at(3), root, uuid(2, 1)));
  out.push(sessionCreated(at(12), root));
  out.push(sessionMessage(at(2), root, "msg-root-1", "USER", 12));
  out.push(schedulerEnqueue(at(4), root, queueDepth.n++));
  out.push(stateChange(at(30), root, "CREATED", "ACTIVE"));
  out.push(schedulerDispatch(at(1), root, 31));

  // The chain of children, each a job of its own.
  for (const [i, child] of chain.entries()) {
    out.push(capabilityCheck(at(180), child, "model.run", "allow"));
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
  out.push(capabilityCheck(at(150), tooDeep, "model.run", "allow"));
  out.push(spawnRequested(at(2), tooDeep));
  out.push(spawnRejected(at(1), tooDeep, "spawn_depth exceeds max_spawn_depth", 0));

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
    out.push(capabilityCheck(at(7), job, "model.run", "allow"));
    out.push(sessionCreated(at(5), job));
    out.push(schedulerEnqueue(at(3), job, 0));
    out.push(stateChange(at(20), job, "CREATED", "ACTIVE"));
    out.push(schedulerDispatch(at(1), job, 21));
  }
  return out.slice(0, n);
}
