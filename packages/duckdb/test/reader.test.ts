import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import {
  DuckDbLockedError,
  duckDbTimestampToRfc3339,
  FlightRecorderDuckDbError,
  type FlightRecorderEvent,
  isDuckDbFile,
  MissingColumnError,
  NoEventsTableError,
  NotDuckDbFileError,
  PayloadNotJsonError,
  type ReadOptions,
  RUNTIME_EVENTS_TABLE,
  readFlightRecorderDuckDb,
  WsidsInvalidError,
} from "../src/index.js";
import { createRuntimeDuckDb, insertValues, type RuntimeEnvelope } from "../src/testing.js";
import { expectedEvents, RUNTIME_EVENTS } from "./runtime-events.js";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const work = mkdtempSync(join(tmpdir(), "sap-duckdb-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let counter = 0;
function dbPath(name: string): string {
  const dir = join(work, `${++counter}`);
  mkdirSync(dir);
  return join(dir, name);
}

async function readAll(path: string, options?: ReadOptions): Promise<FlightRecorderEvent[]> {
  const events: FlightRecorderEvent[] = [];
  for await (const e of readFlightRecorderDuckDb(path, options)) events.push(e);
  return events;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

/** The runtime's statement with one column line removed (a table from before that column). */
function withoutColumn(column: string): string {
  const lines = RUNTIME_EVENTS_TABLE.split("\n");
  const kept = lines.filter((l) => !l.trim().startsWith(`${column} `));
  expect(kept.length).toBe(lines.length - 1);
  return kept.join("\n");
}

function envelope(i: number, overrides: Partial<RuntimeEnvelope> = {}): RuntimeEnvelope {
  const n = String(i).padStart(12, "0");
  return {
    event_id: `01979a3b-0000-7000-8000-${n}`,
    trace_id: "0e8f5a1c-2b3d-4e5f-8a9b-0c1d2e3f4a5b",
    timestamp: new Date(Date.UTC(2026, 5, 22, 10) + i).toISOString().replace("Z", "+00:00"),
    actor: "system",
    actor_id: "system",
    event_type: "session.created",
    job_id: "job-1",
    model_session_id: "sess-1",
    payload: {
      type: "session.created",
      event_id: "FR-EVT-SESS-001",
      session_id: "sess-1",
      state: "CREATED",
      job_id: "job-1",
    },
    ...overrides,
  };
}

describe("readFlightRecorderDuckDb on the runtime's table", () => {
  test("yields the runtime's envelopes in time order, then event_id, with exact values", async () => {
    const path = dbPath("flight_recorder.db");
    await createRuntimeDuckDb(path, RUNTIME_EVENTS);
    const events = await readAll(path);
    expect(events).toEqual(expectedEvents());
    // Spelled out: a spawn event sets no optional envelope field and no wsids.
    expect(events[3]).toStrictEqual({
      event_id: "01979a3b-0004-7000-8000-000000000004",
      trace_id: "1f9a6b2d-3c4e-4f5a-9b0c-1d2e3f4a5b6c",
      timestamp: "2026-06-22T10:00:01.123456+00:00",
      actor: "system",
      actor_id: "system",
      event_type: "session.spawn_requested",
      job_id: null,
      workflow_id: null,
      model_id: null,
      model_session_id: null,
      wsids: [],
      activity_span_id: null,
      session_span_id: null,
      capability_id: null,
      policy_decision_id: null,
      payload: {
        type: "session.spawn_requested",
        event_id: "FR-EVT-SESS-SPAWN-001",
        requester_session_id: "sess-root",
        child_role: "coder",
        spawn_depth: 1,
        spawn_mode: "STANDARD",
      },
    });
    expect(events[7]?.wsids).toStrictEqual(["ws-1"]);
    expect(Object.keys(events[0] ?? {})).toStrictEqual([
      "event_id",
      "trace_id",
      "timestamp",
      "actor",
      "actor_id",
      "event_type",
      "job_id",
      "workflow_id",
      "model_id",
      "model_session_id",
      "wsids",
      "activity_span_id",
      "session_span_id",
      "capability_id",
      "policy_decision_id",
      "payload",
    ]);
  });

  test("stores what insert_event stores: wsids JSON null when empty, payload JSON text", async () => {
    expect(insertValues(envelope(1))[10]).toBe("null");
    expect(insertValues(envelope(1, { wsids: ["a", "b"] }))[10]).toBe('["a","b"]');
    const path = dbPath("stored.db");
    await createRuntimeDuckDb(path, [envelope(1), envelope(2, { wsids: ["a", "b"] })]);
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
    const connection = await instance.connect();
    const rows = (
      await connection.runAndReadAll(
        "SELECT wsids IS NULL, CAST(wsids AS VARCHAR), typeof(payload) FROM events ORDER BY event_id",
      )
    ).getRows();
    connection.closeSync();
    instance.closeSync();
    expect(rows).toEqual([
      [false, "null", "JSON"],
      [false, '["a","b"]', "JSON"],
    ]);
  });

  test("NULL columns read as null, a NULL wsids as []", async () => {
    const path = dbPath("nulls.db");
    await createRuntimeDuckDb(path, [envelope(1)], {
      afterInsert: ["UPDATE events SET wsids = NULL, job_id = NULL"],
    });
    const [event] = await readAll(path);
    expect(event?.wsids).toStrictEqual([]);
    expect(event?.job_id).toBeNull();
  });

  test("a table the runtime migrated from an older schema: other column order, NULLs", async () => {
    // The legacy table of the runtime's migration test (duckdb.rs,
    // test_new_on_path_migrates_legacy_db_and_creates_indexes), then the columns init_schema's
    // ALTER TABLE ... ADD COLUMN IF NOT EXISTS adds, nullable, at the end.
    const legacy = `CREATE TABLE events (
      event_id UUID PRIMARY KEY, timestamp TIMESTAMPTZ, actor TEXT, actor_id TEXT,
      event_type TEXT, job_id TEXT, payload JSON)`;
    const path = dbPath("legacy.db");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run(legacy);
    await connection.run(
      `INSERT INTO events VALUES ('01979a3b-0000-7000-8000-000000000001', '2026-06-22T10:00:00.5+00:00', 'system', 'system', 'system', NULL, '{"component":"test"}')`,
    );
    for (const [column, type] of [
      ["trace_id", "UUID"],
      ["workflow_id", "TEXT"],
      ["model_id", "TEXT"],
      ["model_session_id", "TEXT"],
      ["activity_span_id", "TEXT"],
      ["session_span_id", "TEXT"],
      ["capability_id", "TEXT"],
      ["policy_decision_id", "TEXT"],
      ["wsids", "JSON"],
    ]) {
      await connection.run(`ALTER TABLE events ADD COLUMN IF NOT EXISTS ${column} ${type}`);
    }
    connection.closeSync();
    instance.closeSync();
    expect(await readAll(path)).toStrictEqual([
      {
        event_id: "01979a3b-0000-7000-8000-000000000001",
        trace_id: null,
        timestamp: "2026-06-22T10:00:00.5+00:00",
        actor: "system",
        actor_id: "system",
        event_type: "system",
        job_id: null,
        workflow_id: null,
        model_id: null,
        model_session_id: null,
        wsids: [],
        activity_span_id: null,
        session_span_id: null,
        capability_id: null,
        policy_decision_id: null,
        payload: { component: "test" },
      },
    ]);
  });

  test("timestamps read in UTC whatever the machine's time zone", () => {
    const path = dbPath("tz.db");
    const script = `
      const { createRuntimeDuckDb } = await import(${JSON.stringify(join(packageDir, "dist/testing.js"))});
      const { readFlightRecorderDuckDb } = await import(${JSON.stringify(join(packageDir, "dist/index.js"))});
      await createRuntimeDuckDb(${JSON.stringify(path)}, ${JSON.stringify([envelope(0, { timestamp: "2026-06-22T23:30:00.25+00:00" })])});
      for await (const e of readFlightRecorderDuckDb(${JSON.stringify(path)})) console.log(e.timestamp);
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
      encoding: "utf8",
      env: { ...process.env, TZ: "Pacific/Kiritimati" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("2026-06-22T23:30:00.25+00:00\n");
  });

  test("never modifies the file or its directory", async () => {
    const path = dbPath("flight_recorder.db");
    await createRuntimeDuckDb(path, RUNTIME_EVENTS);
    const dir = dirname(path);
    const before = {
      files: readdirSync(dir).sort(),
      hash: createHash("sha256").update(readFileSync(path)).digest("hex"),
      mtimeMs: statSync(path).mtimeMs,
    };
    await readAll(path);
    // An early stop closes the database too.
    for await (const _ of readFlightRecorderDuckDb(path)) break;
    expect({
      files: readdirSync(dir).sort(),
      hash: createHash("sha256").update(readFileSync(path)).digest("hex"),
      mtimeMs: statSync(path).mtimeMs,
    }).toStrictEqual(before);
  });
});

describe("streaming", () => {
  const rows = 50_000;
  let path = "";

  test("a 50k-row table is read in batches of batchSize, lazily, in order", async () => {
    path = dbPath("big.db");
    // Inserted newest first: the order comes from the query, not from insertion.
    const events = function* () {
      for (let i = rows - 1; i >= 0; i--) yield envelope(i);
    };
    await createRuntimeDuckDb(path, events());

    const batches: number[] = [];
    const iterator = readFlightRecorderDuckDb(path, {
      batchSize: 1000,
      onBatch: (n) => batches.push(n),
    })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.value?.event_id).toBe("01979a3b-0000-7000-8000-000000000000");
    // One batch read to yield the first event: the rest of the table is still in DuckDB.
    expect(batches).toStrictEqual([1000]);

    let count = 1;
    let previous = first.value as FlightRecorderEvent;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const e = next.value;
      expect((e.timestamp ?? "") >= (previous.timestamp ?? "")).toBe(true);
      previous = e;
      count++;
      // Batches are read as the consumer advances, never ahead.
      expect(batches.length).toBe(Math.ceil(count / 1000));
    }
    expect(count).toBe(rows);
    expect(batches).toStrictEqual(Array.from({ length: 50 }, () => 1000));
    expect(previous.event_id).toBe(`01979a3b-0000-7000-8000-${String(rows - 1).padStart(12, "0")}`);
  });

  test("the default batch is DuckDB's vector size, 2048 rows", async () => {
    const batches: number[] = [];
    let count = 0;
    for await (const _ of readFlightRecorderDuckDb(path, { onBatch: (n) => batches.push(n) })) {
      count++;
    }
    expect(count).toBe(rows);
    expect(batches.length).toBe(Math.ceil(rows / 2048));
    expect(Math.max(...batches)).toBe(2048);
  });

  test("batchSize must be a positive integer", async () => {
    const error = await failure(readAll(path, { batchSize: 0 }));
    expect(error).toBeInstanceOf(RangeError);
  });
});

describe("errors", () => {
  test("a file that is not a DuckDB database", async () => {
    const path = join(work, "log.jsonl");
    writeFileSync(path, `${JSON.stringify({ event_id: "e1" })}\n`);
    const error = await failure(readAll(path));
    expect(error).toBeInstanceOf(NotDuckDbFileError);
    expect(error).toBeInstanceOf(FlightRecorderDuckDbError);
    expect((error as NotDuckDbFileError).code).toBe("SAP_DUCKDB_NOT_DUCKDB");
    expect((error as Error).message).toContain(`${path} is not a DuckDB database`);
  });

  test("a missing file fails with Node's ENOENT", async () => {
    const error = await failure(readAll(join(work, "absent.db")));
    expect((error as NodeJS.ErrnoException).code).toBe("ENOENT");
  });

  test("a DuckDB file without an events table", async () => {
    const path = dbPath("other.db");
    const { DuckDBInstance } = await import("@duckdb/node-api");
    const instance = await DuckDBInstance.create(path);
    const connection = await instance.connect();
    await connection.run("CREATE TABLE diagnostics (id UUID)");
    connection.closeSync();
    instance.closeSync();
    const error = await failure(readAll(path));
    expect(error).toBeInstanceOf(NoEventsTableError);
    expect((error as NoEventsTableError).code).toBe("SAP_DUCKDB_NO_EVENTS_TABLE");
    expect((error as Error).message).toContain("has no table events");
    expect((error as Error).message).toContain(RUNTIME_EVENTS_TABLE);
  });

  test("a missing column is named, with the runtime's CREATE TABLE", async () => {
    const path = dbPath("no-session.db");
    await createRuntimeDuckDb(path, [], { createTable: withoutColumn("model_session_id") });
    const error = await failure(readAll(path));
    expect(error).toBeInstanceOf(MissingColumnError);
    const missing = error as MissingColumnError;
    expect(missing.code).toBe("SAP_DUCKDB_MISSING_COLUMN");
    expect(missing.column).toBe("model_session_id");
    expect(missing.message).toContain("has no column model_session_id;");
    expect(missing.message).toContain("flight_recorder/duckdb.rs");
    expect(missing.message).toContain(RUNTIME_EVENTS_TABLE);
  });

  test("a payload that is not JSON names its event_id, after the rows before it", async () => {
    // The JSON column refuses such text; a table whose payload column is TEXT (kept by the
    // runtime's ADD COLUMN IF NOT EXISTS migration) can hold it.
    const path = dbPath("text-payload.db");
    await createRuntimeDuckDb(path, [envelope(1), envelope(2), envelope(3)], {
      createTable: RUNTIME_EVENTS_TABLE.replace("payload JSON NOT NULL", "payload TEXT NOT NULL"),
      afterInsert: [
        "UPDATE events SET payload = '{\"type\": truncated' WHERE event_id = '01979a3b-0000-7000-8000-000000000002'",
      ],
    });
    const seen: string[] = [];
    let error: unknown;
    try {
      for await (const e of readFlightRecorderDuckDb(path)) seen.push(e.event_id ?? "");
    } catch (e) {
      error = e;
    }
    expect(seen).toStrictEqual(["01979a3b-0000-7000-8000-000000000001"]);
    expect(error).toBeInstanceOf(PayloadNotJsonError);
    const bad = error as PayloadNotJsonError;
    expect(bad.code).toBe("SAP_DUCKDB_PAYLOAD_NOT_JSON");
    expect(bad.eventId).toBe("01979a3b-0000-7000-8000-000000000002");
    expect(bad.row).toBe(2);
    expect(bad.message).toContain(
      "event 01979a3b-0000-7000-8000-000000000002 (row 2 in time order)",
    );
    expect(bad.message).toContain("payload is not JSON");
  });

  test("wsids that are not a list of strings", async () => {
    const path = dbPath("wsids.db");
    await createRuntimeDuckDb(path, [envelope(1)], {
      afterInsert: [`UPDATE events SET wsids = '{"ws": 1}'`],
    });
    const error = await failure(readAll(path));
    expect(error).toBeInstanceOf(WsidsInvalidError);
    expect((error as WsidsInvalidError).code).toBe("SAP_DUCKDB_WSIDS_INVALID");
  });

  test("a database a running runtime holds open is reported as locked", async () => {
    const path = dbPath("flight_recorder.db");
    await createRuntimeDuckDb(path, [envelope(1)]);
    // A second process opens the file for writing, as the runtime does, and keeps it open.
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { DuckDBInstance } = await import("@duckdb/node-api");
         const instance = await DuckDBInstance.create(${JSON.stringify(path)});
         await instance.connect();
         console.log("open");
         setInterval(() => {}, 1000);`,
      ],
      { cwd: packageDir, stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((done, fail) => {
        holder.stdout.once("data", () => done());
        holder.once("exit", (code) => fail(new Error(`holder exited with ${code}`)));
      });
      const error = await failure(readAll(path));
      expect(error).toBeInstanceOf(DuckDbLockedError);
      expect((error as DuckDbLockedError).code).toBe("SAP_DUCKDB_LOCKED");
      expect((error as Error).message).toContain("stop the runtime, or copy the file");
    } finally {
      holder.kill();
    }
  });
});

describe("isDuckDbFile", () => {
  test("by DuckDB's magic bytes: DUCK at byte offset 8", async () => {
    const db = dbPath("flight_recorder.db");
    await createRuntimeDuckDb(db, []);
    expect(readFileSync(db).subarray(8, 12).toString("latin1")).toBe("DUCK");
    expect(await isDuckDbFile(db)).toBe(true);

    const synthetic = join(work, "header-only");
    writeFileSync(synthetic, Buffer.concat([Buffer.alloc(8), Buffer.from("DUCK")]));
    expect(await isDuckDbFile(synthetic)).toBe(true);

    const jsonl = join(work, "events.jsonl");
    writeFileSync(jsonl, '{"event_id":"DUCK"}\n');
    expect(await isDuckDbFile(jsonl)).toBe(false);
    const atStart = join(work, "duck-at-0");
    writeFileSync(atStart, "DUCK00000000");
    expect(await isDuckDbFile(atStart)).toBe(false);
    const short = join(work, "short");
    writeFileSync(short, Buffer.concat([Buffer.alloc(8), Buffer.from("DUC")]));
    expect(await isDuckDbFile(short)).toBe(false);
    expect(await isDuckDbFile(join(work, "absent"))).toBe(false);
    expect(await isDuckDbFile(work)).toBe(false);
  });
});

describe("duckDbTimestampToRfc3339", () => {
  test.each([
    ["2026-06-22 10:00:00+00", "2026-06-22T10:00:00+00:00"],
    ["2026-06-22 10:00:00.1+00", "2026-06-22T10:00:00.1+00:00"],
    ["2026-06-22 10:00:00.123456+00", "2026-06-22T10:00:00.123456+00:00"],
    ["2026-06-22 10:00:00.000001-04", "2026-06-22T10:00:00.000001-04:00"],
    ["2026-06-22 10:00:00+05:30", "2026-06-22T10:00:00+05:30"],
    ["2026-06-22 10:00:00+05:30:00", "2026-06-22T10:00:00+05:30"],
  ])("%s → %s", (text, rfc3339) => {
    expect(duckDbTimestampToRfc3339(text)).toBe(rfc3339);
  });

  test.each([
    "infinity",
    "-infinity",
    "2026-06-22 10:00:00",
    "0044-03-15 10:00:00+00 (BC)",
    "12026-06-22 10:00:00+00",
    "2026-06-22 10:00:00+00:00:30",
  ])("%s has no RFC 3339 form", (text) => {
    expect(duckDbTimestampToRfc3339(text)).toBeUndefined();
  });
});
