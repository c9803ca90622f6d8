import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildHistory, changesBetween, readReleaseSnapshots } from "@handshake/sap-core";
import { afterAll, describe, expect, it } from "vitest";
import {
  addChangeset,
  CLI,
  commitAll,
  entry,
  fixtureRegistry,
  makeRepo,
  type Reg,
  readJson,
  sap,
  writeRegistry,
} from "./diff-repo.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const CHANGESET_BIN = join(REPO, "node_modules", "@changesets", "cli", "bin.js");
const temps: string[] = [];

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** `changeset version` with this repository's real .changeset config and changelog module. */
function changesetVersion(root: string) {
  const r = spawnSync(process.execPath, [CHANGESET_BIN, "version"], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, SAP_CLI: CLI, NO_COLOR: "1" },
  });
  return { code: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
}

/** A throwaway workspace shaped like this one, using the real .changeset/config.json and changelog.cjs. */
function workspace(reg: Reg): string {
  const root = makeRepo(reg);
  temps.push(root);
  writeFileSync(join(root, "package.json"), '{ "name": "ws", "private": true }\n');
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n  - apps/*\n");
  mkdirSync(join(root, "apps", "docs"), { recursive: true });
  writeFileSync(
    join(root, "apps", "docs", "package.json"),
    '{ "name": "@handshake/sap-docs", "version": "0.0.0", "private": true }\n',
  );
  // The docs package, versioned in lockstep with the registry package (a `fixed` group).
  mkdirSync(join(root, "packages", "registry-docs"), { recursive: true });
  writeFileSync(
    join(root, "packages", "registry-docs", "package.json"),
    '{ "name": "@handshake/session-anti-patterns-docs", "version": "0.0.0" }\n',
  );
  for (const f of ["config.json", "changelog.cjs"]) {
    cpSync(join(REPO, ".changeset", f), join(root, ".changeset", f));
  }
  commitAll(root, "workspace");
  return root;
}

describe("a release with changesets: version, changelog by id, snapshot, history", () => {
  it("versions the registry package, lists changes by id, refuses an under-versioned release", () => {
    const base = fixtureRegistry();
    const root = workspace(base);
    const pkg = join(root, "packages", "registry", "package.json");
    const docsPkg = join(root, "packages", "registry-docs", "package.json");
    const changelog = join(root, "packages", "registry", "CHANGELOG.md");

    // First release: everything is new.
    addChangeset(root, "first-release", "minor");
    commitAll(root, "changeset");
    const first = changesetVersion(root);
    expect(first.out).not.toContain("rror");
    expect(first.code).toBe(0);
    expect(readJson(pkg).version).toBe("0.1.0");
    expect(readJson(docsPkg).version).toBe("0.1.0");
    expect(readFileSync(changelog, "utf8")).toContain("- **SAP-001** (minor): new entry:");
    expect(sap(root, "release", "snapshot").code).toBe(0);
    commitAll(root, "release 0.1.0");
    expect(sap(root, "diff", "--against-changesets").code).toBe(0);

    // A severity raise with a patch changeset: changeset version refuses, nothing changes.
    const raised = structuredClone(base);
    entry(raised, "SAP-001").severity = "critical";
    writeRegistry(join(root, "registry"), raised);
    addChangeset(root, "raise", "patch");
    commitAll(root, "raise SAP-001");
    const refused = changesetVersion(root);
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain("severity.raised");
    expect(readJson(pkg).version).toBe("0.1.0");

    // Asked as major: 1.0.0, the CHANGELOG names the id and the change.
    addChangeset(root, "raise", "major");
    commitAll(root, "raise SAP-001 as major");
    const second = changesetVersion(root);
    expect(second.code).toBe(0);
    expect(readJson(pkg).version).toBe("1.0.0");
    expect(readJson(docsPkg).version).toBe("1.0.0");
    const log = readFileSync(changelog, "utf8");
    expect(log).toContain("## 1.0.0");
    expect(log).toContain("- **SAP-001** (major): severity high → critical");
    expect(sap(root, "release", "snapshot").code).toBe(0);

    // The per-id history from the snapshots, and the consumer's question.
    const history = buildHistory(
      readReleaseSnapshots(join(root, "packages", "registry", "releases")),
    );
    expect(history.releases.map((r) => [r.version, r.bump])).toEqual([
      ["0.1.0", "minor"],
      ["1.0.0", "major"],
    ]);
    expect(history.ids["SAP-001"]?.introduced).toBe("0.1.0");
    expect(
      history.ids["SAP-001"]?.steps.map((s) => [s.version, s.changes.map((c) => c.kind)]),
    ).toEqual([["1.0.0", ["severity.raised"]]]);
    const since = changesBetween(history, "0.1.0", undefined, ["SAP-001", "SAP-002"]);
    expect(since.bump).toBe("major");
    expect(Object.keys(since.ids)).toEqual(["SAP-001"]);

    // The same, from the command line.
    const h = sap(root, "history", "SAP-001");
    expect(h.code).toBe(0);
    expect(h.stdout).toBe(
      "SAP-001  introduced in 0.1.0\n  1.0.0  major  severity.raised  severity high → critical\n",
    );
    const mine = sap(
      root,
      "history",
      "--since",
      "0.1.0",
      "--json",
      "SAP-001",
      "SAP-002",
      "SAP-404",
    );
    expect(mine.code).toBe(1);
    expect(JSON.parse(mine.stdout)).toMatchObject({
      from: "0.1.0",
      to: "1.0.0",
      bump: "major",
      unknown: ["SAP-404"],
    });
  }, 300_000);
});
