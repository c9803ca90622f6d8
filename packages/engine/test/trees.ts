import fc from "fast-check";

/*
 * Generated audit logs for property tests: independent spawn trees (ids,
 * receipts and jobs carry the tree's prefix, so trees never interact) doing a
 * random mix of ordinary and anomalous things, and their time-consistent
 * interleavings.
 */

const HASH = `sha256:${"ab".repeat(32)}`;
const T0 = Date.UTC(2026, 2, 1, 10);

export type Ev = {
  event_id: string;
  event_type: string;
  timestamp: string;
  session_id: string;
  payload: Record<string, unknown>;
};

/** One action of a tree: what kind, which of its sessions, a gap in seconds, a variant. */
export const action = fc.record({
  kind: fc.integer({ min: 0, max: 11 }),
  who: fc.nat(3),
  gap: fc.integer({ min: 0, max: 20 }),
  variant: fc.nat(5),
});

/** The events of spawn tree `t`: ids, receipts and jobs carry the tree's prefix, so trees never interact. */
export type Action = { kind: number; who: number; gap: number; variant: number };

export function treeEvents(t: number, actions: readonly Action[]): Ev[] {
  const p = `t${t}`;
  const sessions = [`${p}-root`];
  const out: Ev[] = [];
  let clock = T0 + t * 1000;
  let n = 0;
  const emit = (type: string, session: string, payload: Record<string, unknown>) => {
    n++;
    out.push({
      event_id: `${p}-e${n}`,
      event_type: type,
      timestamp: new Date(clock).toISOString(),
      session_id: session,
      payload,
    });
  };
  emit("session.created", sessions[0] as string, {
    session_id: sessions[0],
    model_id: "m",
    backend: "local",
    role: "Orchestrator",
    memory_policy: "SESSION_SCOPED",
    spawn_depth: 0,
  });
  const caps = ["fs.read", "fs.read:inputs", "proc.exec", "net.http", "secrets.use", "fs.write"];
  for (const a of actions) {
    clock += a.gap * 1000;
    const s = sessions[a.who % sessions.length] as string;
    const depth = sessions.indexOf(s) === 0 ? 0 : 1 + (sessions.indexOf(s) % 3);
    switch (a.kind) {
      case 0: {
        const child = `${p}-c${sessions.length}`;
        emit("session.spawn_requested", s, {
          requester_session_id: s,
          child_role: "Coder",
          spawn_depth: depth + 1,
          spawn_mode: "ONE_SHOT",
        });
        if (a.variant < 4) {
          emit("session.spawn_accepted", s, {
            requester_session_id: s,
            child_session_id: child,
            child_role: "Coder",
            spawn_depth: depth + 1,
          });
          sessions.push(child);
        } else {
          emit("session.spawn_rejected", s, {
            requester_session_id: s,
            rejection_reason: "children_cap_reached",
            spawn_depth: depth + 1,
            active_children_count: 4,
          });
        }
        break;
      }
      case 1:
        emit("session.message", s, {
          session_id: s,
          message_id: `${p}-m${n}`,
          role: ["USER", "SYSTEM", "ASSISTANT", "TOOL_CALL", "TOOL_RESULT", "USER"][a.variant],
          content_hash: a.variant === 5 ? "inline text" : HASH,
          token_count: 10,
        });
        break;
      case 2:
        emit("trust.message_received", s, {
          session_id: s,
          message_id: `${p}-m${n}`,
          declared_role: a.variant < 2 ? "SYSTEM" : "USER",
          delivered_role: a.variant === 0 ? "SYSTEM" : "USER",
          source_kind: ["runtime", "plugin", "mcp_server", "session", "external", "operator"][
            a.variant
          ],
          source_id: a.variant === 3 ? "" : "src",
          trust: ["trusted", "untrusted", "unset"][a.variant % 3],
        });
        break;
      case 3:
        emit("capability.granted", s, {
          session_id: s,
          capability_ids: [caps[a.variant] as string],
          granted_by: ["runtime", "operator", "parent_session", "self", "parent_session", "self"][
            a.variant
          ],
          token_id: `${p}-tok${n}`,
        });
        break;
      case 4:
        emit("capability.check", s, {
          session_id: s,
          job_id: `${p}-j${n}`,
          actor_id: s,
          capability_id: caps[a.variant] as string,
          tool_name: "tool",
          decision: a.variant < 3 ? "allowed" : "denied",
          reason: a.variant < 3 ? "granted" : "not_granted",
        });
        break;
      case 5:
        emit("model.call_started", s, {
          session_id: s,
          job_id: a.variant < 3 ? `${p}-j${n}` : "",
          provider: "p",
          model_id: "m",
          locality: a.variant % 2 === 0 ? "local" : "cloud",
          ...(a.variant === 5 ? { receipt_id: `${p}-r1` } : {}),
        });
        break;
      case 6:
        emit("model.call_finished", s, {
          session_id: s,
          job_id: `${p}-j${n}`,
          status: "ok",
          tokens: 5,
        });
        break;
      case 7:
        emit("consent.receipt_issued", s, {
          session_id: s,
          receipt_id: `${p}-r1`,
          scope: ["SINGLE_CALL", "SESSION_SCOPED", "BROADCAST_SCOPED"][a.variant % 3],
          plan_hash: HASH,
          session_ids: sessions.slice(0, 1 + (a.variant % sessions.length)),
          valid_from: new Date(clock).toISOString(),
          valid_until: new Date(clock + 600_000).toISOString(),
          issued_by: "operator",
        });
        break;
      case 8:
        emit("exec.requested", s, {
          session_id: s,
          job_id: `${p}-j${n}`,
          tool_name: "shell",
          command_class: ["read", "write", "destructive", "network"][a.variant % 4],
          command_hash: HASH,
          sandbox: ["container", "worktree", "none"][a.variant % 3],
        });
        break;
      case 9:
        emit("session.state_change", s, {
          session_id: s,
          from_state: "ACTIVE",
          to_state: ["ACTIVE", "PAUSED", "COMPLETED", "FAILED", "CANCELLED", "BLOCKED"][a.variant],
          reason: "r",
        });
        break;
      case 10:
        emit("session.announce_back", s, {
          child_session_id: s,
          requester_session_id: sessions[0],
          status: "COMPLETED",
          summary_artifact_id: "a",
          mailbox_message_id: "m",
        });
        break;
      default:
        emit("governance.bypass_changed", s, {
          session_id: s,
          control: "sandbox",
          scope: a.variant < 3 ? "session" : "global",
          enabled: a.variant % 2 === 0,
          actor_id: s,
          source: "cli_flag",
          ...(a.variant === 0 ? { target_session_id: s } : {}),
        });
    }
  }
  return out;
}

/** A time-ordered interleaving of the trees, ties between trees broken by `choices`. */
export function interleave(trees: readonly Ev[][], choices: readonly number[]): Ev[] {
  const next = trees.map(() => 0);
  const out: Ev[] = [];
  let c = 0;
  for (;;) {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < trees.length; i++) {
      const e = trees[i]?.[next[i] as number];
      if (e) min = Math.min(min, Date.parse(e.timestamp));
    }
    if (min === Number.POSITIVE_INFINITY) return out;
    const ready = trees.flatMap((tree, i) => {
      const e = tree[next[i] as number];
      return e && Date.parse(e.timestamp) === min ? [i] : [];
    });
    const pick = ready[(choices[c++ % Math.max(1, choices.length)] ?? 0) % ready.length] as number;
    out.push(trees[pick]?.[next[pick] as number] as Ev);
    next[pick] = (next[pick] as number) + 1;
  }
}
