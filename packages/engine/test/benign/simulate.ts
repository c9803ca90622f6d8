import { createHash } from "node:crypto";
import { Prng } from "./prng.js";

/*
 * A deterministic simulator of a legitimately busy Handshake runtime. It runs a
 * small discrete-event simulation (one generator per session, a priority
 * scheduler with lanes and concurrency groups, token-bucket rate limits) and
 * writes the audit events the runtime would record, in the catalog's envelope
 * (registry/events). Everything it does follows the runtime's rules in
 * DOMAIN.md; nothing in the output should make a registry entry fire.
 *
 * Pure function of (profile, seed): a seeded PRNG, simulated time only.
 */

/** One audit event in the runtime's envelope. */
export interface AuditEvent {
  readonly event_id: string;
  readonly event_type: string;
  readonly timestamp: string;
  readonly session_id: string;
  readonly payload: Record<string, unknown>;
}

/** A scenario profile: how many trees, how busy, which situations. */
export interface Profile {
  readonly name: string;
  readonly description: string;
  /** Operator-facing root orchestrators (PRIMARY lane). */
  readonly orchestratorRoots: number;
  /** Unattended root sessions (role Background, BACKGROUND lane). */
  readonly backgroundRoots: number;
  /** Gap between root arrivals, ms [min, max]. */
  readonly rootGapMs: readonly [number, number];
  /** Scheduler limits (DOMAIN defaults 8 / 4 / 2). */
  readonly limits: {
    readonly global: number;
    readonly perProvider: number;
    readonly perModel: number;
  };
  /** Cloud provider token bucket: burst capacity and ms per token. */
  readonly rateLimit: { readonly capacity: number; readonly refillMs: number };
  /** The runtime's spawn admission pacer: at most this many requests per tree per 60s. */
  readonly spawnsPerMinutePerTree: number;
  /** Share of sessions on a cloud model. */
  readonly cloudShare: number;
  /** Probabilities of the situations below, per eligible session. */
  readonly p: {
    readonly subOrchestrator: number;
    /** A root tree that fans out at once (4 planners, 3 children each). */
    readonly fastFanout: number;
    readonly extraChildAtCap: number;
    readonly depthProbe: number;
    readonly denialBurst: number;
    readonly escalation: number;
    readonly destructive: number;
    readonly crash: number;
    readonly revoke: number;
    readonly operatorCancel: number;
    readonly cancelSubtree: number;
    readonly plugin: number;
    readonly mcp: number;
    readonly leafFail: number;
    readonly modelError: number;
    readonly crossAccess: number;
    readonly singleCall: number;
    readonly debugBypass: number;
    readonly budgetWarning: number;
  };
  /** Largest delay between a SYSTEM message's attribution and its append, ms (SAP-010 allows < 10s). */
  readonly systemAppendDelayMs: number;
  /** Extra tool time for long-running children, ms [min, max] (children must announce within 1h). */
  readonly longTaskMs: readonly [number, number];
  /**
   * Governance notices for root sessions arrive while a model call is in
   * flight: attributed at once, appended to the thread when the call ends
   * (the thread is not written under a running call).
   */
  readonly heldSystemNotices?: boolean;
  /** A provider incident: in [fromMs, toMs) this share of its calls runs into the job timeout. */
  readonly incident?: {
    readonly provider: string;
    readonly fromMs: number;
    readonly toMs: number;
    readonly timeoutShare: number;
  };
}

const BASE_PROFILE: Profile = {
  name: "steady",
  description: "Steady operator traffic: orchestrators fanning out, background indexers.",
  orchestratorRoots: 40,
  backgroundRoots: 8,
  rootGapMs: [20_000, 70_000],
  limits: { global: 8, perProvider: 4, perModel: 2 },
  rateLimit: { capacity: 3, refillMs: 5_000 },
  spawnsPerMinutePerTree: 12,
  cloudShare: 0.4,
  p: {
    subOrchestrator: 0.35,
    fastFanout: 0.05,
    extraChildAtCap: 0.15,
    depthProbe: 0.2,
    denialBurst: 0.08,
    escalation: 0.1,
    destructive: 0.08,
    crash: 0.03,
    revoke: 0.05,
    operatorCancel: 0.04,
    cancelSubtree: 0.08,
    plugin: 0.1,
    mcp: 0.5,
    leafFail: 0.04,
    modelError: 0.03,
    crossAccess: 0.3,
    singleCall: 0.1,
    debugBypass: 0.03,
    budgetWarning: 0.1,
  },
  systemAppendDelayMs: 200,
  longTaskMs: [0, 0],
};

/** The scenario profiles. */
export const PROFILES: Readonly<Record<string, Profile>> = {
  steady: BASE_PROFILE,
  burst: {
    ...BASE_PROFILE,
    name: "burst",
    description:
      "Busy bursts just under every threshold: spawn pacing at 12/min per tree, five denials a minute, three cap rejections in two minutes, heavy subagent traffic, slow SYSTEM appends, long children.",
    orchestratorRoots: 30,
    backgroundRoots: 10,
    rootGapMs: [25_000, 60_000],
    p: {
      ...BASE_PROFILE.p,
      subOrchestrator: 0.8,
      fastFanout: 0.3,
      extraChildAtCap: 0.6,
      depthProbe: 0.5,
      denialBurst: 0.3,
      escalation: 0.2,
      destructive: 0.2,
      crossAccess: 0.5,
    },
    systemAppendDelayMs: 9_500,
    incident: { provider: "openai", fromMs: 5 * 60_000, toMs: 25 * 60_000, timeoutShare: 0.4 },
    longTaskMs: [15 * 60_000, 25 * 60_000],
  },
  recovery: {
    ...BASE_PROFILE,
    name: "recovery",
    description:
      "Things going wrong legitimately: crashes recovered from checkpoints, consent revoked and re-issued, trees and subtrees cancelled with a cascade, failing leaves.",
    orchestratorRoots: 30,
    backgroundRoots: 4,
    p: {
      ...BASE_PROFILE.p,
      crash: 0.25,
      revoke: 0.4,
      operatorCancel: 0.2,
      cancelSubtree: 0.3,
      leafFail: 0.15,
      modelError: 0.1,
      singleCall: 0.3,
      debugBypass: 0.2,
    },
    incident: { provider: "anthropic", fromMs: 10 * 60_000, toMs: 40 * 60_000, timeoutShare: 0.6 },
  },
  mixed: {
    ...BASE_PROFILE,
    name: "mixed",
    description: "All of the above in one log.",
    p: {
      ...BASE_PROFILE.p,
      subOrchestrator: 0.55,
      fastFanout: 0.15,
      extraChildAtCap: 0.35,
      depthProbe: 0.35,
      denialBurst: 0.15,
      crash: 0.1,
      revoke: 0.15,
      operatorCancel: 0.08,
      cancelSubtree: 0.15,
      leafFail: 0.08,
      singleCall: 0.2,
      debugBypass: 0.08,
      crossAccess: 0.7,
    },
    systemAppendDelayMs: 5_000,
    incident: { provider: "openai", fromMs: 15 * 60_000, toMs: 45 * 60_000, timeoutShare: 0.5 },
    longTaskMs: [0, 10 * 60_000],
  },
};

/**
 * The mixed profile under overload (roots arriving every 1-4 s). Everything
 * still follows the runtime's rules, but queue waits reach tens of minutes and
 * some children announce back more than an hour after their creation (SAP-006
 * reported them until it started its clock at the child's final state).
 */
export const OVERLOAD_PROFILE: Profile = {
  ...(PROFILES.mixed as Profile),
  name: "overload",
  description:
    "The mixed profile under overload: every rule followed, queue waits of tens of minutes, children that take over an hour.",
  orchestratorRoots: 120,
  backgroundRoots: 24,
  rootGapMs: [1_000, 4_000],
};

/**
 * Not benign for SAP-001 at its defaults: the burst profile without the
 * runtime's spawn pacer, every depth-0 and depth-1 child a planner. Trees stay
 * within the runtime's own limits (depth 3, 4 active children per session),
 * but a fast fan-out makes more than 12 spawn requests a minute.
 */
export const FANOUT_PROFILE: Profile = {
  ...(PROFILES.burst as Profile),
  name: "fanout",
  description: "Fast fan-outs within depth 3 and breadth 4, no spawn pacer.",
  spawnsPerMinutePerTree: 1_000,
  p: { ...(PROFILES.burst as Profile).p, subOrchestrator: 1 },
};

/**
 * Not benign for SAP-010 at its defaults: the mixed profile where governance
 * notices reach root sessions mid call and are appended when the call ends,
 * seconds to minutes after their runtime attribution.
 */
export const HELD_NOTICES_PROFILE: Profile = {
  ...(PROFILES.mixed as Profile),
  name: "held",
  description: "Governance SYSTEM notices attributed mid call, appended when the call ends.",
  heldSystemNotices: true,
};

export interface SimulationOptions {
  readonly seed: number;
  /** A profile name from PROFILES or a profile. */
  readonly profile?: string | Profile;
  /** Override the number of orchestrator roots (and scale background roots with it). */
  readonly roots?: number;
}

export interface SimulationResult {
  readonly events: readonly AuditEvent[];
  /** The log: one JSON line per event, each ending in a newline. */
  readonly jsonl: string;
  readonly stats: Readonly<Record<string, number>>;
}

// ---------------------------------------------------------------------------
// Simulation kernel

const STOP: unique symbol = Symbol("stop");

type Resume = "dispatched" | "cancelled" | undefined;
type Instr =
  | { readonly t: "sleep"; readonly ms: number }
  | { readonly t: "queue"; readonly job: Job }
  | { readonly t: "wait"; readonly latch: Latch };
type Gen<R = void> = Generator<Instr, R, Resume>;

class Latch {
  fired = false;
  waiters: Proc[] = [];
}

interface Proc {
  readonly gen: Gen;
  readonly session: Session | undefined;
  waitingOn: Latch | undefined;
}

interface HeapItem {
  readonly time: number;
  readonly seq: number;
  readonly run: () => void;
}

class Heap {
  #items: HeapItem[] = [];
  get size(): number {
    return this.#items.length;
  }
  push(item: HeapItem): void {
    const a = this.#items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(a[i] as HeapItem, a[p] as HeapItem)) break;
      [a[i], a[p]] = [a[p] as HeapItem, a[i] as HeapItem];
      i = p;
    }
  }
  pop(): HeapItem | undefined {
    const a = this.#items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && less(a[l] as HeapItem, a[m] as HeapItem)) m = l;
        if (r < a.length && less(a[r] as HeapItem, a[m] as HeapItem)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as HeapItem, a[i] as HeapItem];
        i = m;
      }
    }
    return top;
  }
}

function less(x: HeapItem, y: HeapItem): boolean {
  return x.time < y.time || (x.time === y.time && x.seq < y.seq);
}

// ---------------------------------------------------------------------------
// Runtime model

interface ModelSpec {
  readonly provider: string;
  readonly model: string;
  readonly locality: "local" | "cloud";
}

const LOCAL_MODELS: readonly ModelSpec[] = [
  { provider: "local", model: "llama-3.1-8b", locality: "local" },
  { provider: "local", model: "qwen2.5-coder-14b", locality: "local" },
];
const CLOUD_MODELS: readonly ModelSpec[] = [
  { provider: "anthropic", model: "claude-sonnet", locality: "cloud" },
  { provider: "anthropic", model: "claude-haiku", locality: "cloud" },
  { provider: "openai", model: "gpt-4.1", locality: "cloud" },
];

type Lane = "PRIMARY" | "SUBAGENT" | "BACKGROUND" | "VALIDATION";
/** Each lane's job timeout: an attempt still running then ends `timeout`. */
const LANE_TIMEOUT_MS: Readonly<Record<Lane, number>> = {
  PRIMARY: 120_000,
  VALIDATION: 180_000,
  SUBAGENT: 300_000,
  BACKGROUND: 600_000,
};

const LANE_RANK: Readonly<Record<Lane, number>> = {
  PRIMARY: 0,
  VALIDATION: 1,
  SUBAGENT: 2,
  BACKGROUND: 3,
};

type Role = "Orchestrator" | "Planner" | "Coder" | "Validator" | "Researcher" | "Background";

const ROLE_GRANTS: Readonly<Record<Role, readonly string[]>> = {
  Orchestrator: [
    "fs.read",
    "fs.write:src",
    "fs.write:tests",
    "fs.write:docs",
    "proc.exec:tests",
    "proc.exec:build",
    "proc.exec:git",
    "net.http:registry",
    "net.http:docs",
    "ext.install:plugins",
  ],
  Planner: [
    "fs.read",
    "fs.write:src",
    "fs.write:tests",
    "proc.exec:tests",
    "proc.exec:build",
    "proc.exec:git",
    "net.http:docs",
  ],
  Coder: [
    "fs.read:src",
    "fs.read:tests",
    "fs.write:src",
    "fs.write:tests",
    "proc.exec:tests",
    "proc.exec:git",
  ],
  Validator: ["fs.read", "proc.exec:tests"],
  Researcher: ["fs.read:docs", "net.http:docs"],
  Background: ["fs.read", "fs.write:index", "proc.exec:indexer", "proc.exec:cleanup"],
};

/** Capability axes that act on the world. */
const RISKY_AXES: ReadonlySet<string> = new Set([
  "proc.exec",
  "net.http",
  "secrets.use",
  "fs.write",
]);

/** The runtime's capability_covers (environment.yaml). */
function covers(grants: readonly string[], id: string): boolean {
  const axis = id.split(":")[0] ?? id;
  return grants.some((g) => g === id || g === axis);
}

interface Receipt {
  readonly id: string;
  readonly scope: string;
  readonly planHash: string;
  readonly untilMs: number;
}

interface Tree {
  readonly id: string;
  readonly spawnTimes: number[];
  /** Delegates at once and at full breadth (see orchestrate). */
  fast: boolean;
}

class Session {
  state = "CREATED";
  stopped = false;
  terminal = false;
  blocked = false;
  unblocked: Latch | undefined;
  paused = false;
  readonly children: Session[] = [];
  activeChildren = 0;
  childFinished = new Latch();
  readonly done = new Latch();
  proc: Proc | undefined;
  grants: readonly string[] = [];
  receipt: Receipt | undefined;
  queued: Job | undefined;
  lastJob = "";
  lastCheckpoint = "";
  msgsSinceCkpt = 0;
  tokensSinceCkpt = 0;
  totalTokens = 0;
  messages = 0;
  costUsd = 0;
  hadUntrustedInbound = false;
  bypassChecks = false;
  failing = false;
  worktree: string;

  constructor(
    readonly id: string,
    readonly role: Role,
    readonly depth: number,
    readonly parent: Session | undefined,
    readonly tree: Tree,
    readonly model: ModelSpec,
    readonly lane: Lane,
    readonly createdMs: number,
  ) {
    this.worktree = `wt-${id}`;
  }
}

interface Job {
  readonly id: string;
  readonly session: Session;
  readonly lane: Lane;
  readonly priority: number;
  readonly model: ModelSpec;
  readonly seq: number;
  enqueuedMs: number;
  notBeforeMs: number;
  attempt: number;
  proc: Proc | undefined;
}

const BASE_MS = Date.UTC(2026, 2, 2, 8, 0, 0);
const RUNTIME_ID = "hsk-runtime";
const OPERATORS = ["op-alice", "op-bruno", "op-chen"] as const;

class Simulation {
  readonly events: AuditEvent[] = [];
  readonly lines: string[] = [];
  readonly stats: Record<string, number> = {};
  now = 0;
  #seq = 0;
  #ids = new Map<string, number>();
  readonly #heap = new Heap();
  readonly #queue: Job[] = [];
  #runningGlobal = 0;
  readonly #runningProvider = new Map<string, number>();
  readonly #runningModel = new Map<string, number>();
  readonly #buckets = new Map<string, { tokens: number; lastMs: number }>();
  #pumpScheduled = false;

  constructor(
    readonly rng: Prng,
    readonly profile: Profile,
    readonly tag: string,
  ) {}

  count(key: string, by = 1): void {
    this.stats[key] = (this.stats[key] ?? 0) + by;
  }

  id(prefix: string): string {
    const n = (this.#ids.get(prefix) ?? 0) + 1;
    this.#ids.set(prefix, n);
    return `${prefix}-${this.tag}-${n.toString().padStart(5, "0")}`;
  }

  hash(text: string): string {
    return `sha256:${createHash("sha256").update(`${this.tag}/${text}`).digest("hex")}`;
  }

  iso(ms: number): string {
    return new Date(BASE_MS + ms).toISOString();
  }

  emit(eventType: string, sessionId: string, payload: Record<string, unknown>): AuditEvent {
    const event: AuditEvent = {
      event_id: `ev-${this.tag}-${(this.events.length + 1).toString().padStart(7, "0")}`,
      event_type: eventType,
      timestamp: this.iso(this.now),
      session_id: sessionId,
      payload,
    };
    this.events.push(event);
    this.count(`event:${eventType}`);
    return event;
  }

  at(time: number, run: () => void): void {
    this.#heap.push({ time, seq: this.#seq++, run });
  }

  start(gen: Gen, session: Session | undefined, time = this.now): Proc {
    const proc: Proc = { gen, session, waitingOn: undefined };
    if (session) session.proc = proc;
    this.at(time, () => this.#resume(proc, undefined));
    return proc;
  }

  #resume(proc: Proc, value: Resume): void {
    proc.waitingOn = undefined;
    let r: IteratorResult<Instr, void>;
    try {
      r = proc.session?.stopped ? proc.gen.throw(STOP) : proc.gen.next(value);
    } catch (error) {
      if (error === STOP) {
        this.#finish(proc);
        return;
      }
      throw error;
    }
    if (r.done) {
      this.#finish(proc);
      return;
    }
    const instr = r.value;
    switch (instr.t) {
      case "sleep":
        this.at(this.now + Math.max(0, Math.round(instr.ms)), () => this.#resume(proc, undefined));
        return;
      case "queue":
        instr.job.proc = proc;
        this.#submit(instr.job);
        return;
      case "wait":
        if (instr.latch.fired) this.at(this.now, () => this.#resume(proc, undefined));
        else {
          proc.waitingOn = instr.latch;
          instr.latch.waiters.push(proc);
        }
        return;
    }
  }

  #finish(proc: Proc): void {
    const s = proc.session;
    if (s) this.fire(s.done);
  }

  fire(latch: Latch): void {
    if (latch.fired) return;
    latch.fired = true;
    for (const w of latch.waiters) this.at(this.now, () => this.#resume(w, undefined));
    latch.waiters = [];
  }

  /** Wakes a stopped session's process if it waits on a latch, so it stops now. */
  wakeForStop(s: Session): void {
    const proc = s.proc;
    const latch = proc?.waitingOn;
    if (!proc || !latch) return;
    latch.waiters = latch.waiters.filter((w) => w !== proc);
    proc.waitingOn = undefined;
    this.at(this.now, () => this.#resume(proc, undefined));
  }

  run(): void {
    for (;;) {
      const item = this.#heap.pop();
      if (!item) return;
      this.now = item.time;
      item.run();
    }
  }

  // --- scheduler -----------------------------------------------------------

  newJob(s: Session, model: ModelSpec): Job {
    const lane = s.lane;
    const priority =
      lane === "PRIMARY" ? 10 : lane === "VALIDATION" ? 40 : lane === "SUBAGENT" ? 50 : 90;
    return {
      id: this.id("job"),
      session: s,
      lane,
      priority,
      model,
      seq: this.#seq++,
      enqueuedMs: this.now,
      notBeforeMs: 0,
      attempt: 0,
      proc: undefined,
    };
  }

  #submit(job: Job): void {
    job.enqueuedMs = this.now;
    job.notBeforeMs = 0;
    job.session.queued = job;
    this.emit("session_scheduler.enqueue", job.session.id, {
      session_id: job.session.id,
      job_id: job.id,
      lane: job.lane,
      priority: job.priority,
      concurrency_group: `${job.model.provider}/${job.model.model}`,
    });
    this.#queue.push(job);
    this.#schedulePump(this.now);
  }

  #schedulePump(time: number): void {
    if (time === this.now && this.#pumpScheduled) return;
    if (time === this.now) this.#pumpScheduled = true;
    this.at(time, () => {
      if (time === this.now) this.#pumpScheduled = false;
      this.#pump();
    });
  }

  #bucket(provider: string): { tokens: number; lastMs: number } {
    let b = this.#buckets.get(provider);
    if (!b) {
      b = { tokens: this.profile.rateLimit.capacity, lastMs: this.now };
      this.#buckets.set(provider, b);
    }
    const { capacity, refillMs } = this.profile.rateLimit;
    const add = Math.floor((this.now - b.lastMs) / refillMs);
    if (add > 0) {
      b.tokens = Math.min(capacity, b.tokens + add);
      b.lastMs = b.tokens === capacity ? this.now : b.lastMs + add * refillMs;
    }
    return b;
  }

  #pump(): void {
    this.#queue.sort(
      (a, b) => LANE_RANK[a.lane] - LANE_RANK[b.lane] || a.priority - b.priority || a.seq - b.seq,
    );
    const { global, perProvider, perModel } = this.profile.limits;
    for (let i = 0; i < this.#queue.length; ) {
      const job = this.#queue[i] as Job;
      const provider = job.model.provider;
      const modelKey = `${provider}/${job.model.model}`;
      if (
        job.notBeforeMs > this.now ||
        this.#runningGlobal >= global ||
        (this.#runningProvider.get(provider) ?? 0) >= perProvider ||
        (this.#runningModel.get(modelKey) ?? 0) >= perModel
      ) {
        i++;
        continue;
      }
      if (job.model.locality === "cloud") {
        const b = this.#bucket(provider);
        if (b.tokens < 1) {
          const backoff = this.profile.rateLimit.refillMs - (this.now - b.lastMs);
          job.attempt += 1;
          job.notBeforeMs = this.now + backoff;
          this.emit("session_scheduler.rate_limited", job.session.id, {
            session_id: job.session.id,
            job_id: job.id,
            provider,
            backoff_ms: backoff,
            attempt: job.attempt,
          });
          this.#schedulePump(job.notBeforeMs);
          i++;
          continue;
        }
        b.tokens -= 1;
      }
      this.#queue.splice(i, 1);
      this.#runningGlobal += 1;
      this.#runningProvider.set(provider, (this.#runningProvider.get(provider) ?? 0) + 1);
      this.#runningModel.set(modelKey, (this.#runningModel.get(modelKey) ?? 0) + 1);
      job.session.queued = undefined;
      const wait = this.now - job.enqueuedMs;
      if (wait > (this.stats[`wait_max_ms:${job.lane}`] ?? 0)) {
        this.stats[`wait_max_ms:${job.lane}`] = wait;
      }
      this.emit("session_scheduler.dispatch", job.session.id, {
        session_id: job.session.id,
        job_id: job.id,
        lane: job.lane,
        queue_wait_ms: wait,
      });
      const proc = job.proc;
      if (proc) this.at(this.now, () => this.#resume(proc, "dispatched"));
    }
  }

  release(job: Job): void {
    const provider = job.model.provider;
    const modelKey = `${provider}/${job.model.model}`;
    this.#runningGlobal -= 1;
    this.#runningProvider.set(provider, (this.#runningProvider.get(provider) ?? 1) - 1);
    this.#runningModel.set(modelKey, (this.#runningModel.get(modelKey) ?? 1) - 1);
    this.#schedulePump(this.now);
  }

  /** Cancels a queued job cooperatively (INV-SCHED-004). */
  cancelQueued(s: Session, reason: string, by: string): void {
    const job = s.queued;
    if (!job) return;
    const i = this.#queue.indexOf(job);
    if (i < 0) return;
    this.#queue.splice(i, 1);
    s.queued = undefined;
    this.emit("session_scheduler.cancelled", s.id, {
      session_id: s.id,
      job_id: job.id,
      reason,
      cancelled_by: by,
    });
    const proc = job.proc;
    if (proc) this.at(this.now, () => this.#resume(proc, "cancelled"));
  }
}

// ---------------------------------------------------------------------------
// Behaviour

function sleep(ms: number): Instr {
  return { t: "sleep", ms };
}

class Runtime {
  readonly sim: Simulation;
  readonly rng: Prng;
  readonly p: Profile["p"];
  #sessions = 0;

  constructor(
    sim: Simulation,
    readonly profile: Profile,
  ) {
    this.sim = sim;
    this.rng = sim.rng;
    this.p = profile.p;
  }

  get sessions(): number {
    return this.#sessions;
  }

  pickModel(): ModelSpec {
    return this.rng.chance(this.profile.cloudShare)
      ? this.rng.pick(CLOUD_MODELS)
      : this.rng.pick(LOCAL_MODELS);
  }

  setState(s: Session, to: string, reason: string): void {
    if (s.terminal || s.state === to) return;
    this.sim.emit("session.state_change", s.id, {
      session_id: s.id,
      from_state: s.state,
      to_state: to,
      reason,
    });
    s.state = to;
    if (to === "COMPLETED" || to === "FAILED" || to === "CANCELLED") this.#terminal(s);
  }

  #terminal(s: Session): void {
    if (s.terminal) return;
    s.terminal = true;
    if (s.depth > 0) {
      const life = this.sim.now - s.createdMs;
      if (life > (this.sim.stats.child_life_max_ms ?? 0)) this.sim.stats.child_life_max_ms = life;
    }
    const parent = s.parent;
    if (parent) {
      parent.activeChildren -= 1;
      const latch = parent.childFinished;
      parent.childFinished = new Latch();
      this.sim.fire(latch);
    }
  }

  // --- messages and checkpoints ------------------------------------------

  checkpoint(s: Session, trigger: string): void {
    const id = this.sim.id("ckpt");
    this.sim.emit("session.checkpoint", s.id, {
      session_id: s.id,
      checkpoint_id: id,
      trigger,
      messages_since_last: s.msgsSinceCkpt,
      tokens_since_last: s.tokensSinceCkpt,
    });
    s.lastCheckpoint = id;
    s.msgsSinceCkpt = 0;
    s.tokensSinceCkpt = 0;
  }

  message(s: Session, role: string, tokens: number, messageId = this.sim.id("msg")): string {
    this.sim.emit("session.message", s.id, {
      session_id: s.id,
      message_id: messageId,
      role,
      content_hash: this.sim.hash(messageId),
      token_count: tokens,
    });
    s.messages += 1;
    s.msgsSinceCkpt += 1;
    s.tokensSinceCkpt += tokens;
    s.totalTokens += tokens;
    if (s.msgsSinceCkpt >= 5 || s.tokensSinceCkpt >= 4096) this.checkpoint(s, "streaming_interval");
    return messageId;
  }

  attribute(
    s: Session,
    messageId: string,
    declared: string,
    delivered: string,
    sourceKind: string,
    sourceId: string,
    trust: string,
    from?: Session,
  ): void {
    this.sim.emit("trust.message_received", s.id, {
      session_id: s.id,
      message_id: messageId,
      declared_role: declared,
      delivered_role: delivered,
      source_kind: sourceKind,
      source_id: sourceId,
      ...(from ? { source_session_id: from.id, source_role: from.role } : {}),
      content_hash: this.sim.hash(messageId),
      trust,
    });
    if (trust === "untrusted") s.hadUntrustedInbound = true;
  }

  *systemPrompt(s: Session): Gen {
    const id = this.sim.id("msg");
    this.attribute(s, id, "SYSTEM", "SYSTEM", "runtime", "workflow-engine", "trusted");
    const delay = this.rng.int(0, this.profile.systemAppendDelayMs);
    if (delay > 0) yield sleep(delay);
    this.message(s, "SYSTEM", this.rng.int(200, 900), id);
  }

  operatorMessage(s: Session): void {
    const id = this.sim.id("msg");
    this.attribute(s, id, "USER", "USER", "operator", this.rng.pick(OPERATORS), "trusted");
    this.message(s, "USER", this.rng.int(20, 400), id);
  }

  routed(to: Session, from: Session): void {
    const id = this.sim.id("msg");
    this.attribute(to, id, "USER", "USER", "session", from.id, "trusted", from);
    this.message(to, "USER", this.rng.int(50, 600), id);
  }

  untrustedInbound(s: Session, kind: "mcp_server" | "plugin"): void {
    const id = this.sim.id("msg");
    const source =
      kind === "mcp_server"
        ? this.rng.pick(["mcp-docs-search", "mcp-issue-tracker", "mcp-web-fetch"])
        : this.rng.pick(["plugin-lint-advisor", "plugin-changelog"]);
    // A plugin may ask for SYSTEM; the gate delivers it as USER (TRUST-001).
    const declared = kind === "plugin" && this.rng.chance(0.5) ? "SYSTEM" : "USER";
    this.attribute(s, id, declared, "USER", kind, source, "untrusted");
    this.message(s, "USER", this.rng.int(100, 2000), id);
  }

  // --- capability checks ---------------------------------------------------

  check(
    s: Session,
    capability: string,
    tool: string,
    decision: string,
    reason: string,
    approvalId?: string,
    actor = s.id,
  ): void {
    this.sim.emit("capability.check", s.id, {
      session_id: s.id,
      job_id: s.lastJob,
      actor_id: actor,
      capability_id: capability,
      tool_name: tool,
      decision,
      reason,
      ...(approvalId ? { approval_id: approvalId } : {}),
    });
    this.sim.count(`check:${decision}`);
  }

  /** A use of a capability: allowed when granted, else denied (deny by default). */
  use(s: Session, capability: string, tool: string): boolean {
    if (s.bypassChecks) {
      this.check(s, capability, tool, "allowed", "bypass");
      return true;
    }
    const ok = covers(s.grants, capability);
    this.check(s, capability, tool, ok ? "allowed" : "denied", ok ? "granted" : "not_granted");
    return ok;
  }

  // --- model calls -----------------------------------------------------------

  *waitUnblocked(s: Session): Gen {
    while (s.blocked && s.unblocked) yield { t: "wait", latch: s.unblocked };
  }

  /**
   * One model call as a queued model_run job: enqueue, dispatch, then up to
   * `attempts` attempts inside the job (the runtime keeps the job id and its
   * slot across retries, with a deterministic backoff). An attempt that runs
   * into the lane's timeout ends `timeout` at the timeout. `crash` makes the
   * session's worker die mid call: recovery closes the lost attempt with
   * `cancelled` (SAP-025's contract), pauses the session, and the call is
   * queued again after the operator resumes it.
   */
  *modelCall(
    s: Session,
    model: ModelSpec = s.model,
    receipt?: Receipt,
    attempts = 3,
    crash = false,
  ): Gen<boolean> {
    const forcedFail = s.failing;
    let crashPending = crash;
    let job: Job | undefined;
    let attempt = 0;
    for (;;) {
      yield* this.waitUnblocked(s);
      job = job ?? this.sim.newJob(s, model);
      const r = yield { t: "queue", job };
      if (r === "cancelled") {
        job = undefined;
        continue;
      }
      s.lastJob = job.id;
      let requeue = false;
      while (!requeue) {
        const rcpt = model.locality === "cloud" ? (receipt ?? s.receipt) : undefined;
        if (model.locality === "cloud" && (!rcpt || rcpt.untilMs <= this.sim.now)) {
          // Consent was revoked while the job held its slot: the job is
          // cancelled and the call waits for a new receipt (INV-CONSENT-001, -003).
          this.sim.release(job);
          this.sim.emit("session_scheduler.cancelled", s.id, {
            session_id: s.id,
            job_id: job.id,
            reason: "consent_revoked",
            cancelled_by: RUNTIME_ID,
          });
          job = undefined;
          requeue = true;
          break;
        }
        attempt += 1;
        this.sim.emit("model.call_started", s.id, {
          session_id: s.id,
          job_id: job.id,
          provider: model.provider,
          model_id: model.model,
          locality: model.locality,
          ...(rcpt ? { receipt_id: rcpt.id, plan_hash: rcpt.planHash } : {}),
        });
        const held =
          this.profile.heldSystemNotices === true && s.depth === 0 && this.rng.chance(0.3)
            ? this.sim.id("msg")
            : undefined;
        if (held) {
          this.sim.count("scenario:held_system_notice");
          this.attribute(s, held, "SYSTEM", "SYSTEM", "runtime", "governance-gate", "trusted");
        }
        const incident = this.profile.incident;
        const inIncident =
          incident !== undefined &&
          model.provider === incident.provider &&
          this.sim.now >= incident.fromMs &&
          this.sim.now < incident.toMs;
        const timedOut =
          !forcedFail &&
          (inIncident
            ? this.rng.chance(incident.timeoutShare)
            : this.rng.chance(this.p.modelError / 3));
        const failed = forcedFail || timedOut || this.rng.chance(this.p.modelError);
        const timeout = LANE_TIMEOUT_MS[job.lane];
        const ms = timedOut
          ? timeout
          : this.rng.int(1_500, model.locality === "cloud" ? 12_000 : 20_000);
        if (crashPending && s.lastCheckpoint !== "" && s.state === "ACTIVE") {
          crashPending = false;
          try {
            yield sleep(Math.floor(ms / 2));
          } catch (error) {
            this.sim.emit("model.call_finished", s.id, {
              session_id: s.id,
              job_id: job.id,
              status: "cancelled",
              tokens: 0,
            });
            this.sim.release(job);
            throw error;
          }
          yield* this.crashDuringCall(s, job);
          job = undefined;
          attempt -= 1;
          requeue = true;
          break;
        }
        try {
          yield sleep(ms);
        } catch (error) {
          this.sim.emit("model.call_finished", s.id, {
            session_id: s.id,
            job_id: job.id,
            status: "cancelled",
            tokens: 0,
          });
          this.sim.release(job);
          throw error;
        }
        const tokens = failed ? this.rng.int(0, 50) : this.rng.int(200, 3000);
        this.sim.emit("model.call_finished", s.id, {
          session_id: s.id,
          job_id: job.id,
          status: timedOut ? "timeout" : failed ? "error" : "ok",
          tokens,
        });
        if (timedOut) this.sim.count("model:timeout");
        if (held) this.message(s, "SYSTEM", this.rng.int(20, 80), held);
        if (model.locality === "cloud") s.costUsd += tokens * 0.000003;
        if (!failed) {
          this.sim.release(job);
          this.message(s, "ASSISTANT", tokens);
          return true;
        }
        if (attempt >= attempts) {
          this.sim.release(job);
          return false;
        }
        this.sim.count("model:retry_in_job");
        try {
          yield sleep(2_000 * attempt);
        } catch (error) {
          this.sim.release(job);
          throw error;
        }
      }
    }
  }

  /** The worker dies mid call; recovery closes the call and the operator resumes. */
  *crashDuringCall(s: Session, job: Job): Gen {
    this.sim.count("scenario:crash_in_call");
    const ckpt = s.lastCheckpoint;
    this.sim.emit("model.call_finished", s.id, {
      session_id: s.id,
      job_id: job.id,
      status: "cancelled",
      tokens: 0,
    });
    this.sim.release(job);
    this.sim.emit("workflow.recovery", s.id, {
      session_id: s.id,
      action: "paused_for_recovery",
      checkpoint_id: ckpt,
    });
    this.setState(s, "PAUSED", "crash_recovery");
    s.paused = true;
    yield sleep(this.rng.int(30_000, 5 * 60_000));
    this.sim.emit("workflow.recovery", s.id, {
      session_id: s.id,
      action: "resumed",
      checkpoint_id: ckpt,
    });
    this.setState(s, "ACTIVE", "operator_resumed");
    s.paused = false;
  }

  issueReceipt(
    asker: Session,
    scope: string,
    sessions: readonly Session[],
    validityMs: number,
  ): Receipt {
    const id = this.sim.id("rcpt");
    const receipt: Receipt = {
      id,
      scope,
      planHash: this.sim.hash(`plan/${id}`),
      untilMs: this.sim.now + validityMs,
    };
    this.sim.emit("consent.receipt_issued", asker.id, {
      session_id: asker.id,
      receipt_id: id,
      scope,
      plan_hash: receipt.planHash,
      session_ids: sessions.map((x) => x.id),
      valid_from: this.sim.iso(this.sim.now),
      valid_until: this.sim.iso(receipt.untilMs),
      issued_by: this.rng.chance(0.7) ? "operator" : "policy",
    });
    return receipt;
  }

  /** A local session asks for one cloud second opinion under a SINGLE_CALL receipt. */
  *singleCloudCall(s: Session): Gen {
    const model = this.rng.pick(CLOUD_MODELS);
    this.sim.count("scenario:single_call");
    // One receipt per call: a retry after an error asks for consent again.
    for (let attempt = 0; attempt < 2; attempt++) {
      const receipt = this.issueReceipt(s, "SINGLE_CALL", [s], 30 * 60_000);
      if (yield* this.modelCall(s, model, receipt, 1)) return;
    }
  }

  // --- tools -----------------------------------------------------------------

  *exec(
    s: Session,
    capability: string,
    tool: string,
    commandClass: string,
    opts: { approvalId?: string; write?: string; longMs?: number; crash?: boolean } = {},
  ): Gen {
    const toolCallId = this.sim.id("tc");
    this.message(s, "TOOL_CALL", this.rng.int(20, 200));
    if (s.hadUntrustedInbound && RISKY_AXES.has(capability.split(":")[0] ?? "")) {
      // Tool narrowing (AP-002): once untrusted content reached the session,
      // the gate escalates risky capabilities to the operator.
      this.sim.count("scenario:narrowed_after_untrusted");
      this.check(s, capability, tool, "escalated", "constraint");
      yield sleep(this.rng.int(5_000, 60_000));
      const approval = opts.approvalId ?? this.sim.id("appr");
      this.check(s, capability, tool, "allowed", "operator_approved", approval);
      this.checkpoint(s, "operator_action");
    } else if (!this.use(s, capability, tool)) {
      this.message(s, "TOOL_RESULT", this.rng.int(10, 60));
      this.checkpoint(s, "tool_call");
      return;
    }
    const sandbox = s.role === "Background" || commandClass === "read" ? "container" : "worktree";
    const run = (): void => {
      // A worktree that cannot be created (path locked) is served in a
      // container: a fallback between two sandboxes, still restricted.
      const fallback = sandbox === "worktree" && this.rng.chance(0.04);
      if (fallback) this.sim.count("scenario:sandbox_fallback");
      this.sim.emit("exec.requested", s.id, {
        session_id: s.id,
        job_id: s.lastJob,
        tool_name: tool,
        command_class: commandClass,
        command_hash: this.sim.hash(`cmd/${toolCallId}`),
        sandbox,
        ...(opts.approvalId ? { approval_id: opts.approvalId } : {}),
      });
      this.sim.emit("exec.started", s.id, {
        session_id: s.id,
        job_id: s.lastJob,
        requested_isolation: sandbox,
        isolation: fallback ? "container" : sandbox,
        ...(fallback ? { fallback_reason: "worktree_locked" } : {}),
      });
    };
    run();
    yield sleep(this.rng.int(500, 15_000) + (opts.longMs ?? 0));
    if (opts.crash && s.lastCheckpoint !== "" && s.state === "ACTIVE") {
      // The session's worker dies mid tool call; the runtime pauses it and the
      // operator decides (INV-RECOVER-001..003).
      this.sim.count("scenario:crash");
      const ckpt = s.lastCheckpoint;
      this.sim.emit("workflow.recovery", s.id, {
        session_id: s.id,
        action: "paused_for_recovery",
        checkpoint_id: ckpt,
        tool_call_id: toolCallId,
      });
      this.setState(s, "PAUSED", "crash_recovery");
      s.paused = true;
      yield sleep(this.rng.int(30_000, 5 * 60_000));
      this.sim.emit("workflow.recovery", s.id, {
        session_id: s.id,
        action: "resumed",
        checkpoint_id: ckpt,
      });
      this.setState(s, "ACTIVE", "operator_resumed");
      s.paused = false;
      this.sim.emit("workflow.recovery", s.id, {
        session_id: s.id,
        action: "tool_call_reevaluated",
        checkpoint_id: ckpt,
        tool_call_id: toolCallId,
      });
      if (commandClass === "destructive" || this.rng.chance(0.3)) {
        this.sim.emit("workflow.recovery", s.id, {
          session_id: s.id,
          action: "abandoned",
          tool_call_id: toolCallId,
        });
        this.message(s, "TOOL_RESULT", this.rng.int(10, 60));
        this.checkpoint(s, "operator_action");
        return;
      }
      // The operator reviews the re-evaluation before approving the re-run.
      yield sleep(this.rng.int(1_000, 8 * 60_000));
      this.sim.emit("workflow.recovery", s.id, {
        session_id: s.id,
        action: "tool_call_rerun",
        tool_call_id: toolCallId,
      });
      if (!this.use(s, capability, tool)) return;
      run();
      yield sleep(this.rng.int(500, 15_000));
    }
    if (opts.write) {
      this.sim.emit("workspace.write", s.id, {
        session_id: s.id,
        job_id: s.lastJob,
        path: opts.write,
        in_scope: true,
        worktree_id: s.worktree,
      });
    }
    this.message(s, "TOOL_RESULT", this.rng.int(20, 1500));
    this.checkpoint(s, "tool_call");
  }

  /** A destructive command (hard reset of its own worktree) with per-call approval. */
  *destructive(s: Session, capability: string): Gen {
    this.check(s, capability, "git", "escalated", "constraint");
    yield sleep(this.rng.int(5_000, 90_000));
    const approval = this.sim.id("appr");
    this.check(s, capability, "git", "allowed", "operator_approved", approval);
    this.checkpoint(s, "operator_action");
    this.sim.count("scenario:destructive");
    yield* this.exec(s, capability, "git", "destructive", { approvalId: approval });
  }

  /** A tool retrying blocked fetches: at most five denials within a minute (SAP-014 fires above five). */
  *denialBurst(s: Session): Gen {
    this.sim.count("scenario:denial_burst");
    const n = this.rng.int(3, 5);
    for (let i = 0; i < n; i++) {
      const unknown = i === n - 1 && this.rng.chance(0.3);
      this.message(s, "TOOL_CALL", this.rng.int(20, 100));
      this.check(
        s,
        unknown ? "gpu.use" : this.rng.pick(["net.http:external", "net.http:pypi", "secrets.use"]),
        this.rng.pick(["pip", "npm", "curl"]),
        "denied",
        unknown ? "unknown_capability" : "not_granted",
      );
      this.message(s, "TOOL_RESULT", this.rng.int(10, 60));
      this.checkpoint(s, "tool_call");
      yield sleep(this.rng.int(1_000, 11_000));
    }
    // The next denial, if any, comes after the minute has passed.
    yield sleep(61_000);
  }

  /** An escalated check the operator approves. */
  *escalation(s: Session, capability: string): Gen {
    this.check(s, capability, "http_fetch", "escalated", "not_granted");
    yield sleep(this.rng.int(10_000, 120_000));
    const approval = this.sim.id("appr");
    this.check(s, capability, "http_fetch", "allowed", "operator_approved", approval);
    this.checkpoint(s, "operator_action");
    this.sim.count("scenario:escalation");
  }

  // --- spawning ----------------------------------------------------------------

  *pace(tree: Tree): Gen {
    const limit = this.profile.spawnsPerMinutePerTree;
    for (;;) {
      const recent = tree.spawnTimes.filter((t) => t > this.sim.now - 60_000);
      tree.spawnTimes.splice(0, tree.spawnTimes.length, ...recent);
      if (recent.length < limit) return;
      this.sim.count("pacer:waits");
      yield sleep((recent[0] as number) + 60_000 - this.sim.now + 1);
    }
  }

  /** One spawn request; the answer is immediate. Returns the child or undefined. */
  *requestSpawn(parent: Session, role: Role): Gen<Session | undefined> {
    yield* this.pace(parent.tree);
    const depth = parent.depth + 1;
    parent.tree.spawnTimes.push(this.sim.now);
    this.sim.emit("session.spawn_requested", parent.id, {
      requester_session_id: parent.id,
      child_role: role,
      spawn_depth: depth,
      spawn_mode: role === "Planner" ? "SESSION_PERSISTENT" : "ONE_SHOT",
    });
    if (depth > 3 || parent.activeChildren >= 4) {
      const reason = depth > 3 ? "depth_limit_exceeded" : "children_cap_reached";
      this.sim.emit("session.spawn_rejected", parent.id, {
        requester_session_id: parent.id,
        rejection_reason: reason,
        spawn_depth: depth,
        active_children_count: parent.activeChildren,
      });
      this.sim.count(`spawn:rejected:${reason}`);
      return undefined;
    }
    const child = this.newSession(role, depth, parent, parent.tree);
    this.sim.emit("session.spawn_accepted", parent.id, {
      requester_session_id: parent.id,
      child_session_id: child.id,
      child_role: role,
      spawn_depth: depth,
    });
    this.created(child);
    const grants = ROLE_GRANTS[role].filter((c) => covers(parent.grants, c));
    this.grant(child, grants, "parent_session", parent);
    parent.children.push(child);
    parent.activeChildren += 1;
    this.sim.count("spawn:accepted");
    return child;
  }

  newSession(role: Role, depth: number, parent: Session | undefined, tree?: Tree): Session {
    this.#sessions += 1;
    const id = this.sim.id(depth === 0 ? "root" : "ses");
    const model =
      role === "Validator" || role === "Background"
        ? this.rng.pick(LOCAL_MODELS)
        : parent && parent.model.locality === "local" && this.rng.chance(0.5)
          ? parent.model
          : this.pickModel();
    const lane: Lane =
      role === "Background"
        ? "BACKGROUND"
        : role === "Validator"
          ? "VALIDATION"
          : depth === 0
            ? "PRIMARY"
            : "SUBAGENT";
    const t = tree ?? { id, spawnTimes: [], fast: false };
    return new Session(id, role, depth, parent, t, model, lane, this.sim.now);
  }

  created(s: Session): void {
    this.sim.emit("session.created", s.id, {
      session_id: s.id,
      model_id: s.model.model,
      backend: s.model.locality === "local" ? "local" : s.model.provider,
      role: s.role,
      wp_id: `wp-${s.tree.id}`,
      ...(s.depth > 0 ? { mt_id: `mt-${s.id}` } : {}),
      memory_policy:
        s.role === "Background"
          ? "WORKSPACE_SCOPED"
          : s.depth === 0
            ? "SESSION_SCOPED"
            : "EPHEMERAL",
      spawn_depth: s.depth,
    });
  }

  grant(s: Session, ids: readonly string[], by: string, grantor?: Session): void {
    this.sim.emit("capability.granted", s.id, {
      session_id: s.id,
      capability_ids: [...ids],
      granted_by: by,
      ...(grantor ? { grantor_session_id: grantor.id } : {}),
      token_id: this.sim.id("tok"),
    });
    s.grants = [...ids];
  }

  /** Cancels a session and every descendant with a cascade (INV-SPAWN-004). */
  cancelTree(x: Session, reason: string, by: string): void {
    if (x.terminal) return;
    const descendants: Session[] = [];
    const walk = (s: Session): void => {
      for (const c of s.children) {
        if (!c.terminal) descendants.push(c);
        walk(c);
      }
    };
    walk(x);
    this.sim.cancelQueued(x, reason, by);
    x.stopped = true;
    this.setState(x, "CANCELLED", reason);
    if (descendants.length > 0) {
      this.sim.emit("session.cascade_cancel", x.id, {
        root_session_id: x.id,
        cancelled_session_ids: descendants.map((d) => d.id),
        reason,
      });
      this.sim.count("scenario:cascade_cancel");
    }
    for (const d of descendants) {
      d.stopped = true;
      this.sim.cancelQueued(d, "parent_cancelled", RUNTIME_ID);
      this.setState(d, "CANCELLED", "parent_cancelled");
    }
    for (const s of [x, ...descendants]) this.sim.wakeForStop(s);
  }

  /** A finished child announces back and its summary lands in the requester's mailbox. */
  announce(child: Session, status: string): void {
    const parent = child.parent;
    if (!parent) return;
    const mailbox = this.sim.id("msg");
    this.sim.emit("session.announce_back", child.id, {
      child_session_id: child.id,
      requester_session_id: parent.id,
      status,
      summary_artifact_id: this.sim.id("art"),
      mailbox_message_id: mailbox,
    });
    if (parent.terminal) return;
    this.attribute(parent, mailbox, "USER", "USER", "session", child.id, "trusted", child);
    this.message(parent, "USER", this.rng.int(50, 500), mailbox);
  }

  complete(s: Session): void {
    this.checkpoint(s, "shutdown");
    this.setState(s, "COMPLETED", "task_done");
    this.sim.emit("session.completed", s.id, {
      session_id: s.id,
      total_tokens: s.totalTokens,
      total_cost_usd: Math.round(s.costUsd * 10_000) / 10_000,
      duration_ms: this.sim.now - s.createdMs,
      messages_count: s.messages,
    });
  }

  // --- session programs ----------------------------------------------------------

  *orchestrate(s: Session): Gen {
    // Decide the children: a mix of planners (which fan out again), coders,
    // validators and researchers, within breadth 4.
    const wanted: Role[] = [];
    // A fast fan-out tree delegates at once, at full breadth, without drafting
    // each task first: only the runtime's spawn pacer holds it to 12 a minute.
    const fast = s.tree.fast && s.depth < 2;
    const breadth = fast
      ? s.depth === 0
        ? 4
        : 3
      : s.depth === 0
        ? this.rng.int(2, 4)
        : this.rng.int(1, 3);
    for (let i = 0; i < breadth; i++) {
      const planner =
        s.depth < 2 &&
        (fast ? s.depth === 0 : this.rng.chance(this.p.subOrchestrator / (s.depth + 1)));
      wanted.push(
        planner ? "Planner" : this.rng.pick<Role>(["Coder", "Coder", "Validator", "Researcher"]),
      );
    }
    const atCap = wanted.length === 4 && this.rng.chance(this.p.extraChildAtCap);
    const batch: Session[] = [];
    for (const role of wanted) {
      // The orchestrator drafts each task before it delegates it.
      if (!fast && this.rng.chance(0.5)) yield* this.modelCall(s);
      const child = yield* this.requestSpawn(s, role);
      if (child) batch.push(child);
    }
    yield* this.startChildren(s, batch);
    if (atCap) {
      // A fifth task while four children are active: the runtime rejects it
      // (children_cap_reached); the orchestrator retries at most three times in
      // two minutes, then waits for a child to finish.
      let rejections = 0;
      let extra: Session | undefined;
      while (!extra) {
        if (s.activeChildren >= 4 && rejections >= 3) {
          yield { t: "wait", latch: s.childFinished };
          rejections = 0;
          continue;
        }
        extra = yield* this.requestSpawn(s, "Coder");
        if (!extra) {
          rejections += 1;
          yield sleep(this.rng.int(15_000, 35_000));
        }
      }
      yield* this.startChildren(s, [extra]);
    }
    const cancellable = batch.filter((c) => c.role === "Planner");
    if (cancellable.length > 0 && this.rng.chance(this.p.cancelSubtree)) {
      // The orchestrator abandons one planner's approach: cascade cancel.
      const victim = this.rng.pick(cancellable);
      const when = this.sim.now + this.rng.int(30_000, 240_000);
      this.sim.at(when, () => {
        if (s.terminal || victim.terminal || s.stopped) return;
        this.cancelTree(victim, "superseded", s.id);
      });
    }
    for (const c of s.children) {
      while (!c.done.fired) yield { t: "wait", latch: c.done };
    }
  }

  *startChildren(parent: Session, batch: readonly Session[]): Gen {
    if (batch.length === 0) return;
    const cloud = batch.filter((c) => c.model.locality === "cloud");
    if (cloud.length > 1) {
      // Fan-out disclosure: one broadcast receipt listing every cloud child.
      const r = this.issueReceipt(parent, "BROADCAST_SCOPED", cloud, 3 * 3_600_000);
      for (const c of cloud) c.receipt = r;
    } else {
      for (const c of cloud) {
        const scope = this.rng.chance(0.3) ? "WP_SCOPED" : "SESSION_SCOPED";
        c.receipt = this.issueReceipt(c, scope, [c], 3 * 3_600_000);
      }
    }
    for (const c of batch) this.sim.start(this.child(c), c);
    yield sleep(0);
  }

  *root(s: Session): Gen {
    this.created(s);
    this.grant(s, ROLE_GRANTS[s.role], s.role === "Background" ? "runtime" : "operator");
    this.setState(s, "ACTIVE", "started");
    yield* this.systemPrompt(s);
    if (s.model.locality === "cloud") {
      s.receipt = this.issueReceipt(s, "SESSION_SCOPED", [s], 4 * 3_600_000);
      if (this.rng.chance(this.p.revoke)) this.scheduleRevocation(s);
    }
    if (s.role === "Background") {
      yield* this.background(s);
      this.complete(s);
      return;
    }
    if (this.rng.chance(this.p.debugBypass)) this.debugBypass(s);
    if (this.rng.chance(this.p.plugin)) yield* this.installPlugin(s);
    this.operatorMessage(s);
    yield* this.modelCall(s);
    if (this.rng.chance(this.p.operatorCancel)) {
      const when = this.sim.now + this.rng.int(60_000, 600_000);
      this.sim.at(when, () => {
        if (s.terminal) return;
        this.sim.count("scenario:operator_cancel");
        this.cancelTree(s, "operator_cancelled", this.rng.pick(OPERATORS));
      });
    }
    this.use(s, "fs.read:docs", "read_file");
    s.tree.fast = this.rng.chance(this.p.fastFanout);
    if (s.tree.fast) this.sim.count("scenario:fast_fanout");
    yield* this.orchestrate(s);
    if (this.rng.chance(this.p.budgetWarning)) {
      this.sim.emit("session.budget_warning", s.id, {
        session_id: s.id,
        budget_type: "tokens",
        current_value: s.totalTokens,
        threshold_value: Math.max(1, Math.floor(s.totalTokens * 1.1)),
      });
    }
    if (this.rng.chance(this.p.destructive / 2)) {
      // The operator's own session cleans its worktree: an attended root
      // session needs no per-call approval (only children and background do).
      this.sim.count("scenario:root_destructive");
      yield* this.exec(s, "proc.exec:git", "git", "destructive");
    }
    if (s.receipt && this.rng.chance(0.2)) {
      // The operator widens the session's consent to its work packet, logged.
      this.sim.emit("consent.scope_widened", s.id, {
        session_id: s.id,
        receipt_id: s.receipt.id,
        from_scope: s.receipt.scope,
        to_scope: "WP_SCOPED",
        approved_by: this.rng.pick(OPERATORS),
      });
      this.sim.count("scenario:scope_widened");
    }
    this.operatorMessage(s);
    yield* this.modelCall(s);
    this.complete(s);
  }

  debugBypass(s: Session): void {
    // An operator debugging one session turns capability checks off for it,
    // session-scoped and logged (TRUST-004), and back on later.
    const operator = this.rng.pick(OPERATORS);
    const change = (enabled: boolean): void => {
      this.sim.emit("governance.bypass_changed", RUNTIME_ID, {
        session_id: RUNTIME_ID,
        control: "capability_checks",
        scope: "session",
        target_session_id: s.id,
        enabled,
        actor_id: operator,
        source: "api_call",
      });
    };
    change(true);
    s.bypassChecks = true;
    this.sim.count("scenario:debug_bypass");
    this.sim.at(this.sim.now + this.rng.int(20_000, 120_000), () => {
      change(false);
      s.bypassChecks = false;
    });
  }

  *installPlugin(s: Session): Gen {
    this.use(s, "ext.install:plugins", "extension_install");
    const kind = this.rng.pick(["plugin", "skill", "mcp_server"]);
    const major = this.rng.int(0, 4);
    const form = this.rng.int(0, 3);
    const integrity =
      form === 0
        ? this.sim.hash(`ext/${s.id}`)
        : form === 1
          ? `sha384-${createHash("sha384").update(s.id).digest("base64")}`
          : form === 2
            ? `sha256-${createHash("sha256").update(s.id).digest("base64")}`
            : `sha512-${createHash("sha512").update(s.id).digest("base64")}`;
    this.sim.emit("extension.install_requested", s.id, {
      session_id: s.id,
      extension_kind: kind,
      name: this.rng.pick(["lint-advisor", "changelog-writer", "docs-search", "coverage-map"]),
      source_registry: this.rng.pick(["npm", "hsk-hub"]),
      version_spec: `${major}.${this.rng.int(0, 20)}.${this.rng.int(0, 9)}${this.rng.chance(0.1) ? "-rc.1" : ""}`,
      integrity,
    });
    this.sim.count("scenario:plugin_install");
    yield sleep(this.rng.int(2_000, 10_000));
    // The plugin talks to the orchestrator; the gate delivers it as USER.
    if (kind === "plugin") this.untrustedInbound(s, "plugin");
  }

  scheduleRevocation(s: Session): void {
    const when = this.sim.now + this.rng.int(30_000, 600_000);
    this.sim.start(
      (function* (rt: Runtime): Gen {
        if (s.terminal || s.paused || s.state !== "ACTIVE" || !s.receipt) return;
        const operator = rt.rng.pick(OPERATORS);
        rt.sim.count("scenario:revoke");
        rt.sim.emit("consent.receipt_revoked", RUNTIME_ID, {
          session_id: RUNTIME_ID,
          receipt_id: s.receipt.id,
          revoked_by: operator,
          reason: "cost_review",
        });
        // INV-CONSENT-003: pending jobs cancelled, session BLOCKED.
        s.receipt = undefined;
        s.blocked = true;
        s.unblocked = new Latch();
        rt.sim.cancelQueued(s, "consent_revoked", RUNTIME_ID);
        rt.checkpoint(s, "before_pause");
        rt.setState(s, "BLOCKED", "consent_revoked");
        yield sleep(rt.rng.int(30_000, 300_000));
        if (s.terminal) return;
        s.receipt = rt.issueReceipt(s, "SESSION_SCOPED", [s], 4 * 3_600_000);
        rt.setState(s, "ACTIVE", "consent_granted");
        rt.checkpoint(s, "operator_action");
        s.blocked = false;
        if (s.unblocked) rt.sim.fire(s.unblocked);
      })(this),
      undefined,
      when,
    );
  }

  *background(s: Session): Gen {
    const rounds = this.rng.int(2, 6);
    for (let i = 0; i < rounds; i++) {
      yield* this.modelCall(s);
      yield* this.exec(s, "proc.exec:indexer", "indexer", "read");
      yield* this.exec(s, "fs.write:index", "write_file", "write", {
        write: `.index/${s.id}/${i}.json`,
      });
      if (this.rng.chance(this.p.destructive)) {
        // Background cleanup of its own cache: destructive, so per-call approval.
        yield* this.destructive(s, "proc.exec:cleanup");
      }
      yield sleep(this.rng.int(5_000, 60_000));
    }
  }

  *child(s: Session): Gen {
    const parent = s.parent as Session;
    this.setState(s, "ACTIVE", "started");
    yield* this.systemPrompt(s);
    this.routed(s, parent);
    if (s.role === "Planner") {
      yield* this.modelCall(s);
      yield* this.orchestrate(s);
      yield* this.modelCall(s);
    } else if (s.role === "Researcher") {
      yield* this.research(s);
    } else if (s.role === "Validator") {
      yield* this.validate(s);
    } else {
      yield* this.code(s);
    }
    if (s.failing) {
      this.setState(s, "FAILED", "model_error");
      this.announce(s, "FAILED");
      return;
    }
    this.complete(s);
    this.announce(s, "COMPLETED");
  }

  *code(s: Session): Gen {
    s.failing = s.children.length === 0 && this.rng.chance(this.p.leafFail);
    const turns = this.rng.int(1, 4);
    const crashAt = this.rng.chance(this.p.crash) ? this.rng.int(1, turns) : 0;
    const crashInCallAt = this.rng.chance(this.p.crash) ? this.rng.int(1, turns) : 0;
    const longAt = this.rng.int(1, turns);
    for (let turn = 1; turn <= turns; turn++) {
      if (!(yield* this.modelCall(s, s.model, undefined, 3, turn === crashInCallAt))) return;
      if (this.rng.chance(this.p.singleCall) && s.model.locality === "local") {
        yield* this.singleCloudCall(s);
      }
      yield* this.exec(s, "fs.read:src", "read_file", "read");
      const [lo, hi] = this.profile.longTaskMs;
      yield* this.exec(s, "fs.write:src", "write_file", "write", {
        write: `src/${s.tree.id}/${s.id}/file${turn}.ts`,
        crash: turn === crashAt,
      });
      yield* this.exec(s, "proc.exec:tests", "run_tests", "read", {
        ...(turn === longAt && hi > 0 ? { longMs: this.rng.int(lo, hi) } : {}),
      });
      if (turn === 1 && this.rng.chance(this.p.denialBurst)) yield* this.denialBurst(s);
      if (turn === 1 && this.rng.chance(this.p.escalation))
        yield* this.escalation(s, "net.http:docs");
      if (turn === turns && this.rng.chance(this.p.destructive)) {
        yield* this.destructive(s, "proc.exec:git");
      }
      if (s.depth === 3 && turn === 1 && this.rng.chance(this.p.depthProbe)) {
        // A leaf asks for a helper; the runtime refuses (depth_limit_exceeded)
        // and it does the work itself.
        yield* this.requestSpawn(s, "Coder");
      }
    }
  }

  *research(s: Session): Gen {
    // Fetch docs first (a risky axis, granted), then consult an MCP server:
    // after its untrusted reply the session only reads (SAP-009).
    yield* this.modelCall(s);
    yield* this.exec(s, "net.http:docs", "http_fetch", "network");
    if (this.rng.chance(this.p.mcp)) {
      yield sleep(this.rng.int(500, 3_000));
      this.untrustedInbound(s, "mcp_server");
      this.checkpoint(s, "tool_call");
      yield* this.modelCall(s);
      for (let i = this.rng.int(1, 3); i > 0; i--) {
        yield* this.exec(s, "fs.read:docs", "read_file", "read");
      }
    }
    yield* this.modelCall(s);
  }

  *validate(s: Session): Gen {
    yield* this.modelCall(s);
    const siblings = (s.parent?.children ?? []).filter((c) => c !== s && c.role === "Coder");
    if (siblings.length > 0 && this.rng.chance(this.p.crossAccess)) {
      const target = this.rng.pick(siblings);
      const approved = this.rng.chance(0.6);
      this.sim.emit("session.cross_access", s.id, {
        session_id: s.id,
        target_session_id: target.id,
        resource: this.rng.chance(0.7) ? "worktree" : "message_thread",
        ...(approved ? { approval_id: this.sim.id("appr") } : {}),
        decision: approved ? "allowed" : "denied",
      });
      this.sim.count(`scenario:cross_access:${approved ? "allowed" : "denied"}`);
    }
    yield* this.exec(s, "proc.exec:tests", "run_tests", "read");
    if (this.rng.chance(this.p.denialBurst)) yield* this.denialBurst(s);
    yield* this.modelCall(s);
  }
}

// ---------------------------------------------------------------------------

function resolveProfile(profile: string | Profile | undefined): Profile {
  if (profile === undefined) return PROFILES.mixed as Profile;
  if (typeof profile !== "string") return profile;
  const found = PROFILES[profile];
  if (!found)
    throw new Error(`unknown profile ${profile}; known: ${Object.keys(PROFILES).join(", ")}`);
  return found;
}

/** Runs one simulation; the same options always give the same bytes. */
export function simulate(options: SimulationOptions): SimulationResult {
  const base = resolveProfile(options.profile);
  const profile: Profile =
    options.roots === undefined
      ? base
      : {
          ...base,
          orchestratorRoots: options.roots,
          backgroundRoots: Math.max(
            1,
            Math.round((base.backgroundRoots * options.roots) / base.orchestratorRoots),
          ),
        };
  const rng = new Prng(options.seed);
  const tag = `${profile.name.slice(0, 3)}${(options.seed >>> 0).toString(36)}`;
  const sim = new Simulation(rng, profile, tag);
  const rt = new Runtime(sim, profile);
  let t = 0;
  const total = profile.orchestratorRoots + profile.backgroundRoots;
  for (let i = 0; i < total; i++) {
    const background = (i + 1) % Math.ceil(total / Math.max(1, profile.backgroundRoots)) === 0;
    const role: Role = background && profile.backgroundRoots > 0 ? "Background" : "Orchestrator";
    const s = rt.newSession(role, 0, undefined);
    sim.start(rt.root(s), s, t);
    t += rng.int(profile.rootGapMs[0], profile.rootGapMs[1]);
  }
  sim.run();
  sim.stats.sessions = rt.sessions;
  sim.stats.events = sim.events.length;
  const jsonl = sim.events.map((e) => `${JSON.stringify(e)}\n`).join("");
  return { events: sim.events, jsonl, stats: sim.stats };
}
