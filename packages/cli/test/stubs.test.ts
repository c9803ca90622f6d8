import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { withProse } from "@handshake/sap-core";
import { describe, expect, test } from "vitest";

const repo = join(import.meta.dirname, "..", "..", "..");
const bin = join(repo, "packages", "cli", "dist", "bin.js");
const registryPackage = join(repo, "packages", "registry");
const enginePackage = join(repo, "packages", "engine");
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");

function sap(cwd: string, ...args: string[]): { code: number; stdout: string; stderr: string } {
  // Without the NODE_PATH vitest sets, so the CLI resolves packages as it would for a user.
  const { NODE_PATH: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", env });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A consumer project with the registry package "installed" (linked, built). */
function consumer(withEngine = false): string {
  const dir = mkdtempSync(join(tmpdir(), "sap-consumer-"));
  mkdirSync(join(dir, "node_modules", "@handshake"), { recursive: true });
  symlinkSync(
    registryPackage,
    join(dir, "node_modules", "@handshake", "session-anti-patterns"),
    "dir",
  );
  if (withEngine) {
    symlinkSync(enginePackage, join(dir, "node_modules", "@handshake", "sap-engine"), "dir");
  }
  writeFileSync(
    join(dir, "package.json"),
    '{ "name": "consumer", "private": true, "type": "module" }\n',
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        module: "node16",
        moduleResolution: "node16",
        target: "es2022",
        outDir: "out",
        types: [],
      },
      include: ["detectors"],
    }),
  );
  return dir;
}

interface Example {
  name: string;
  params?: Record<string, unknown>;
  events: unknown[];
  expect?: { outcome: string }[];
}

// The full registry as a consumer gets it: the package's registry.json joined
// with the docs package's prose.json (the example logs are prose).
const registryJson = withProse(
  JSON.parse(readFileSync(join(registryPackage, "generated", "registry.json"), "utf8")),
  JSON.parse(
    readFileSync(join(registryPackage, "..", "registry-docs", "generated", "prose.json"), "utf8"),
  ),
) as unknown as {
  version: string;
  anti_patterns: {
    id: string;
    params: Record<string, { type: string }>;
    examples: { trigger: Example[]; no_trigger: Example[] };
  }[];
};

describe("sap stubs in a consumer project", () => {
  test("writes stubs for the installed registry, compiles them, and reports not_implemented detectors as gaps, never as a pass", async () => {
    const dir = consumer();
    const run = sap(dir, "stubs", "--out", "detectors");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `sap stubs: ${registryJson.anti_patterns.length + 1} file(s) written for @handshake/session-anti-patterns@${registryJson.version}\n`,
    );
    expect(sap(dir, "stubs", "--out", "detectors", "--check")).toEqual({
      code: 0,
      stdout: "",
      stderr: "",
    });

    const compiled = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    expect(compiled.stdout).toBe("");
    expect(compiled.status).toBe(0);

    const { detectors } = (await import(pathToFileURL(join(dir, "out", "index.js")).href)) as {
      detectors: readonly unknown[];
    };
    const { runDetectors } = (await import(
      pathToFileURL(join(registryPackage, "dist", "index.js")).href
    )) as {
      runDetectors: (
        detectors: readonly unknown[],
        events: readonly unknown[],
      ) => Promise<{
        passed: boolean;
        complete: boolean;
        findings: readonly unknown[];
        notImplemented: readonly string[];
      }>;
    };
    const events = registryJson.anti_patterns[0]?.examples.trigger[0]?.events ?? [];
    const summary = await runDetectors(detectors, events);
    expect(summary.passed).toBe(false);
    expect(summary.complete).toBe(false);
    expect(summary.findings).toEqual([]);
    expect(summary.notImplemented).toContain(registryJson.anti_patterns[0]?.id);
  }, 120_000);

  test("--engine: the default bodies evaluate each entry's trigger with the engine; every example of every entry gives its expected outcomes", async () => {
    const dir = consumer(true);
    const run = sap(dir, "stubs", "--out", "detectors", "--engine");
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, "detectors", "sap-001.ts"), "utf8")).toContain(
      "return engineDetect(meta.id, event, context);",
    );
    expect(sap(dir, "stubs", "--out", "detectors", "--engine", "--check").code).toBe(0);
    const compiled = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    expect(compiled.stdout).toBe("");
    expect(compiled.status).toBe(0);

    const { detectors } = (await import(pathToFileURL(join(dir, "out", "index.js")).href)) as {
      detectors: readonly { meta: { id: string } }[];
    };
    const { runDetectors } = (await import(
      pathToFileURL(join(registryPackage, "dist", "index.js")).href
    )) as {
      runDetectors: (
        detectors: readonly unknown[],
        events: readonly unknown[],
        params?: Record<string, unknown>,
      ) => Promise<{
        passed: boolean;
        complete: boolean;
        findings: readonly { outcome?: string }[];
      }>;
    };
    const ms = (d: string): number => {
      const m = /^(\d+)(ms|s|m|h|d)$/.exec(d);
      const unit: Record<string, number> = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
      return m ? Number(m[1]) * (unit[m[2] as string] as number) : Number.NaN;
    };
    const failures: string[] = [];
    for (const entry of registryJson.anti_patterns) {
      const mine = detectors.filter((d) => d.meta.id === entry.id);
      const paramsOf = (ex: Example) =>
        ex.params === undefined
          ? {}
          : {
              [entry.id]: Object.fromEntries(
                Object.entries(ex.params).map(([k, v]) => [
                  k,
                  entry.params[k]?.type === "duration" && typeof v === "string" ? ms(v) : v,
                ]),
              ),
            };
      for (const ex of entry.examples.trigger) {
        const summary = await runDetectors(mine, ex.events, paramsOf(ex));
        const want = (ex.expect ?? []).map((e) => e.outcome);
        const got = summary.findings.map((f) => f.outcome).slice(0, want.length);
        if (JSON.stringify(got) !== JSON.stringify(want))
          failures.push(`${entry.id} trigger "${ex.name}": ${got} != ${want}`);
      }
      for (const ex of entry.examples.no_trigger) {
        const summary = await runDetectors(mine, ex.events, paramsOf(ex));
        if (!summary.passed)
          failures.push(
            `${entry.id} no_trigger "${ex.name}": ${summary.findings.length} finding(s)`,
          );
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);

  test("--check fails when the stubs are stale for the registry in use, naming the fix", () => {
    const dir = consumer();
    expect(sap(dir, "stubs", "--out", "detectors").code).toBe(0);
    const changed = structuredClone(registryJson) as typeof registryJson & {
      anti_patterns: { title: string }[];
    };
    const first = changed.anti_patterns[0];
    if (first === undefined) throw new Error("empty registry");
    first.title = "A changed title";
    changed.version = "99.0.0";
    writeFileSync(join(dir, "next.json"), JSON.stringify(changed));
    const check = sap(dir, "stubs", "--out", "detectors", "--check", "--registry", "next.json");
    expect(check.code).toBe(1);
    const id = first.id.toLowerCase();
    expect(check.stderr).toContain(`detectors/${id}.ts: stale\n`);
    expect(check.stderr).toContain(
      "Stubs are not up to date for @handshake/session-anti-patterns@99.0.0. Run: npx sap stubs --out detectors\n",
    );
  }, 60_000);

  test("a retired id's stub is kept, marked and reported; its code stays", () => {
    const dir = consumer();
    expect(sap(dir, "stubs", "--out", "detectors").code).toBe(0);
    const first = registryJson.anti_patterns[0];
    if (first === undefined) throw new Error("empty registry");
    const file = join(dir, "detectors", `${first.id.toLowerCase()}.ts`);
    const body = '{\n  // my detector\n  return { status: "clear", id: meta.id };\n}';
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/\{\n {2}\/\/ TODO[\s\S]*\n\}\n$/, `${body}\n`));
    const next = structuredClone(registryJson) as typeof registryJson & { retired: unknown[] };
    next.anti_patterns = next.anti_patterns.slice(1);
    next.retired = [
      ...(next.retired ?? []),
      {
        id: first.id,
        slug: "gone",
        title: "Gone",
        retired_in: "2.0.0",
        reason: "Merged elsewhere.",
      },
    ];
    writeFileSync(join(dir, "next.json"), JSON.stringify(next));
    const run = sap(dir, "stubs", "--out", "detectors", "--registry", "next.json");
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `detectors/${first.id.toLowerCase()}.ts: ${first.id} is retired in 2.0.0; the stub is kept, marked and left out of index.ts\n`,
    );
    const kept = readFileSync(file, "utf8");
    expect(kept).toContain(`// ${first.id} RETIRED in 2.0.0: Merged elsewhere.`);
    expect(kept).toContain(body);
  });

  test("in this repository, without --registry: the workspace's registry package, from the root or a subfolder", () => {
    const ids = registryJson.anti_patterns.map((e) => `${e.id.toLowerCase()}.ts`).sort();
    for (const cwd of [repo, join(repo, "packages", "cli", "test")]) {
      const out = mkdtempSync(join(tmpdir(), "sap-repo-stubs-"));
      const run = sap(cwd, "stubs", "--out", out);
      expect(run.stderr).toBe("");
      expect(run.stdout).toBe(
        `sap stubs: ${ids.length + 1} file(s) written for @handshake/session-anti-patterns@${registryJson.version}\n`,
      );
      expect(
        readdirSync(out)
          .filter((f) => f !== "index.ts")
          .sort(),
      ).toEqual(ids);
      expect(sap(cwd, "stubs", "--out", out, "--check").code).toBe(0);
    }
  }, 60_000);

  test("no installed registry package: a clear error, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "sap-empty-"));
    const run = sap(dir, "stubs", "--out", "detectors");
    expect(run.stderr).toContain("cannot find");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot find @handshake/session-anti-patterns/registry.json");
  });

  test("--out is required", () => {
    const run = sap(tmpdir(), "stubs");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--out DIR is required");
  });
});
