/** Starts `astro preview` over the built site on a free localhost port; stops it by pid. */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const DOCS_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const DIST = join(DOCS_ROOT, "dist");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

async function waitForHttp(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`astro preview exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

export async function startPreview(): Promise<Preview> {
  if (!existsSync(join(DIST, "index.html"))) {
    throw new Error(`${DIST} has no site: run \`pnpm --filter @handshake/sap-docs build\` first.`);
  }
  const port = await freePort();
  const astro = join(DOCS_ROOT, "node_modules", "astro", "astro.js");
  const child = spawn(
    process.execPath,
    [astro, "preview", "--host", "127.0.0.1", "--port", String(port)],
    {
      cwd: DOCS_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    process.kill(child.pid, "SIGTERM");
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
    }, 3000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHttp(`${url}/`, child, () => log, 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, stop };
}
