import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  applyBump,
  bumpBetween,
  bumpFor,
  checkChangesets,
  compareVersions,
  diffRegistries,
  formatDiffMarkdown,
  POLICY,
  parseChangeset,
  renderPolicyTable,
  requestedBump,
} from "../src/diff/index.js";
import { baseRegistry, entry } from "./diff-fixture.js";

const between = (text: string) =>
  /<!-- policy:start -->\n([\s\S]*?)<!-- policy:end -->/.exec(text)?.[1];
const RELEASES_README = fileURLToPath(
  new URL("../../registry/releases/README.md", import.meta.url),
);
const ROOT_README = fileURLToPath(new URL("../../../README.md", import.meta.url));
const rootReadme = existsSync(ROOT_README) ? readFileSync(ROOT_README, "utf8") : "";

describe("the policy table", () => {
  it("has one row per kind", () => {
    const kinds = POLICY.map((r) => r.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it("follows DESIGN.md", () => {
    expect(bumpFor("severity.raised", "stable")).toBe("major");
    expect(bumpFor("severity.raised", "experimental")).toBe("minor");
    expect(bumpFor("outcome.stricter", "stable")).toBe("major");
    expect(bumpFor("outcome.looser", "stable")).toBe("minor");
    expect(bumpFor("entry.added")).toBe("minor");
    expect(bumpFor("status.promoted")).toBe("minor");
    expect(bumpFor("status.deprecated")).toBe("minor");
    expect(bumpFor("trigger.changed")).toBe("minor");
    expect(bumpFor("param.default")).toBe("minor");
    expect(bumpFor("event.added")).toBe("minor");
    expect(bumpFor("event.removed")).toBe("major");
    expect(bumpFor("event.field.removed")).toBe("major");
    expect(bumpFor("event.field.type")).toBe("major");
    for (const k of ["text.changed", "references.changed", "examples.changed"] as const)
      expect(bumpFor(k)).toBe("patch");
    expect(POLICY.filter((r) => "error" in r).map((r) => r.kind)).toEqual([
      "entry.removed",
      "entry.renamed",
      "entry.reused",
      "tombstone.removed",
    ]);
  });

  it("packages/registry/releases/README.md shows the table the code applies", () => {
    expect(between(readFileSync(RELEASES_README, "utf8"))).toBe(renderPolicyTable());
  });

  it.skipIf(!rootReadme.includes("<!-- policy:start -->"))(
    "README.md shows the table the code applies",
    () => {
      expect(between(rootReadme)).toBe(renderPolicyTable());
    },
  );
});

describe("changesets", () => {
  it("parses front matter and summary", () => {
    const cs = parseChangeset(
      "brave-dogs",
      '---\n"@handshake/session-anti-patterns": minor\n"@handshake/sap-core": patch\n---\n\nAdd SAP-032.\n',
    );
    expect(cs).toEqual({
      id: "brave-dogs",
      releases: [
        { name: "@handshake/session-anti-patterns", type: "minor" },
        { name: "@handshake/sap-core", type: "patch" },
      ],
      summary: "Add SAP-032.",
    });
    expect(requestedBump([cs], "@handshake/session-anti-patterns")).toBe("minor");
    expect(requestedBump([cs], "other")).toBe("none");
  });

  it("rejects a bad file with its name and the fix", () => {
    expect(() => parseChangeset("x", "no front matter")).toThrowErrorMatchingInlineSnapshot(
      `[Error: .changeset/x.md: no front matter; start the file with ---, list "package": bump lines, close with ---]`,
    );
    expect(() => parseChangeset("y", '---\n"p": huge\n---\n')).toThrowErrorMatchingInlineSnapshot(
      `[Error: .changeset/y.md: p: "huge" is not major, minor, patch or none]`,
    );
  });

  it("finds the changes a request does not cover", () => {
    const base = baseRegistry();
    const head = structuredClone(base);
    entry(head, "SAP-001").severity = "critical";
    entry(head, "SAP-001").title = "Storm";
    const diff = diffRegistries(base, head);
    const patch = parseChangeset("a", '---\n"@handshake/session-anti-patterns": patch\n---\nx\n');
    const check = checkChangesets(diff, [patch], "@handshake/session-anti-patterns");
    expect(check.ok).toBe(false);
    expect(check.underVersioned.map((c) => c.kind)).toEqual(["severity.raised"]);
    const major = parseChangeset("b", '---\n"@handshake/session-anti-patterns": major\n---\nx\n');
    expect(checkChangesets(diff, [patch, major], "@handshake/session-anti-patterns").ok).toBe(true);
    expect(formatDiffMarkdown(diff)).toMatchInlineSnapshot(`
      "Anti-pattern changes by id:

      - **SAP-001** (major): severity high → critical; title changed
      "
    `);
  });
});

describe("versions", () => {
  it("compare and bump like semver", () => {
    expect(["1.0.0", "0.10.0", "0.9.1", "1.0.0-rc.1", "0.9.1-alpha"].sort(compareVersions)).toEqual(
      ["0.9.1-alpha", "0.9.1", "0.10.0", "1.0.0-rc.1", "1.0.0"],
    );
    expect(bumpBetween("0.1.0", "1.0.0")).toBe("major");
    expect(bumpBetween("0.1.0", "0.2.0")).toBe("minor");
    expect(bumpBetween("0.1.0", "0.1.1")).toBe("patch");
    expect(bumpBetween("0.1.1", "0.1.0")).toBe("none");
    expect(applyBump("0.0.0", "minor")).toBe("0.1.0");
  });
});
