import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LineSplitter, parseTimestamp } from "../src/index.js";

function split(chunks: readonly string[], max = 1 << 20): [string, number][] {
  const out: [string, number][] = [];
  const splitter = new LineSplitter(max, {
    line: (text, n) => out.push([text, n]),
    tooLong: (n, bytes) => out.push([`<too long: ${bytes}>`, n]),
  });
  for (const c of chunks) splitter.push(c);
  splitter.end();
  return out;
}

describe("LineSplitter", () => {
  test("numbers lines, strips CR and a leading BOM, keeps blank lines, flushes the last line", () => {
    expect(split(["\uFEFFa\r\nb\n", "\nc"])).toEqual([
      ["a", 1],
      ["b", 2],
      ["", 3],
      ["c", 4],
    ]);
  });

  test("a line longer than the limit is reported by size and skipped, even across chunks", () => {
    expect(split(["ok\nxxxx", "xxxx", "xxxx\nnext\n"], 6)).toEqual([
      ["ok", 1],
      ["<too long: 12>", 2],
      ["next", 3],
    ]);
    expect(split(["ééé\n"], 5)).toEqual([["<too long: 6>", 1]]);
  });

  test("any chunking gives the same lines as splitting the whole text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", "é") }),
        fc.array(fc.nat(20)),
        (text, cuts) => {
          const chunks: string[] = [];
          let rest = text;
          for (const c of cuts) {
            chunks.push(rest.slice(0, c));
            rest = rest.slice(c);
          }
          chunks.push(rest);
          expect(split(chunks)).toEqual(split([text]));
        },
      ),
    );
  });
});

describe("parseTimestamp", () => {
  test.each([
    ["2026-03-01T10:00:00.000Z", Date.UTC(2026, 2, 1, 10)],
    ["2026-03-01T10:00:00Z", Date.UTC(2026, 2, 1, 10)],
    ["2026-03-01T10:00:00.5Z", Date.UTC(2026, 2, 1, 10, 0, 0, 500)],
    ["2026-03-01T10:00:00.25Z", Date.UTC(2026, 2, 1, 10, 0, 0, 250)],
    ["2024-02-29T23:59:59.999Z", Date.UTC(2024, 1, 29, 23, 59, 59, 999)],
    // offsets and up to 9 fraction digits, the sub-millisecond part floored
    ["2026-03-01T10:00:00.0000Z", Date.UTC(2026, 2, 1, 10)],
    ["2026-03-01T10:00:00+00:00", Date.UTC(2026, 2, 1, 10)],
    ["2026-03-01T12:00:00.123456+02:00", Date.UTC(2026, 2, 1, 10, 0, 0, 123)],
    ["2026-03-01T04:30:00.123999999-05:30", Date.UTC(2026, 2, 1, 10, 0, 0, 123)],
    ["2026-03-01T10:00:00.9999999Z", Date.UTC(2026, 2, 1, 10, 0, 0, 999)],
    ["2026-03-01T00:30:00+01:00", Date.UTC(2026, 1, 28, 23, 30)],
    ["1969-12-31T23:59:59.9995Z", -1],
  ])("%s", (text, ms) => {
    expect(parseTimestamp(text)).toBe(ms);
  });

  test.each([
    "2026-03-01T10:00:00.0000000000Z",
    "2026-03-01T10:00:00+00",
    "2026-03-01T10:00:00+0000",
    "2026-03-01T10:00:00+24:00",
    "2026-03-01T10:00:00+00:60",
    "2026-03-01 10:00:00+00",
    "2026-03-01 10:00:00Z",
    "2025-02-29T10:00:00Z",
    "2026-13-01T10:00:00Z",
    "2026-03-01T24:00:00Z",
    "2026-03-01T10:00:60Z",
    "2026-03-01T10:00:00.Z",
    "2026-03-01T10:00:00z",
    "",
  ])("rejects %s", (text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });

  test("agrees with Date for every millisecond-precision UTC time it accepts", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1970-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59Z"),
          noInvalidDate: true,
        }),
        (d) => {
          const text = d.toISOString();
          expect(parseTimestamp(text)).toBe(d.getTime());
        },
      ),
    );
  });
});
