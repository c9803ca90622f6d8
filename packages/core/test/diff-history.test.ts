import { describe, expect, it } from "vitest";
import {
  buildHistory,
  changesBetween,
  diffRegistries,
  parseSnapshot,
  releaseChanges,
  serializeSnapshot,
} from "../src/diff/index.js";
import { baseRegistry, entry, type Reg, withSecondEntry } from "./diff-fixture.js";

function release(version: string, registry: Reg) {
  return { version, content_hash: `sha256:${version}`, registry };
}

/** 0.1.0: SAP-001; 0.2.0: + SAP-002 (experimental), SAP-001 text; 1.0.0: SAP-001 severity; 1.1.0: SAP-002 retired. */
function releases() {
  const r1 = baseRegistry();
  const r2 = withSecondEntry(structuredClone(r1), "SAP-002", "experimental");
  entry(r2, "SAP-001").title = "Delegation storm";
  const r3 = structuredClone(r2);
  entry(r3, "SAP-001").severity = "critical";
  const r4 = structuredClone(r3);
  r4.anti_patterns = r4.anti_patterns.filter((e: Reg) => e.id !== "SAP-002");
  r4.retired = [
    { id: "SAP-002", slug: "x", title: "x", retired_in: "1.1.0", reason: "Folded into SAP-001." },
  ];
  return [release("1.1.0", r4), release("0.1.0", r1), release("1.0.0", r3), release("0.2.0", r2)];
}

describe("buildHistory", () => {
  const history = buildHistory(releases());

  it("orders releases by version with the bump of each", () => {
    expect(history.releases.map((r) => [r.version, r.bump])).toEqual([
      ["0.1.0", "minor"],
      ["0.2.0", "minor"],
      ["1.0.0", "major"],
      ["1.1.0", "minor"],
    ]);
  });

  it("records for each id the version that introduced it and each later change", () => {
    expect(history.ids["SAP-001"]).toEqual({
      introduced: "0.1.0",
      steps: [
        {
          version: "0.2.0",
          bump: "patch",
          changes: [
            { kind: "text.changed", bump: "patch", path: "title", message: "title changed" },
          ],
        },
        {
          version: "1.0.0",
          bump: "major",
          changes: [
            {
              kind: "severity.raised",
              bump: "major",
              path: "severity",
              message: "severity high → critical",
            },
          ],
        },
      ],
    });
    expect(history.ids["SAP-002"]?.introduced).toBe("0.2.0");
    expect(history.ids["SAP-002"]?.retired).toBe("1.1.0");
  });

  it("is deterministic and JSON-clean", () => {
    expect(JSON.stringify(buildHistory(releases()))).toBe(JSON.stringify(history));
    expect(JSON.parse(JSON.stringify(history))).toEqual(history);
  });

  it("an empty release list gives an empty history", () => {
    expect(buildHistory([])).toEqual({ releases: [], ids: {}, registry: {} });
  });
});

describe("changesBetween: what changed since my pinned version for the ids I use", () => {
  const history = buildHistory(releases());

  it("the ids asked for, after `from` up to the newest", () => {
    const since = changesBetween(history, "0.2.0", undefined, ["SAP-001"]);
    expect(since.to).toBe("1.1.0");
    expect(since.bump).toBe("major");
    expect(since.ids["SAP-001"]?.steps.map((s) => s.version)).toEqual(["1.0.0"]);
    expect(since.unknown).toEqual([]);
  });

  it("reports additions and retirements in range", () => {
    const since = changesBetween(history, "0.1.0", "1.1.0");
    expect(since.ids["SAP-002"]).toMatchObject({ added: "0.2.0", retired: "1.1.0" });
  });

  it("nothing changed within a range", () => {
    const same = changesBetween(history, "1.0.0", "1.0.0", ["SAP-001"]);
    expect(same.bump).toBe("none");
    expect(same.ids).toEqual({});
  });

  it("names ids it does not know", () => {
    expect(changesBetween(history, "0.1.0", "0.1.0", ["SAP-002", "SAP-404"]).unknown).toEqual([
      "SAP-002",
      "SAP-404",
    ]);
  });
});

describe("release snapshots", () => {
  it("round-trip and verify their hash", () => {
    const reg = baseRegistry();
    const hash = (c: object) => `h${JSON.stringify(c).length}`;
    const text = serializeSnapshot(reg, "1.2.3", hash(reg));
    const snap = parseSnapshot(text, "1.2.3.json", hash);
    expect(snap.version).toBe("1.2.3");
    expect(diffRegistries(reg, snap.registry).changes).toEqual([]);
    expect(() => parseSnapshot(text.replace('"high"', '"low"'), "1.2.3.json", hash)).toThrow(
      /does not match its content/,
    );
    expect(() => parseSnapshot("{", "x.json")).toThrow(/x.json: not JSON/);
  });
});

describe("the shipped query", () => {
  it("is self-contained (no imports), so the registry package can ship a copy", async () => {
    const { HISTORY_QUERY_SOURCE_FILE } = await import("../src/diff/index.js");
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(HISTORY_QUERY_SOURCE_FILE, "utf8");
    expect(text).toContain("export function changesBetween(");
    expect(text).not.toMatch(/^\s*import\s/m);
  });
});

describe("releaseChanges: one release's page", () => {
  const history = buildHistory(releases());

  it("lists what the release changed by id, and every id for the first release", () => {
    const first = releaseChanges(history, "0.1.0");
    expect(first?.bump).toBe("minor");
    expect(first?.ids["SAP-001"]?.added).toBe("0.1.0");
    const major = releaseChanges(history, "1.0.0");
    expect(major?.from).toBe("0.2.0");
    expect(Object.keys(major?.ids ?? {})).toEqual(["SAP-001"]);
    expect(releaseChanges(history, "9.9.9")).toBeUndefined();
  });
});
