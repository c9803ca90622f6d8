import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const repo = join(import.meta.dirname, "..", "..", "..");
const packageDir = join(repo, "packages", "registry");
const docsPackageDir = join(repo, "packages", "registry-docs");
const example = join(repo, "examples", "consumer");
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc");

/** `pnpm pack` of `dir` with the pnpm on PATH, or the repository's pinned pnpm through npx. */
function pnpmPack(dir: string, destination: string): string {
  const pinned = (
    JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { packageManager: string }
  ).packageManager;
  const onPath = spawnSync("pnpm", ["--version"], { encoding: "utf8" }).status === 0;
  const [command, args] = onPath
    ? ["pnpm", ["pack", "--pack-destination", destination]]
    : ["npx", ["-y", pinned, "pack", "--pack-destination", destination]];
  const before = new Set(readdirSync(destination));
  execFileSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, COREPACK_INTEGRITY_KEYS: "0", COREPACK_ENABLE_DOWNLOAD_PROMPT: "0" },
  });
  const tarball = readdirSync(destination).find((n) => n.endsWith(".tgz") && !before.has(n));
  if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball into ${destination}`);
  return join(destination, tarball);
}

function run(cwd: string, command: string, args: readonly string[]): string {
  const { NODE_PATH: _ignored, ...env } = process.env;
  const result = spawnSync(command, [...args], { cwd, encoding: "utf8", env });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

describe("examples/consumer from a packed tarball in a fresh npm project", () => {
  test("installs, type-checks (node16 and bundler), runs as ESM and through require()", () => {
    const work = mkdtempSync(join(tmpdir(), "sap-consumer-"));
    const tarball = pnpmPack(packageDir, work);
    const docsTarball = pnpmPack(docsPackageDir, work);
    const listing = run(work, "tar", ["-tzf", tarball]).split("\n").filter(Boolean).sort();
    expect(
      listing.every((f) =>
        /^package\/(dist|generated|schemas)\/|^package\/(package\.json|README\.md|LICENSE)$/.test(
          f,
        ),
      ),
    ).toBe(true);
    expect(listing).toContain("package/generated/registry.json");
    expect(listing).toContain("package/dist/index.d.ts");

    const project = join(work, "consumer");
    cpSync(example, project, {
      recursive: true,
      filter: (src) => !/[\\/](node_modules|dist)([\\/]|$)/.test(src.slice(example.length)),
    });
    // Dependencies come from the tarball only; TypeScript is the repository's own (the same pinned 5.9.3).
    const pkg = JSON.parse(readFileSync(join(project, "package.json"), "utf8")) as Record<
      string,
      unknown
    >;
    delete pkg.dependencies;
    delete pkg.devDependencies;
    writeFileSync(join(project, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
    run(project, "npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      tarball,
      docsTarball,
    ]);

    run(project, process.execPath, [tsc, "-p", "tsconfig.node16.json"]);
    run(project, process.execPath, [tsc, "-p", "tsconfig.bundler.json"]);

    const esm = run(project, process.execPath, ["dist/index.js"]);
    expect(esm).toMatch(
      /^registry \d+\.\d+\.\d+: .+ \(high\); \d+ critical\nok: literal types\nprose: SAP-001 has [1-9]\d+ characters of description and [1-9]\d* must-trigger example\(s\)\n$/,
    );
    const cjs = run(project, process.execPath, ["src/require.cjs"]);
    expect(cjs).toMatch(
      /^require: (\d+) ids, sha256:[0-9a-f]{64}\nrequire: prose joined, \1 entries with descriptions\n$/,
    );
  }, 240_000);
});
