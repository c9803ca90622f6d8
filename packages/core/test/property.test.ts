import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { validateRegistry } from "../src/index.js";

const base = join(import.meta.dirname, "fixtures", "_base");
const dir = mkdtempSync(join(tmpdir(), "sap-prop-"));
cpSync(base, dir, { recursive: true, dereference: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const yamlish = fc
  .array(
    fc.constantFrom(
      "id: ",
      "SAP-002",
      "\n",
      "  ",
      "- ",
      "[",
      "]",
      "{",
      "}",
      ": ",
      "&a ",
      "*a",
      "'",
      '"',
      "#",
      "trigger:",
      "on:",
      "|",
      "\t",
      "é",
      "\u0000",
    ),
    { maxLength: 60 },
  )
  .map((parts) => new TextEncoder().encode(parts.join("")));

/** Every diagnostic is positioned and no check failed internally. */
function expectWellFormed(diagnostics: ReturnType<typeof validateRegistry>["diagnostics"]): void {
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^SAP-E0\d\d$/);
    expect(d.code, d.message).not.toBe("SAP-E099");
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
}

it("never throws on random bytes in any registry file, and positions every problem", () => {
  const files = [
    "anti-patterns/SAP-002.yaml",
    "registry.yaml",
    "environment.yaml",
    "events/spawn.yaml",
    "retired.yaml",
  ];
  fc.assert(
    fc.property(
      fc.constantFrom(...files),
      fc.oneof(fc.uint8Array({ maxLength: 300 }), yamlish),
      (file, bytes) => {
        const path = join(dir, file);
        const added = file === "anti-patterns/SAP-002.yaml";
        const original = added ? undefined : readFileSync(path);
        writeFileSync(path, bytes);
        try {
          const { diagnostics } = validateRegistry(dir);
          expect(diagnostics.length).toBeGreaterThan(0);
          expectWellFormed(diagnostics);
        } finally {
          if (original === undefined) rmSync(path);
          else writeFileSync(path, original);
        }
      },
    ),
    runs(60, 20261129),
  );
}, 120_000);

/** A fixed seed in CI; SAP_PROPERTY_RUNS=N runs N random cases for a longer hunt. */
function runs(numRuns: number, seed: number): fc.Parameters<unknown> {
  const more = Number(process.env.SAP_PROPERTY_RUNS);
  return more > 0 ? { numRuns: more } : { numRuns, seed };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths to every node of a JSON value. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (replacement === undefined && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = replaceAt(copy[Number(head)] ?? null, rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, Json>) };
  if (replacement === undefined && rest.length === 0) delete copy[head];
  else copy[head] = replaceAt(copy[head] ?? null, rest, replacement);
  return copy;
}

it("never fails internally when one node of an entry is replaced or removed", () => {
  const entry = parse(readFileSync(join(base, "anti-patterns", "SAP-001.yaml"), "utf8")) as Json;
  const nodes = paths(entry).filter((p) => p.length > 0);
  const replacement = fc.oneof(
    fc.constant(undefined),
    fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    fc.constantFrom<Json>(
      "",
      "session.created",
      "nope.nope",
      "60s",
      "0s",
      "SAP-001",
      "event.payload.nope",
      "window.count",
      0,
      -1,
      1.5,
      true,
      [],
      {},
    ),
  );
  const file = join(dir, "anti-patterns", "SAP-001.yaml");
  const original = readFileSync(file);
  try {
    fc.assert(
      fc.property(fc.constantFrom(...nodes), replacement, (path, value) => {
        writeFileSync(file, stringify(replaceAt(entry, path, value)));
        expectWellFormed(validateRegistry(dir).diagnostics);
      }),
      runs(150, 7),
    );
  } finally {
    writeFileSync(file, original);
  }
}, 240_000);
