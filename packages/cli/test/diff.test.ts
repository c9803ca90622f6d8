import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addChangeset,
  commitAll,
  entry,
  event,
  fixtureRegistry,
  git,
  makeRepo,
  type Reg,
  readJson,
  sap,
  setVersion,
  writeRegistry,
} from "./diff-repo.js";

const BASE: Reg = fixtureRegistry();
const LEVELS = ["none", "patch", "minor", "major"] as const;
type Level = (typeof LEVELS)[number];

const temps: string[] = [];
let released: string;

/** A fresh copy of the repository released at 0.1.0 (with its .git). */
function fork(): string {
  const dir = mkdtempSync(join(tmpdir(), "sap-diff-case-"));
  temps.push(dir);
  cpSync(released, dir, { recursive: true });
  return dir;
}

/** The base with SAP-001's severity raised (a major change). */
function raised(): Reg {
  return edited((r) => {
    entry(r, "SAP-001").severity = "critical";
  });
}

function edited(edit: (reg: Reg) => void): Reg {
  const reg = structuredClone(BASE);
  edit(reg);
  return reg;
}

beforeAll(() => {
  released = makeRepo(BASE);
  temps.push(released);
  setVersion(released, "0.1.0");
  const r = sap(released, "release", "snapshot");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  commitAll(released, "release 0.1.0");
  git(released, "tag", "v0.1.0");
}, 60_000);

afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

interface PolicyCase {
  readonly name: string;
  readonly edit: (reg: Reg) => void;
  readonly kinds: readonly string[];
  readonly required: Level;
  readonly error?: true;
}

const CASES: readonly PolicyCase[] = [
  {
    name: "severity of a stable entry raised",
    edit: (r) => {
      entry(r, "SAP-001").severity = "critical";
    },
    kinds: ["severity.raised"],
    required: "major",
  },
  {
    name: "severity of an experimental entry lowered",
    edit: (r) => {
      entry(r, "SAP-002").severity = "medium";
    },
    kinds: ["severity.lowered"],
    required: "minor",
  },
  {
    name: "stable entry's first outcome stricter",
    edit: (r) => {
      entry(r, "SAP-001").enforcement.tiers[0].outcome = "deny";
    },
    kinds: ["outcome.stricter"],
    required: "major",
  },
  {
    name: "outcome looser",
    edit: (r) => {
      entry(r, "SAP-001").enforcement.tiers.at(-1).outcome = "deny";
    },
    kinds: ["outcome.looser"],
    required: "minor",
  },
  {
    name: "new entry",
    edit: (r) => {
      const e = structuredClone(entry(r, "SAP-001"));
      e.id = "SAP-003";
      e.slug = "another-storm";
      r.anti_patterns.push(e);
    },
    kinds: ["entry.added"],
    required: "minor",
  },
  {
    name: "experimental to stable",
    edit: (r) => {
      entry(r, "SAP-002").status = "stable";
      entry(r, "SAP-002").enforcement.mode = "enforce";
    },
    kinds: ["status.promoted"],
    required: "minor",
  },
  {
    name: "deprecation",
    edit: (r) => {
      entry(r, "SAP-002").status = "deprecated";
      entry(r, "SAP-002").replaced_by = "SAP-001";
    },
    kinds: ["status.deprecated"],
    required: "minor",
  },
  {
    name: "trigger condition",
    edit: (r) => {
      const t = entry(r, "SAP-001").trigger;
      t.condition = `(${t.condition}) && true`;
    },
    kinds: ["trigger.changed"],
    required: "minor",
  },
  {
    name: "parameter default",
    edit: (r) => {
      const p = Object.values(entry(r, "SAP-001").params).find((x: Reg) => x.type === "int") as Reg;
      p.default = p.default + 1;
    },
    kinds: ["param.default"],
    required: "minor",
  },
  {
    name: "new event type",
    edit: (r) => {
      const e = structuredClone(event(r, "session.spawn_requested"));
      e.event_type = "session.spawn_audited";
      e.id = "FR-EVT-SESS-SPAWN-999";
      r.events.push(e);
    },
    kinds: ["event.added"],
    required: "minor",
  },
  {
    name: "payload field used by a trigger changes type",
    edit: (r) => {
      event(r, "session.spawn_requested").payload.spawn_depth.type = "double";
    },
    kinds: ["event.field.type"],
    required: "major",
  },
  {
    name: "text only",
    edit: (r) => {
      entry(r, "SAP-001").title = "Delegation storm in a spawn tree";
      entry(r, "SAP-001").summary =
        "A spawn tree asks for far more children than planned work needs.";
    },
    kinds: ["text.changed", "text.changed"],
    required: "patch",
  },
  {
    name: "retired with a tombstone (stable entry)",
    edit: (r) => {
      r.anti_patterns = r.anti_patterns.filter((e: Reg) => e.id !== "SAP-001");
      entry(r, "SAP-002").status = "stable";
      entry(r, "SAP-002").enforcement.mode = "enforce";
      r.retired = [
        {
          id: "SAP-001",
          slug: "delegation-storm",
          title: "Delegation storm",
          retired_in: "1.0.0",
          reason: "Merged into SAP-002.",
          replaced_by: "SAP-002",
        },
      ];
    },
    kinds: ["entry.retired", "status.promoted"],
    required: "major",
  },
  {
    name: "removed without a tombstone",
    edit: (r) => {
      r.anti_patterns = r.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
    },
    kinds: ["entry.removed"],
    required: "major",
    error: true,
  },
  {
    name: "renamed (same slug, new id)",
    edit: (r) => {
      entry(r, "SAP-002").id = "SAP-009";
    },
    kinds: ["entry.renamed"],
    required: "major",
    error: true,
  },
];

describe("sap diff <version>: each change the policy names, in a real git repository", () => {
  it.each(CASES)(
    "$name",
    (c) => {
      const root = fork();
      writeRegistry(join(root, "registry"), edited(c.edit));

      const r = sap(root, "diff", "0.1.0", "--json");
      expect(r.stderr).toBe("");
      const report = JSON.parse(r.stdout);
      expect(report.changes.map((x: Reg) => x.kind).sort()).toEqual([...c.kinds].sort());
      expect(report.required).toBe(c.required);
      expect(r.code).toBe(c.error ? 1 : 0);

      // Changesets of each level: below the requirement fails, at it passes; errors always fail.
      const need = LEVELS.indexOf(c.required);
      const levels = c.error ? [c.required] : [LEVELS[need - 1] ?? "none", c.required];
      for (const level of levels) {
        rmSync(join(root, ".changeset", "pending.md"), { force: true });
        if (level !== "none") addChangeset(root, "pending", level);
        const check = sap(root, "diff", "--against-changesets");
        const expected = c.error || LEVELS.indexOf(level) < need ? 1 : 0;
        expect({ level, code: check.code, out: check.stdout }).toMatchObject({
          level,
          code: expected,
        });
      }
    },
    120_000,
  );
});

describe("sap diff: sources and output", () => {
  it("prints each change, its bump and the required bump", () => {
    const root = fork();
    writeRegistry(
      join(root, "registry"),
      edited((r) => {
        entry(r, "SAP-001").severity = "critical";
        entry(r, "SAP-002").title = "Delegation storm (experimental twin)";
      }),
    );
    const r = sap(root, "diff", "0.1.0");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchInlineSnapshot(`
  "sap diff 0.1.0 → working tree

  SAP-001  major  severity.raised  severity high → critical
  SAP-002  patch  text.changed     title changed

  2 changes (1 major, 1 patch). Required bump: major.
  "
`);
    const verbose = sap(root, "diff", "0.1.0", "-v");
    expect(verbose.stdout).toContain(
      '    at severity\n    before: "high"\n    after:  "critical"\n',
    );
  }, 120_000);

  it("compares two git refs, a version with a ref, and works in a shallow clone", () => {
    const root = fork();
    writeRegistry(join(root, "registry"), raised());
    commitAll(root, "raise SAP-001");
    const refs = sap(root, "diff", "v0.1.0", "HEAD", "--json");
    expect(refs.code).toBe(0);
    expect(JSON.parse(refs.stdout).required).toBe("major");
    expect(JSON.parse(sap(root, "diff", "0.1.0", "HEAD~0", "--json").stdout).changes).toHaveLength(
      1,
    );
    expect(JSON.parse(sap(root, "diff", "HEAD", "--json").stdout).changes).toEqual([]);

    const shallow = mkdtempSync(join(tmpdir(), "sap-diff-shallow-"));
    temps.push(shallow);
    git(tmpdir(), "clone", "-q", "--depth", "1", `file://${root}`, shallow);
    const inShallow = sap(shallow, "diff", "0.1.0", "--json");
    expect(inShallow.code).toBe(0);
    expect(JSON.parse(inShallow.stdout).required).toBe("major");
    expect(sap(shallow, "diff", "HEAD").code).toBe(0);
    const missing = sap(shallow, "diff", "v0.1.0");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("neither a released version");
  }, 120_000);

  it("exits 2 on an unknown version and on a registry that does not load", () => {
    const root = fork();
    expect(sap(root, "diff", "9.9.9").code).toBe(2);
    writeFileSync(join(root, "registry", "anti-patterns", "SAP-001.yaml"), "id: [unclosed\n");
    const r = sap(root, "diff", "0.1.0");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("SAP-001.yaml");
  }, 120_000);

  it("--policy prints the table the diff applies", () => {
    const r = sap(released, "diff", "--policy");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "| `severity.raised`: Severity raised. | major | minor (experimental) |",
    );
  }, 120_000);
});

describe("sap diff --against-changesets", () => {
  it("passes on a fresh release with no changes and no changesets", () => {
    const r = sap(fork(), "diff", "--against-changesets");
    expect(r.stdout).toContain("OK");
    expect(r.code).toBe(0);
  }, 120_000);

  it("names the changes that need more than the changesets ask", () => {
    const root = fork();
    writeRegistry(join(root, "registry"), raised());
    addChangeset(root, "small", "patch");
    writeFileSync(
      join(root, ".changeset", "other-package.md"),
      '---\n"@handshake/sap-core": major\n---\n\nCore.\n',
    );
    const r = sap(root, "diff", "--against-changesets");
    expect(r.code).toBe(1);
    expect(r.stdout).toMatchInlineSnapshot(`
      "sap diff 0.1.0 (last release) → working tree

      SAP-001  major  severity.raised  severity high → critical

      1 change (1 major). Required bump: major.

      Pending changesets for @handshake/session-anti-patterns: small (patch).
      Required: major; requested: patch.

      FAIL: the pending changesets ask for patch, but these changes need more:
        SAP-001  major  severity.raised  severity high → critical
      Add a changeset (pnpm changeset) asking major for @handshake/session-anti-patterns, or raise the bump in an existing one.
      "
    `);
  }, 120_000);

  it("before any release: passes without changesets, refuses a patch first release", () => {
    const root = makeRepo(BASE);
    temps.push(root);
    const none = sap(root, "diff", "--against-changesets");
    expect(none.code).toBe(0);
    expect(none.stdout).toContain("has not been released yet");
    addChangeset(root, "first", "patch");
    expect(sap(root, "diff", "--against-changesets").code).toBe(1);
    addChangeset(root, "first", "minor");
    expect(sap(root, "diff", "--against-changesets").code).toBe(0);
  }, 120_000);

  it("fails when the package version has no snapshot", () => {
    const root = fork();
    setVersion(root, "0.2.0");
    const r = sap(root, "diff", "--against-changesets");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("run `pnpm sap release snapshot`");
  }, 120_000);

  it("fails on a hand-edited release snapshot", () => {
    const root = fork();
    const file = join(root, "packages", "registry", "releases", "0.1.0.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"high"', '"low"'));
    const r = sap(root, "diff", "--against-changesets");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not match its content");
  }, 120_000);
});

describe("ids are never reused", () => {
  it("a retired id that comes back is an error, and a tombstone may not leave", () => {
    const root = fork();
    const retired = edited((r) => {
      r.anti_patterns = r.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
      r.retired = [
        {
          id: "SAP-002",
          slug: "delegation-storm-experimental",
          title: "Twin",
          retired_in: "0.2.0",
          reason: "Experiment ended.",
        },
      ];
    });
    writeRegistry(join(root, "registry"), retired);
    setVersion(root, "0.2.0");
    const rel = sap(root, "release", "snapshot");
    expect(rel.stderr).toBe("");
    expect(rel.code).toBe(0); // retiring an experimental entry is minor: 0.1.0 → 0.2.0 is enough

    const back = structuredClone(retired);
    back.anti_patterns.push({
      ...structuredClone(entry(back, "SAP-001")),
      id: "SAP-002",
      slug: "reborn",
    });
    back.retired = [];
    writeRegistry(join(root, "registry"), back);
    const reused = sap(root, "diff", "0.2.0");
    expect(reused.code).toBe(1);
    expect(reused.stdout).toContain("SAP-002  ERROR  entry.reused");
    expect(reused.stdout).toContain("tombstone.removed");
  }, 120_000);
});

describe("sap release snapshot", () => {
  it("records a version, refuses to rewrite it, and refuses a bump smaller than the changes", () => {
    const root = fork();
    const snap = join(root, "packages", "registry", "releases", "0.1.0.json");
    expect(readJson(snap).version).toBe("0.1.0");
    expect(sap(root, "release", "snapshot").code).toBe(0); // same content: no-op

    writeRegistry(join(root, "registry"), raised());
    expect(sap(root, "release", "snapshot").code).toBe(1); // 0.1.0 is immutable
    setVersion(root, "0.1.1");
    const small = sap(root, "release", "snapshot");
    expect(small.code).toBe(1);
    expect(small.stderr).toContain("0.1.0 → 0.1.1 is a patch release, but the changes need major");
    setVersion(root, "1.0.0");
    expect(sap(root, "release", "snapshot").code).toBe(0);
    expect(existsSync(join(root, "packages", "registry", "releases", "1.0.0.json"))).toBe(true);
    expect(sap(root, "diff", "--against-changesets").code).toBe(0);
    expect(JSON.parse(sap(root, "diff", "0.1.0", "1.0.0", "--json").stdout).required).toBe("major");
  }, 120_000);
});
