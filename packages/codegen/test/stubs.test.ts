import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { paramDefaultValue } from "../src/stubs/stub-source.js";
import { readUserParts } from "../src/stubs/user-parts.js";
import {
  changed,
  entryOf,
  fixtureDocument,
  read,
  replaceBetween,
  replaceBody,
  stubs,
  tempDir,
  write,
} from "./helpers.js";

const ODD_BODY = `{
  // a comment with a brace } and a fake marker:
  // #endregion user helpers
  /* block comment with } and */ const nested = (n: number): number => {
    function inner(k: number): number {
      return k <= 0 ? 0 : inner(k - 1) + 1;
    }
    return inner(n);
  };
  const text = \`template \${event.event_type} with } and \\\` and
// #region user imports
multi-line\`;
  const re = /[}{]+\\/\\/x/g;
  if (nested(2) === 2 && re.test(text) && context.params !== undefined) {
    return { status: "clear", id: meta.id };
  }
  return notImplemented(meta.id);
}`;

const HELPERS = `// my helper, with odd text: } {{ \`
const threshold = (n: number): number => n * 2;
export { threshold };
`;

const IMPORTS = `import { strict as assert } from "node:assert";
`;

function editStub(dir: string, file: string): void {
  let text = read(dir, file);
  text = replaceBody(text, ODD_BODY);
  text = replaceBetween(text, "// #region user helpers\n", "// #endregion user helpers", HELPERS);
  text = replaceBetween(text, "// #region user imports\n", "// #endregion user imports", IMPORTS);
  write(dir, file, text);
}

describe("sap stubs: regeneration keeps the user's code", () => {
  test("first run writes one stub per entry and the index; a second run changes nothing", () => {
    const dir = tempDir();
    const first = stubs(fixtureDocument(), dir);
    expect(first.problems).toEqual([]);
    expect(first.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      "create index.ts",
      "create sap-001.ts",
      "create sap-002.ts",
    ]);
    expect(stubs(fixtureDocument(), dir).changes).toEqual([]);
    expect(stubs(fixtureDocument(), dir, { check: true }).changes).toEqual([]);
  });

  test("after title, severity, watched events, payload, new entry and deprecation changes, edits survive and the rest updates", () => {
    const dir = tempDir();
    stubs(fixtureDocument(), dir);
    editStub(dir, "sap-001.ts");
    editStub(dir, "sap-002.ts");
    const before1 = readUserParts("sap-001.ts", read(dir, "sap-001.ts"));

    const next = changed(fixtureDocument(), (doc) => {
      doc.version = "1.1.0";
      const e1 = entryOf(doc, "SAP-001");
      e1.title = "Renamed storm";
      e1.severity = "critical";
      e1.detection[0]?.events.push("session.created");
      const spawn = doc.events.find((e) => e.event_type === "session.spawn_requested");
      if (spawn === undefined) throw new Error("fixture lacks session.spawn_requested");
      spawn.payload.new_field = { type: "string", description: "A new payload field." };
      const e2 = entryOf(doc, "SAP-002");
      const added = structuredClone(e2);
      added.id = "SAP-004";
      added.slug = "a-new-entry";
      added.title = "A new entry";
      doc.anti_patterns.push(added);
      e2.status = "deprecated";
      e2.replaced_by = "SAP-004";
    });
    expect(stubs(next, dir, { check: true }).changes.map((c) => c.path)).toEqual([
      "index.ts",
      "sap-001.ts",
      "sap-002.ts",
      "sap-004.ts",
    ]);
    const result = stubs(next, dir);
    expect(result.problems).toEqual([]);
    expect(result.deprecated).toEqual([{ id: "SAP-002", replacedBy: "SAP-004" }]);

    const s1 = read(dir, "sap-001.ts");
    const after1 = readUserParts("sap-001.ts", s1);
    expect(after1.body).toBe(ODD_BODY);
    expect(after1.body).toBe(before1.body);
    expect(after1.regions.get("helpers")?.text).toBe(HELPERS);
    expect(after1.regions.get("imports")?.text).toBe(IMPORTS);
    expect(s1).toContain('title: "Renamed storm"');
    expect(s1).toContain('severity: "critical"');
    expect(s1).toContain('| AuditEvent<"session.created">');
    expect(s1).toContain("@handshake/session-anti-patterns@1.1.0");

    const s2 = read(dir, "sap-002.ts");
    expect(readUserParts("sap-002.ts", s2).body).toBe(ODD_BODY);
    expect(s2).toContain("// DEPRECATED in this registry version: replaced by SAP-004.");
    expect(s2).toContain("@deprecated Replaced by SAP-004.");

    expect(read(dir, "sap-004.ts")).toContain("return notImplemented(meta.id);");
    expect(read(dir, "index.ts")).toContain('import * as sap004 from "./sap-004.js";');
    expect(stubs(next, dir).changes).toEqual([]);
  });

  test("a retired entry's stub is kept with its code, marked, reported and left out of the index", () => {
    const dir = tempDir();
    stubs(fixtureDocument(), dir);
    editStub(dir, "sap-001.ts");
    const code = read(dir, "sap-001.ts");
    const next = changed(fixtureDocument(), (doc) => {
      doc.anti_patterns = doc.anti_patterns.filter((e) => e.id !== "SAP-001");
      doc.retired.push({
        id: "SAP-001",
        slug: "delegation-storm",
        title: "Delegation storm",
        retired_in: "2.0.0",
        reason: "Superseded by the engine's spawn budget.",
      });
    });
    const result = stubs(next, dir);
    expect(result.orphans.map((o) => `${o.id} ${o.state}`)).toEqual(["SAP-001 retired"]);
    const kept = read(dir, "sap-001.ts");
    expect(kept).toContain("// SAP-001 RETIRED in 2.0.0: Superseded by the engine's spawn budget.");
    expect(kept).toContain("@deprecated");
    expect(kept.slice(kept.indexOf("\nimport"))).toBe(code.slice(code.indexOf("\nimport")));
    expect(read(dir, "index.ts")).not.toContain("sap-001");
    expect(stubs(next, dir).changes).toEqual([]);

    const removed = changed(fixtureDocument(), (doc) => {
      doc.anti_patterns = doc.anti_patterns.filter((e) => e.id !== "SAP-002");
    });
    const r2 = stubs(removed, dir);
    expect(r2.orphans.map((o) => `${o.id} ${o.state}`)).toEqual(["SAP-002 removed"]);
    expect(existsSync(join(dir, "sap-002.ts"))).toBe(true);
    expect(read(dir, "sap-002.ts")).toContain("REMOVED: SAP-002 is not in this registry version");
  });

  test("--engine: new stubs call the engine by default, export flush, and engine.ts is generated; without it there is no engine.ts", () => {
    const dir = tempDir();
    const result = stubs(fixtureDocument(), dir, { engine: true });
    expect(result.changes.map((c) => c.path)).toEqual([
      "engine.ts",
      "index.ts",
      "sap-001.ts",
      "sap-002.ts",
    ]);
    const stub = read(dir, "sap-001.ts");
    expect(stub).toContain('import { engineDetect, engineFlush } from "./engine.js";');
    expect(stub).toContain("  return engineDetect(meta.id, event, context);\n}");
    expect(stub).toContain(
      "export function flush(context: DetectorContext<Sap001Params>): DetectorResult {\n  return engineFlush(meta.id, context);\n}",
    );
    expect(read(dir, "engine.ts")).toContain(
      'import { Engine, type Finding } from "@handshake/sap-engine";',
    );
    const plain = tempDir();
    stubs(fixtureDocument(), plain);
    expect(existsSync(join(plain, "engine.ts"))).toBe(false);
    expect(read(plain, "sap-001.ts")).not.toContain("flush");
  });

  test("async detect and renamed parameters are kept", () => {
    const dir = tempDir();
    stubs(fixtureDocument(), dir);
    const text = read(dir, "sap-001.ts")
      .replace("export function detect(event: ", "export async function detect(ev: ")
      .replace(", context: DetectorContext<", ", ctx: DetectorContext<")
      .replace("): DetectorResult {", "): Promise<DetectorResult> {");
    write(
      dir,
      "sap-001.ts",
      replaceBody(text, "{\n  return notImplemented(ev.event_type && ctx ? meta.id : meta.id);\n}"),
    );
    const next = changed(fixtureDocument(), (doc) => {
      entryOf(doc, "SAP-001").title = "Another title";
    });
    expect(stubs(next, dir).problems).toEqual([]);
    const out = read(dir, "sap-001.ts");
    expect(out).toContain(
      "export async function detect(ev: Sap001Event, ctx: DetectorContext<Sap001Params>): Promise<DetectorResult> {\n  return notImplemented(ev.event_type && ctx ? meta.id : meta.id);\n}",
    );
  });

  test("code edited outside the user's parts stops the run with the file named; nothing is written; --force regenerates", () => {
    const dir = tempDir();
    stubs(fixtureDocument(), dir);
    const edited = read(dir, "sap-001.ts").replace(
      "export const meta = {",
      "const mine = 1;\nexport const meta = {",
    );
    write(dir, "sap-001.ts", edited);
    const next = changed(fixtureDocument(), (doc) => {
      entryOf(doc, "SAP-001").title = "Changed";
      entryOf(doc, "SAP-002").title = "Changed too";
    });
    const result = stubs(next, dir);
    expect(result.problems.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "sap-001.ts:1  code outside detect's body and the #region user blocks was edited and would be lost: move it into a user region, or rerun with --force to drop it",
      ]
    `);
    expect(result.changes).toEqual([]);
    expect(read(dir, "sap-001.ts")).toBe(edited);
    expect(read(dir, "sap-002.ts")).not.toContain("Changed too");
    const forced = stubs(next, dir, { force: true });
    expect(forced.problems).toEqual([]);
    expect(read(dir, "sap-001.ts")).not.toContain("const mine = 1;");
  });

  test.each([
    {
      name: "an unknown region",
      edit: (t: string) => t.replace("// #region user helpers", "// #region user mine"),
      want: 'unknown user region "mine"; use one of: imports, helpers',
    },
    {
      name: "an unclosed region",
      edit: (t: string) => t.replace("// #endregion user helpers\n", ""),
      want: 'region "helpers" is never closed; add "// #endregion user helpers"',
    },
    {
      name: "a missing detect",
      edit: (t: string) => t.replace("export function detect(", "export function detector("),
      want: "no `export function detect(...) { ... }` found: restore it, or move the file away to get a fresh stub",
    },
  ])("a stub that cannot be read safely is reported, not overwritten: $name", ({ edit, want }) => {
    const dir = tempDir();
    stubs(fixtureDocument(), dir);
    const text = edit(read(dir, "sap-001.ts"));
    write(dir, "sap-001.ts", text);
    const result = stubs(fixtureDocument(), dir);
    expect(result.problems.map((p) => p.message.replace(/^\S+:\d+ {2}/, ""))).toEqual([want]);
    expect(read(dir, "sap-001.ts")).toBe(text);
  });
});

describe("a stub's param defaults", () => {
  test.each([
    [{ type: "duration", default: "60s" }, 60_000],
    [{ type: "duration", default: "1h" }, 3_600_000],
    // Core's one duration rule: never written by a valid registry, left as written.
    [{ type: "duration", default: "0s" }, "0s"],
    [{ type: "int", default: 5 }, 5],
    [{ type: "string", default: "60s" }, "60s"],
  ] as const)("%j gives %j", (param, want) => {
    expect(paramDefaultValue(param)).toBe(want);
  });
});
