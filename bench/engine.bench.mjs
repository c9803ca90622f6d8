#!/usr/bin/env node
// Engine benchmark: a synthetic audit log of 1,000,000 events over thousands of
// concurrent sessions, evaluated with the real registry by the engine `sap eval`
// uses, beside the floor of just reading the same file and JSON.parse-ing each
// line. Prints events per second for both, their ratio (wall and CPU), the peak
// RSS, and the live heap after a full GC with what the engine keeps (sessions,
// window keys) at 100k and 1M events (each measurement in its own process, so
// peaks are its own). The number of running sessions is the same throughout.
//
//   node bench/engine.bench.mjs            # 100k and 1M
//   node bench/engine.bench.mjs 200000     # other sizes
//
// Needs the built packages (pnpm build). Writes its logs to the OS temp dir.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const engineUrl = pathToFileURL(join(root, "packages/engine/dist/index.js")).href;
const coreUrl = pathToFileURL(join(root, "packages/core/dist/index.js")).href;

// ---------------------------------------------------------------- the log

/** mulberry32: a small deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HASH = `sha256:${"3f".repeat(32)}`;

/**
 * Sessions doing ordinary work (messages, scheduled model calls, capability
 * checks, sandboxed commands, writes, checkpoints, spawning and finishing
 * children), interleaved at random, with a few anomalies (SYSTEM from a plugin,
 * a self-widened grant) so triggers fire now and then.
 */
async function writeLog(path, events, concurrent) {
  const rand = prng(42);
  const pick = (n) => Math.floor(rand() * n);
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let time = Date.UTC(2026, 2, 1, 8, 0, 0);
  let n = 0;
  let nextSession = 0;
  let nextJob = 0;
  let buffer = "";
  const emit = (type, session, payload) => {
    time += pick(7);
    n++;
    buffer += `${JSON.stringify({
      event_id: `ev${n}`,
      event_type: type,
      timestamp: new Date(time).toISOString(),
      session_id: session,
      payload,
    })}\n`;
  };
  const newSession = (parent, depth) => {
    const id = `s${++nextSession}`;
    return { id, parent, depth, step: 0, children: 0, messages: 0, budget: 20 + pick(60) };
  };
  const start = (s) => {
    emit("session.created", s.id, {
      session_id: s.id,
      model_id: "m-large",
      backend: "local",
      role: s.depth === 0 ? "Orchestrator" : "Coder",
      memory_policy: "SESSION_SCOPED",
      spawn_depth: s.depth,
    });
  };
  // Children count as concurrent sessions: roots keep the running sessions at
  // 90% of `concurrent` at least, children fill the rest, never past it, so
  // the number running is the same at 100k events as at 1M.
  const rootFloor = Math.floor(concurrent * 0.9);
  const active = [];
  for (let i = 0; i < rootFloor; i++) {
    const s = newSession(undefined, 0);
    start(s);
    active.push(s);
  }
  const step = (s) => {
    const r = rand();
    s.step++;
    if (s.step === 1) {
      emit("capability.granted", s.id, {
        session_id: s.id,
        capability_ids:
          s.depth === 0 ? ["fs.read", "fs.write:workspace", "proc.exec"] : ["fs.read"],
        granted_by: s.depth === 0 ? "runtime" : "parent_session",
        ...(s.depth === 0 ? {} : { grantor_session_id: s.parent }),
        token_id: `tok-${s.id}`,
      });
      return false;
    }
    if (s.step === 2) {
      // the runtime's system prompt: attributed, then appended
      emit("trust.message_received", s.id, {
        session_id: s.id,
        message_id: `${s.id}-m0`,
        declared_role: "SYSTEM",
        delivered_role: "SYSTEM",
        source_kind: "runtime",
        source_id: "workflow-engine",
        content_hash: HASH,
        trust: "trusted",
      });
      emit("session.message", s.id, {
        session_id: s.id,
        message_id: `${s.id}-m0`,
        role: "SYSTEM",
        content_hash: HASH,
        token_count: 800,
      });
      return false;
    }
    if (s.step > s.budget) {
      emit("session.state_change", s.id, {
        session_id: s.id,
        from_state: "ACTIVE",
        to_state: "COMPLETED",
        reason: "done",
      });
      if (s.parent !== undefined) {
        emit("session.announce_back", s.id, {
          child_session_id: s.id,
          requester_session_id: s.parent,
          status: "COMPLETED",
          summary_artifact_id: `art-${s.id}`,
          mailbox_message_id: `mb-${s.id}`,
        });
      }
      return true;
    }
    if (r < 0.25) {
      s.messages++;
      emit("session.message", s.id, {
        session_id: s.id,
        message_id: `${s.id}-m${s.messages}`,
        role: r < 0.1 ? "USER" : "ASSISTANT",
        content_hash: HASH,
        token_count: 50 + pick(400),
      });
    } else if (r < 0.45) {
      const job = `job-${++nextJob}`;
      emit("session_scheduler.enqueue", s.id, {
        session_id: s.id,
        job_id: job,
        lane: s.depth === 0 ? "PRIMARY" : "SUBAGENT",
        priority: 50,
        concurrency_group: "local/m-large",
      });
      emit("session_scheduler.dispatch", s.id, {
        session_id: s.id,
        job_id: job,
        lane: s.depth === 0 ? "PRIMARY" : "SUBAGENT",
        queue_wait_ms: pick(500),
      });
      emit("model.call_started", s.id, {
        session_id: s.id,
        job_id: job,
        provider: "local",
        model_id: "m-large",
        locality: "local",
      });
      emit("model.call_finished", s.id, {
        session_id: s.id,
        job_id: job,
        status: "ok",
        tokens: 100 + pick(2000),
      });
    } else if (r < 0.6) {
      const job = `job-${++nextJob}`;
      emit("capability.check", s.id, {
        session_id: s.id,
        job_id: job,
        actor_id: s.id,
        capability_id: "fs.read:inputs",
        tool_name: "read_file",
        decision: "allowed",
        reason: "granted",
      });
    } else if (r < 0.7) {
      const job = `job-${++nextJob}`;
      emit("exec.requested", s.id, {
        session_id: s.id,
        job_id: job,
        tool_name: "shell",
        command_class: "read",
        command_hash: HASH,
        sandbox: "container",
      });
      emit("exec.started", s.id, {
        session_id: s.id,
        job_id: job,
        requested_isolation: "container",
        isolation: "container",
      });
    } else if (r < 0.8) {
      emit("workspace.write", s.id, {
        session_id: s.id,
        job_id: `job-${nextJob}`,
        path: `src/file${pick(100)}.ts`,
        in_scope: true,
        worktree_id: `wt-${s.id}`,
      });
    } else if (r < 0.88) {
      emit("session.checkpoint", s.id, {
        session_id: s.id,
        checkpoint_id: `ck-${s.id}-${s.step}`,
        trigger: "tool_call",
        messages_since_last: pick(5),
        tokens_since_last: pick(4000),
      });
    } else if (r < 0.93) {
      if (s.depth >= 2 || s.children >= 3 || active.length >= concurrent) return false;
      s.children++;
      const child = newSession(s.id, s.depth + 1);
      emit("session.spawn_requested", s.id, {
        requester_session_id: s.id,
        child_role: "Coder",
        spawn_depth: child.depth,
        spawn_mode: "ONE_SHOT",
      });
      emit("session.spawn_accepted", s.id, {
        requester_session_id: s.id,
        child_session_id: child.id,
        child_role: "Coder",
        spawn_depth: child.depth,
      });
      start(child);
      active.push(child);
    } else if (r < 0.931) {
      // an anomaly now and then
      emit("trust.message_received", s.id, {
        session_id: s.id,
        message_id: `${s.id}-x${s.step}`,
        declared_role: "SYSTEM",
        delivered_role: "SYSTEM",
        source_kind: "plugin",
        source_id: "plugin:weather",
        content_hash: HASH,
        trust: "untrusted",
      });
    } else if (r < 0.932) {
      emit("capability.granted", s.id, {
        session_id: s.id,
        capability_ids: ["net.http"],
        granted_by: "self",
        grantor_session_id: s.id,
        token_id: `tok-${s.id}-w`,
      });
    } else {
      emit("session.budget_warning", s.id, {
        session_id: s.id,
        budget_type: "tokens",
        current_value: 9000,
        threshold_value: 8000,
      });
    }
    return false;
  };
  while (n < events) {
    const i = pick(active.length);
    const s = active[i];
    if (step(s)) {
      active[i] = active[active.length - 1];
      active.pop();
      if (active.length < rootFloor) {
        const fresh = newSession(undefined, 0);
        start(fresh);
        active.push(fresh);
      }
    }
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((done) => out.once("drain", done));
      buffer = "";
    }
  }
  // cut to exactly `events` lines
  const lines = buffer.split("\n");
  const extra = n - events;
  buffer = `${lines.slice(0, lines.length - 1 - extra).join("\n")}\n`;
  out.write(buffer);
  await new Promise((done) => out.end(done));
  return nextSession;
}

// ---------------------------------------------------------------- measuring (child)

/** CPU time of this process in seconds (less sensitive than wall time to a busy machine). */
function cpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

async function measure(mode, path) {
  const { Engine, LineSplitter, splitStream, evaluateStream } = await import(engineUrl);
  const stream = () => createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  let events = 0;
  let extra = {};
  const t0 = process.hrtime.bigint();
  const c0 = cpuSeconds();
  if (mode === "floor") {
    let sink = 0;
    const splitter = new LineSplitter(1 << 20, {
      line(text) {
        if (text.length === 0) return;
        const value = JSON.parse(text);
        if (value.event_type !== undefined) sink++;
        events++;
      },
      tooLong() {},
    });
    await splitStream(stream(), splitter);
    extra = { sink };
  } else if (mode === "memory") {
    // The live heap after a full GC once the whole log is evaluated (the
    // engine and its result alive), the most any 50k-event sample saw, and
    // what the engine keeps: sessions, window keys, open deadlines.
    const { loadRegistry } = await import(coreUrl);
    const { registry } = loadRegistry(join(root, "registry"));
    const heapMb = () => {
      globalThis.gc?.();
      return process.memoryUsage().heapUsed / 1048576;
    };
    const engine = new Engine(registry, { registryVersion: "bench" });
    let peakMb = 0;
    const splitter = new LineSplitter(registry.meta.limits.max_line_bytes, {
      line(text, n) {
        engine.line(text, n);
        if (n % 50_000 === 0) peakMb = Math.max(peakMb, heapMb());
      },
      tooLong(n, bytes) {
        engine.lineTooLong(n, bytes);
      },
    });
    await splitStream(stream(), splitter);
    const result = engine.finish();
    const liveMb = heapMb();
    const sessions = engine.keptSessions();
    const snapshot = engine.snapshot();
    const windowKeys = Object.fromEntries(
      Object.entries(snapshot.entries).flatMap(([id, state]) => {
        const w = state.window;
        const n = w === undefined ? 0 : w.kind === "before" ? w.expected.length : w.groups.length;
        return n > 0 ? [[id, n]] : [];
      }),
    );
    events = result.summary.events;
    console.log(
      JSON.stringify({
        mode,
        events,
        liveMb,
        peakMb: Math.max(peakMb, liveMb),
        sessions,
        windowKeys,
        anchors: snapshot.anchors.length,
        findings: result.summary.findings,
      }),
    );
    return;
  } else {
    const { loadRegistry } = await import(coreUrl);
    const { registry, diagnostics } = loadRegistry(join(root, "registry"));
    if (!registry) throw new Error(`registry does not load: ${diagnostics.length} problems`);
    const t1 = process.hrtime.bigint();
    const c1 = cpuSeconds();
    const result = await evaluateStream(registry, stream(), { registryVersion: "bench" });
    const t2 = process.hrtime.bigint();
    const cpu = cpuSeconds() - c1;
    events = result.summary.events;
    extra = {
      findings: result.summary.findings,
      input_findings: result.summary.input_findings,
      setup_ms: Number(t1 - t0) / 1e6,
      byEntry: Object.fromEntries(
        [...new Set(result.findings.map((f) => f.anti_pattern_id))].map((id) => [
          id,
          result.findings.filter((f) => f.anti_pattern_id === id).length,
        ]),
      ),
    };
    const seconds = Number(t2 - t1) / 1e9;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ mode, events, seconds, cpu, rssMb, ...extra }));
    return;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = cpuSeconds() - c0;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ mode, events, seconds, cpu, rssMb, ...extra }));
}

// ---------------------------------------------------------------- driver

function child(mode, path) {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", fileURLToPath(import.meta.url), "--measure", mode, path],
    {
      encoding: "utf8",
      maxBuffer: 16 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`${mode} on ${path} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop());
}

function fmt(n) {
  return Math.round(n).toLocaleString("en-US");
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--measure") {
    await measure(args[1], args[2]);
    return;
  }
  for (const pkg of ["packages/engine/dist/index.js", "packages/core/dist/index.js"]) {
    if (!existsSync(join(root, pkg))) {
      console.error(`engine bench: ${pkg} is missing; run pnpm build first`);
      process.exit(2);
    }
  }
  const sizes = args.length > 0 ? args.map(Number) : [100_000, 1_000_000];
  const concurrent = 3000;
  const dir = join(tmpdir(), "sap-engine-bench");
  mkdirSync(dir, { recursive: true });
  const rows = [];
  for (const size of sizes) {
    const path = join(dir, `log-${size}.jsonl`);
    const sessions = await writeLog(path, size, concurrent);
    const mb = statSync(path).size / 1e6;
    const floor = child("floor", path);
    const engine = child("engine", path);
    const memory = child("memory", path);
    rows.push({ size, sessions, mb, floor, engine, memory });
    console.log(
      `${fmt(size)} events (${fmt(sessions)} sessions, ${concurrent} at a time, ${mb.toFixed(0)} MB):`,
    );
    console.log(
      `  floor  read + JSON.parse : ${fmt(floor.events / floor.seconds)} events/s  (${floor.seconds.toFixed(2)} s wall, ${floor.cpu.toFixed(2)} s CPU, peak RSS ${fmt(floor.rssMb)} MB)`,
    );
    console.log(
      `  engine sap eval          : ${fmt(engine.events / engine.seconds)} events/s  (${engine.seconds.toFixed(2)} s wall, ${engine.cpu.toFixed(2)} s CPU, peak RSS ${fmt(engine.rssMb)} MB; registry load ${fmt(engine.setup_ms)} ms not counted)`,
    );
    console.log(
      `  engine live heap         : ${memory.liveMb.toFixed(1)} MB after a full GC at the end (at most ${memory.peakMb.toFixed(1)} MB sampled every 50k events); keeps ${fmt(memory.sessions)} sessions, window keys ${JSON.stringify(memory.windowKeys)}, ${memory.anchors} open deadlines`,
    );
    console.log(
      `  ratio engine/floor       : ${(engine.seconds / floor.seconds).toFixed(2)}x wall, ${(engine.cpu / floor.cpu).toFixed(2)}x CPU   findings ${fmt(engine.findings)} ${JSON.stringify(engine.byEntry)}, input findings ${engine.input_findings}`,
    );
  }
  if (rows.length >= 2) {
    const first = rows[0];
    const last = rows[rows.length - 1];
    console.log(
      `peak RSS of the engine: ${fmt(first.engine.rssMb)} MB at ${fmt(first.size)} events, ${fmt(last.engine.rssMb)} MB at ${fmt(last.size)} events (the floor alone: ${fmt(first.floor.rssMb)} MB, ${fmt(last.floor.rssMb)} MB)`,
    );
    const growth = (100 * (last.memory.liveMb - first.memory.liveMb)) / first.memory.liveMb;
    console.log(
      `live heap of the engine after a full GC: ${first.memory.liveMb.toFixed(1)} MB at ${fmt(first.size)} events, ${last.memory.liveMb.toFixed(1)} MB at ${fmt(last.size)} events (${growth >= 0 ? "+" : ""}${growth.toFixed(0)}%); sessions kept ${fmt(first.memory.sessions)} and ${fmt(last.memory.sessions)}`,
    );
  }
}

await main();
