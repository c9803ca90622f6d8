import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { npmPack, runtimeClosure, startRegistry } from "./offline-registry.js";

/*
 * The toolchain as a consumer gets it: cli, engine, core, codegen, duckdb and
 * the registry package packed by pnpm (workspace:* becomes each other's
 * versions), installed with `npm install <tarballs>` in a fresh npm project,
 * offline (third-party dependencies from a local registry holding what this
 * workspace installed). Then `npx sap eval` and `npx sap stubs` run there.
 */

const repoRoot = resolve(import.meta.dirname, "../../..");
const bin = join(repoRoot, "packages/cli/dist/bin.js");
const tsc = join(repoRoot, "node_modules/typescript/bin/tsc");
const SCOPE = "@handshake";
const TOOLCHAIN = ["cli", "engine", "core", "codegen", "duckdb"];
const REGISTRY = `${SCOPE}/session-anti-patterns`;
const scenario = join(
  repoRoot,
  "packages/engine/test/fixtures/scenarios/child-widens-grants.jsonl",
);
const runtimeLog = join(repoRoot, "packages/engine/test/fixtures/runtime/spawn-tree.fr.jsonl");
const SLOW = 600_000;

const execAsync = promisify(execFile);
let work = "";
let project = "";
let env: NodeJS.ProcessEnv = {};
let closeRegistry: () => Promise<void> = async () => {};

interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/** `pnpm -r pack` of the toolchain and the registry package (the pnpm on PATH, else the pinned one). */
async function packWorkspace(destination: string): Promise<{ filename: string }[]> {
  const pinned = (
    JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
      packageManager: string;
    }
  ).packageManager;
  const pnpm = spawnSync("pnpm", ["--version"]).status === 0 ? ["pnpm"] : ["npx", "-y", pinned];
  const filters = [...TOOLCHAIN.map((p) => `${SCOPE}/sap-${p}`), REGISTRY].flatMap((name) => [
    "--filter",
    name,
  ]);
  const { stdout } = await execAsync(
    pnpm[0] as string,
    [...pnpm.slice(1), "-r", ...filters, "pack", "--json", "--pack-destination", destination],
    { cwd: repoRoot, maxBuffer: 64 << 20 },
  );
  return JSON.parse(stdout) as { filename: string }[];
}

/** A command in the consumer project (npm's config pointing at the local registry); never throws. */
async function inProject(command: string, args: readonly string[]) {
  try {
    const { stdout, stderr } = await execAsync(command, [...args], {
      cwd: project,
      env,
      maxBuffer: 64 << 20,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const sap = (...args: string[]) => inProject("npx", ["--no", "sap", ...args]);

function installed(name: string): Manifest {
  return JSON.parse(
    readFileSync(join(project, "node_modules", name, "package.json"), "utf8"),
  ) as Manifest;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "sap-toolchain-"));
  mkdirSync(join(work, "ours"));
  mkdirSync(join(work, "third-party"));
  const ours = await packWorkspace(join(work, "ours"));
  const roots = TOOLCHAIN.map((p) => join(repoRoot, "packages", p));
  const thirdParty = await npmPack(runtimeClosure(roots, SCOPE), join(work, "third-party"));
  const registry = await startRegistry(thirdParty);
  closeRegistry = registry.close;
  writeFileSync(join(work, "npmrc"), "");
  // Not the npm_config_* pnpm sets for its scripts (npm warns about them), nor NODE_PATH.
  const inherited = Object.entries(process.env).filter(
    ([key]) => key !== "NODE_PATH" && !key.toLowerCase().startsWith("npm_config_"),
  );
  env = {
    ...Object.fromEntries(inherited),
    npm_config_registry: registry.url,
    npm_config_cache: join(work, "npm-cache"),
    npm_config_userconfig: join(work, "npmrc"),
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  };
  project = join(work, "consumer");
  mkdirSync(project);
  writeFileSync(
    join(project, "package.json"),
    '{ "name": "consumer", "private": true, "type": "module" }\n',
  );
  const install = await inProject("npm", ["install", ...ours.map((o) => o.filename)]);
  if (install.status !== 0) {
    throw new Error(
      `npm install of the packed toolchain failed:\n${install.stdout}${install.stderr}`,
    );
  }
}, SLOW);

afterAll(async () => {
  await closeRegistry();
  if (work !== "") rmSync(work, { recursive: true, force: true });
});

describe("the packed toolchain in a fresh npm project", () => {
  test("the packed manifests depend on each other by version, never workspace:", () => {
    const names = [...TOOLCHAIN.map((p) => `${SCOPE}/sap-${p}`), REGISTRY];
    const versions = new Map(names.map((name) => [name, installed(name).version]));
    for (const name of names) {
      const text = readFileSync(join(project, "node_modules", name, "package.json"), "utf8");
      expect(text, name).not.toContain("workspace:");
      const internal = Object.entries(installed(name).dependencies ?? {}).filter(([dep]) =>
        dep.startsWith(`${SCOPE}/`),
      );
      for (const [dep, range] of internal)
        expect(range, `${name} -> ${dep}`).toBe(versions.get(dep));
    }
    expect(Object.keys(installed(`${SCOPE}/sap-cli`).dependencies ?? {}).sort()).toEqual(
      ["codegen", "core", "duckdb", "engine"].map((p) => `${SCOPE}/sap-${p}`),
    );
  });

  test("every package the shipped code imports is one it declares (or Node's own)", () => {
    const builtins = new Set(builtinModules);
    const problems: string[] = [];
    for (const p of TOOLCHAIN) {
      const name = `${SCOPE}/sap-${p}`;
      const pkg = installed(name);
      const declared = new Set([
        name,
        ...Object.keys(pkg.dependencies ?? {}),
        ...Object.keys(pkg.peerDependencies ?? {}),
      ]);
      const dist = join(project, "node_modules", name, "dist");
      const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) =>
        /\.(js|d\.ts)$/.test(f),
      );
      for (const file of files) {
        const text = readFileSync(join(dist, file), "utf8");
        for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
          if (fileName.startsWith(".") || fileName.startsWith("node:")) continue;
          const parts = fileName.split("/");
          const pkgName = fileName.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
          if (builtins.has(fileName) || declared.has(pkgName as string)) continue;
          problems.push(`${name}: dist/${file} imports ${fileName}, not in its dependencies`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test(
    "npx sap eval LOG: the findings and registry hash the repository's YAML gives",
    async () => {
      const run = await sap("eval", scenario, "--format", "json");
      const fromRepo = spawnSync(process.execPath, [bin, "eval", scenario, "--format", "json"], {
        cwd: repoRoot,
        encoding: "utf8",
      });
      const report = (stdout: string) => {
        const { source: _source, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
        return rest;
      };
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      const findings = (report(run.stdout) as { findings: { anti_pattern_id: string }[] }).findings;
      expect(findings.map((f) => f.anti_pattern_id)).toContain("SAP-011");
      expect(report(run.stdout)).toEqual(report(fromRepo.stdout));
    },
    SLOW,
  );

  test(
    "npx sap eval on the runtime's DuckDB store: the native binding installed, the spawn tree's findings",
    async () => {
      writeFileSync(
        join(project, "make-store.mjs"),
        [
          'import { readFileSync } from "node:fs";',
          `import { createRuntimeDuckDb } from "${SCOPE}/sap-duckdb/testing";`,
          'const lines = readFileSync(process.argv[2], "utf8").trim().split("\\n");',
          "await createRuntimeDuckDb(process.argv[3], lines.map((l) => JSON.parse(l)));",
          "",
        ].join("\n"),
      );
      const made = await inProject(process.execPath, ["make-store.mjs", runtimeLog, "store.db"]);
      expect(made.stderr).toBe("");
      expect(made.status).toBe(0);
      const run = await sap("eval", "store.db", "--format", "json");
      expect(run.stderr).toBe("");
      expect(run.status).toBe(1);
      const pick = (f: Record<string, unknown>) => ({
        anti_pattern_id: f.anti_pattern_id,
        session_id: f.session_id,
        timestamp: f.timestamp,
        triggering_event_ids: f.triggering_event_ids,
      });
      const expected = JSON.parse(
        readFileSync(runtimeLog.replace(".fr.jsonl", ".expected.json"), "utf8"),
      ) as { findings: Record<string, unknown>[] };
      const got = JSON.parse(run.stdout) as { findings: Record<string, unknown>[] };
      expect(got.findings.map(pick)).toEqual(expected.findings.map(pick));
    },
    SLOW,
  );

  test(
    "npx sap stubs: one stub per entry of the installed registry and an index, which compile; --check is clean",
    async () => {
      const registryJson = JSON.parse(
        readFileSync(join(project, "node_modules", REGISTRY, "generated/registry.json"), "utf8"),
      ) as { version: string; anti_patterns: { id: string }[] };
      const run = await sap("stubs", "--out", "src/detectors");
      const stubs = registryJson.anti_patterns.map((e) => `${e.id.toLowerCase()}.ts`);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(
        `sap stubs: ${stubs.length + 1} file(s) written for ${REGISTRY}@${registryJson.version}\n`,
      );
      expect(run.status).toBe(0);
      expect(readdirSync(join(project, "src/detectors")).sort()).toEqual(
        [...stubs, "index.ts"].sort(),
      );
      const first = readFileSync(join(project, "src/detectors", stubs[0] as string), "utf8");
      expect(first).toContain(`from "${REGISTRY}"`);
      expect(first).toContain("export function detect(");
      writeFileSync(
        join(project, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            module: "node16",
            moduleResolution: "node16",
            target: "es2022",
            noEmit: true,
            types: [],
          },
          include: ["src"],
        }),
      );
      const compiled = await inProject(process.execPath, [tsc, "-p", "."]);
      expect(compiled.stdout).toBe("");
      expect(compiled.status).toBe(0);
      expect((await sap("stubs", "--out", "src/detectors", "--check")).status).toBe(0);
    },
    SLOW,
  );
});
