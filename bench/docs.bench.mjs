#!/usr/bin/env node
// The reference site's cost: `astro build` wall time for the real registry and
// for a synthetic registry of 1,000 entries (SAP_REGISTRY_JSON points the site
// at it), and the JavaScript an entry page loads before any interaction, raw
// and compressed (gzip -6, brotli), measured in Debian's Chromium.
//
// Goals (issue 7): 1,000-entry build under 2 minutes; at most 50 KB of
// compressed JavaScript per entry page. Exits 1 when a goal is missed.
//
//   node bench/docs.bench.mjs [--entries 1000] [--skip-synthetic] [--json]
import { spawn } from "node:child_process";
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const DOCS = fileURLToPath(new URL("../apps/docs/", import.meta.url));
const require = createRequire(join(DOCS, "package.json"));
const CHROMIUM = process.env.SAP_CHROMIUM ?? "/usr/bin/chromium";
const BUILD_GOAL_MS = 120_000;
const JS_GOAL_BYTES = 50 * 1024;

const args = process.argv.slice(2);
const entryCount = Number(args[args.indexOf("--entries") + 1] ?? 1000) || 1000;
const skipSynthetic = args.includes("--skip-synthetic");
const asJson = args.includes("--json");

function log(message) {
  if (!asJson) console.log(message);
}

function realRegistryPath() {
  const override = process.env.SAP_REGISTRY_JSON;
  if (override) return override;
  return require.resolve("@handshake/session-anti-patterns/registry.json");
}

/** n entries cloned round-robin from the real ones, ids SAP-001..SAP-n, titles made unique. */
/**
 * The full registry a synthetic one is cloned from: the registry package's
 * machine registry.json joined with the docs package's prose.json (a synthetic
 * registry.json has no `prose_in` marker, so the site reads it as full).
 */
async function fullRegistry(machine) {
  if (machine.prose_in === undefined) return machine;
  const docs = "@handshake/session-anti-patterns-docs";
  const prosePath = process.env.SAP_PROSE_JSON || require.resolve(`${docs}/prose.json`);
  const { withProse } = await import(pathToFileURL(require.resolve(docs)).href);
  return withProse(machine, JSON.parse(readFileSync(prosePath, "utf8")));
}

function synthesize(real, n) {
  const base = real.anti_patterns;
  if (base.length === 0) throw new Error("the real registry has no entries to clone");
  const width = Math.max(3, String(n).length);
  const anti_patterns = [];
  for (let index = 0; index < n; index++) {
    const source = structuredClone(base[index % base.length]);
    const id = `SAP-${String(index + 1).padStart(width, "0")}`;
    source.id = id;
    source.slug = `${source.slug}-${index + 1}`;
    source.title = `${source.title} (variant ${index + 1})`.slice(0, 100);
    if (source.replaced_by) source.replaced_by = `SAP-${"1".padStart(width, "0")}`;
    anti_patterns.push(source);
  }
  return {
    ...real,
    version: `${real.version}-synthetic.${n}`,
    anti_patterns,
    retired: [],
    history: undefined,
  };
}

function run(flag, argv, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [flag, ...argv], {
      cwd: DOCS,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`exit ${code}\n${output.slice(-4000)}`)),
    );
  });
}

/**
 * One `astro build` in a child process that measures itself: wall time and the
 * CPU time of the build's own process (all threads), so a busy machine shows up
 * as wall >> CPU instead of hiding in one number.
 */
async function timedBuild(label, registryPath, outDir, cacheDir) {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: "1",
    SAP_REGISTRY_JSON: registryPath,
    SAP_DOCS_CACHE_DIR: cacheDir,
  };
  const script = `
    const { build } = await import(${JSON.stringify(require.resolve("astro"))});
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    await build({ root: ${JSON.stringify(DOCS)}, outDir: ${JSON.stringify(outDir)}, logLevel: "info" });
    const cpu = process.cpuUsage(cpu0);
    console.log("@@bench " + JSON.stringify({ wall_ms: performance.now() - wall0, cpu_ms: (cpu.user + cpu.system) / 1000 }));
  `;
  log(`${label}: building ...`);
  const output = await run("--input-type=module", ["-e", script], env);
  const measured = JSON.parse(/@@bench (.*)/.exec(output)?.[1] ?? "{}");
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? Number.NaN);
  const result = {
    pages,
    wall_ms: Math.round(measured.wall_ms),
    cpu_ms: Math.round(measured.cpu_ms),
  };
  log(
    `${label}: ${pages} pages in ${(result.wall_ms / 1000).toFixed(1)} s wall, ${(result.cpu_ms / 1000).toFixed(1)} s CPU (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs)`,
  );
  return result;
}

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** A plain static server over a built site (no compression: the bench compresses itself). */
function serve(root) {
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname)).replace(
        /^(\.\.[/\\])+/,
        "",
      );
      let file = join(root, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      });
      createReadStream(file).pipe(response);
    });
    server.listen(0, "127.0.0.1", () => resolve(server));
  });
}

function compressed(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 6 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every script an entry page runs before interaction: fetched files and inline scripts. */
async function entryPageJs(root, path) {
  const { chromium } = require("playwright-core");
  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const profile = mkdtempSync(join(tmpdir(), "sap-docs-bench-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // The browser tests' launch flags (one list for both).
    args: JSON.parse(readFileSync(join(DOCS, "test", "support", "chromium-args.json"), "utf8")),
  });
  try {
    const page = await context.newPage();
    const files = [];
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      files.push({ url: new URL(response.url()).pathname, body: response.body() });
    });
    await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
    const inline = await page.evaluate(() =>
      Array.from(document.querySelectorAll("script:not([src])"))
        .filter(
          (script) => !script.type || script.type === "module" || script.type === "text/javascript",
        )
        .map((script) => script.textContent ?? ""),
    );
    const parts = [];
    for (const file of files) parts.push({ name: file.url, ...compressed(await file.body) });
    parts.push({
      name: `(${inline.length} inline scripts)`,
      ...compressed(Buffer.from(inline.join("\n"))),
    });
    const total = parts.reduce(
      (sum, part) => ({
        raw: sum.raw + part.raw,
        gzip: sum.gzip + part.gzip,
        brotli: sum.brotli + part.brotli,
      }),
      { raw: 0, gzip: 0, brotli: 0 },
    );
    return { path, parts, total };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const work = mkdtempSync(join(tmpdir(), "sap-docs-bench-"));
const results = {
  goals: { build_1000_ms: BUILD_GOAL_MS, entry_js_compressed_bytes: JS_GOAL_BYTES },
};
let failed = false;
try {
  const realPath = realRegistryPath();
  const real = JSON.parse(readFileSync(realPath, "utf8"));
  const realOut = join(work, "real");
  results.real = {
    entries: real.anti_patterns.length,
    ...(await timedBuild(
      `real registry (${real.anti_patterns.length} entries)`,
      realPath,
      realOut,
      join(work, "cache-real"),
    )),
  };

  const first = real.anti_patterns[0];
  if (first) {
    const js = await entryPageJs(realOut, `/anti-patterns/${first.id.toLowerCase()}/`);
    results.entry_page_js = js;
    log(
      `entry page ${js.path} loads ${kb(js.total.raw)} of JavaScript, ${kb(js.total.gzip)} gzip, ${kb(js.total.brotli)} brotli:`,
    );
    for (const part of js.parts) log(`  ${part.name}: ${kb(part.raw)} raw, ${kb(part.gzip)} gzip`);
    if (js.total.gzip > JS_GOAL_BYTES) {
      failed = true;
      log(`  GOAL MISSED: more than ${kb(JS_GOAL_BYTES)} compressed`);
    }
  }

  if (!skipSynthetic) {
    const syntheticPath = join(work, "synthetic-registry.json");
    writeFileSync(syntheticPath, JSON.stringify(synthesize(await fullRegistry(real), entryCount)));
    results.synthetic = {
      entries: entryCount,
      ...(await timedBuild(
        `synthetic registry (${entryCount} entries)`,
        syntheticPath,
        join(work, "synthetic"),
        join(work, "cache-synthetic"),
      )),
    };
    if (entryCount >= 1000 && results.synthetic.wall_ms > BUILD_GOAL_MS) {
      failed = true;
      log(`  GOAL MISSED: ${entryCount}-entry build over ${BUILD_GOAL_MS / 1000} s`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (asJson) {
  for (const part of results.entry_page_js?.parts ?? []) delete part.body;
  console.log(JSON.stringify(results, null, 2));
}
process.exit(failed ? 1 : 0);
