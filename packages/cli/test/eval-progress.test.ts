import { dirname, resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import type { CommandIo } from "../src/command.js";
import { evalCommand } from "../src/commands/eval.js";

/* Progress goes to stderr every 100,000 lines, and only when stderr is a terminal. */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function sink(): { stream: Writable; text: () => string } {
  let out = "";
  return {
    stream: new Writable({
      write(chunk, _encoding, done) {
        out += String(chunk);
        done();
      },
    }),
    text: () => out,
  };
}

async function run(isTty: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const io: CommandIo = {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(["\n".repeat(250_000)]),
    cwd: repoRoot,
    isTty,
  };
  // Blank lines only: the progress is what is tested, so the empty log is allowed.
  const code = await evalCommand.run(["-", "--format", "json", "--allow-empty"], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe("sap eval progress", () => {
  test("on a terminal: a line count every 100,000 lines, cleared at the end", async () => {
    const r = await run(true);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("\rsap eval: 100,000 lines\rsap eval: 200,000 lines\r\u001b[K");
    expect(JSON.parse(r.stdout).summary.lines).toBe(250_000);
  }, 60_000);

  test("not a terminal: nothing on stderr", async () => {
    const r = await run(false);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  }, 60_000);
});
