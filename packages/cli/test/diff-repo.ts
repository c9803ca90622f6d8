import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { canonicalRegistry, loadRegistry } from "@handshake/sap-core";

/** Free-form canonical registry JSON, edited by the tests. */
// biome-ignore lint/suspicious/noExplicitAny: tests edit free-form JSON
export type Reg = any;

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const CLI = join(REPO, "packages", "cli", "dist", "bin.js");
const FIXTURE = fileURLToPath(new URL("./fixtures/diff/", import.meta.url));

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real CLI (`node packages/cli/dist/bin.js ...`) in `cwd`. */
export function sap(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * The fixture registry: the real registry's metadata, environment and event
 * catalog, with two entries under test control: SAP-001 (stable, the fixture
 * copy of the first entry) and SAP-002 (its experimental twin). Returned in
 * canonical form, read through the real loader.
 */
export function fixtureRegistry(): Reg {
  const dir = mkdtempSync(join(tmpdir(), "sap-diff-fixture-"));
  try {
    for (const f of ["registry.yaml", "environment.yaml", "retired.yaml"]) {
      cpSync(join(REPO, "registry", f), join(dir, f));
    }
    cpSync(join(REPO, "registry", "events"), join(dir, "events"), { recursive: true });
    mkdirSync(join(dir, "anti-patterns"));
    cpSync(join(FIXTURE, "SAP-001.yaml"), join(dir, "anti-patterns", "SAP-001.yaml"));
    const { registry, diagnostics } = loadRegistry(dir);
    if (!registry)
      throw new Error(`fixture registry does not load: ${JSON.stringify(diagnostics)}`);
    const reg: Reg = canonicalRegistry(registry);
    const sap1 = entry(reg, "SAP-001");
    sap1.status = "stable";
    sap1.severity = "high";
    const twin = structuredClone(sap1);
    twin.id = "SAP-002";
    twin.slug = "delegation-storm-experimental";
    twin.status = "experimental";
    twin.enforcement.mode = "audit";
    reg.anti_patterns.push(twin);
    reg.retired = [];
    return reg;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function entry(reg: Reg, id: string): Reg {
  const found = reg.anti_patterns.find((e: Reg) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

export function event(reg: Reg, type: string): Reg {
  const found = reg.events.find((e: Reg) => e.event_type === type);
  if (!found) throw new Error(`no event ${type}`);
  return found;
}

/**
 * Writes a canonical registry as registry/ files (JSON is YAML): registry.yaml,
 * environment.yaml, events/<family>.yaml, anti-patterns/<id>.yaml, retired.yaml.
 * Replaces what was there.
 */
export function writeRegistry(dir: string, reg: Reg): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "events"), { recursive: true });
  mkdirSync(join(dir, "anti-patterns"));
  const { events, anti_patterns, retired, environment, ...meta } = reg;
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  writeFileSync(join(dir, "registry.yaml"), json(meta));
  writeFileSync(join(dir, "environment.yaml"), json(environment));
  writeFileSync(join(dir, "retired.yaml"), json({ retired }));
  const families = new Map<string, Reg[]>();
  for (const { family, ...e } of events) families.set(family, [...(families.get(family) ?? []), e]);
  for (const [family, list] of families) {
    writeFileSync(
      join(dir, "events", `${family}.yaml`),
      json({ family, title: family, events: list }),
    );
  }
  for (const e of anti_patterns) writeFileSync(join(dir, "anti-patterns", `${e.id}.yaml`), json(e));
}

export const REGISTRY_PACKAGE = "@handshake/session-anti-patterns";

/** A git repository laid out like this one: registry/, packages/registry/package.json, .changeset/. */
export function makeRepo(reg: Reg, version = "0.0.0"): string {
  const root = mkdtempSync(join(tmpdir(), "sap-diff-repo-"));
  git(root, "init", "-q", "-b", "main");
  git(root, "config", "user.email", "test@example.com");
  git(root, "config", "user.name", "Test");
  git(root, "config", "commit.gpgsign", "false");
  writeRegistry(join(root, "registry"), reg);
  setVersion(root, version);
  mkdirSync(join(root, ".changeset"));
  writeFileSync(join(root, ".changeset", "README.md"), "Changesets.\n");
  commitAll(root, "initial registry");
  return root;
}

export function setVersion(root: string, version: string): void {
  mkdirSync(join(root, "packages", "registry"), { recursive: true });
  writeFileSync(
    join(root, "packages", "registry", "package.json"),
    `${JSON.stringify({ name: REGISTRY_PACKAGE, version }, null, 2)}\n`,
  );
}

export function commitAll(root: string, message: string): void {
  git(root, "add", "-A");
  git(root, "commit", "-q", "-m", message);
}

/** Writes `.changeset/<name>.md` asking `bump` of the registry package (plus `others`). */
export function addChangeset(
  root: string,
  name: string,
  bump: string,
  others: Record<string, string> = {},
): void {
  const lines = [
    `"${REGISTRY_PACKAGE}": ${bump}`,
    ...Object.entries(others).map(([k, v]) => `"${k}": ${v}`),
  ];
  writeFileSync(
    join(root, ".changeset", `${name}.md`),
    `---\n${lines.join("\n")}\n---\n\nChange ${name}.\n`,
  );
}

export function readJson(path: string): Reg {
  return JSON.parse(readFileSync(path, "utf8"));
}
