import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { applyChanges, diffPlan } from "../src/files.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sap-files-"));
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      if (name.isDirectory()) walk(join(d, name.name), `${prefix}${name.name}/`);
      else out[`${prefix}${name.name}`] = readFileSync(join(d, name.name), "utf8");
    }
  };
  walk(dir, "");
  return out;
}

describe("diffPlan and applyChanges", () => {
  test("creates, updates and deletes only what differs, then is clean", () => {
    const root = tempDir();
    mkdirSync(join(root, "owned"));
    writeFileSync(join(root, "same.txt"), "same\n");
    writeFileSync(join(root, "old.txt"), "old\n");
    writeFileSync(join(root, "owned", "stale.ts"), "x\n");
    const plan = {
      root,
      files: [
        { path: "same.txt", contents: "same\n" },
        { path: "old.txt", contents: "new\n" },
        { path: "owned/new.ts", contents: "y\n" },
      ],
      ownedDirs: ["owned"],
    };
    const changes = diffPlan(plan);
    expect(changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      "update old.txt",
      "create owned/new.ts",
      "delete owned/stale.ts",
    ]);
    applyChanges(root, changes);
    expect(snapshot(root)).toEqual({
      "same.txt": "same\n",
      "old.txt": "new\n",
      "owned/new.ts": "y\n",
    });
    expect(diffPlan(plan)).toEqual([]);
  });

  test("a failure part-way leaves every file as it was and no temp file behind", () => {
    const root = tempDir();
    writeFileSync(join(root, "a.txt"), "a\n");
    mkdirSync(join(root, "locked"));
    writeFileSync(join(root, "locked", "b.txt"), "b\n");
    const before = snapshot(root);
    chmodSync(join(root, "locked"), 0o500);
    try {
      const changes = diffPlan({
        root,
        files: [
          { path: "a.txt", contents: "A\n" },
          { path: "locked/b.txt", contents: "B\n" },
          { path: "z/new.txt", contents: "new\n" },
        ],
      });
      expect(changes).toHaveLength(3);
      // As root, permissions do not stop writes; a path through a file does.
      const blocked = [
        ...changes,
        { kind: "create" as const, path: "a.txt/inside", contents: "x" },
      ];
      expect(() => applyChanges(root, blocked)).toThrow();
    } finally {
      chmodSync(join(root, "locked"), 0o700);
    }
    expect(snapshot(root)).toEqual(before);
  });
});
