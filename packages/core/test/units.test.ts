import { describe, expect, it } from "vitest";
import { canonicalJsonLine } from "../src/canonical/canonical-json.js";
import { paramsRead } from "../src/cel/params-read.js";
import { magnitude } from "../src/diff/json.js";
import { schemas } from "../src/generated/schemas.js";
import type { Param } from "../src/index.js";
import {
  canonicalJson,
  capabilityAxis,
  capabilityCovers,
  durationToMs,
  errorMessage,
  formatDiagnostic,
  isDuration,
  paramValueProblem,
  parseDuration,
} from "../src/index.js";

describe("paramsRead", () => {
  it.each([
    ["params.a > 1", ["a"]],
    ['params["b"] == 2', ["b"]],
    ["[1].exists(p, p < params.c) && size(params.d) > 0", ["c", "d"]],
    ["event.params.x == 1 && x.params == 2", []],
  ])("%s reads %j", (expr, want) => {
    expect([...(paramsRead(expr) ?? [])]).toEqual(want);
  });
});

it("paramsRead is undefined for an expression that does not parse", () => {
  expect(paramsRead("params.")).toBeUndefined();
});

describe("durations: one rule for schema, validator, engine, diff and stubs", () => {
  // The validator's schema (embedded from registry/schema/common.schema.json).
  const pattern = new RegExp(
    (schemas["common.schema.json"] as { $defs: { Duration: { pattern: string } } }).$defs.Duration
      .pattern,
  );
  it.each([
    ["1ms", 1],
    ["90s", 90_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["2d", 172_800_000],
  ])("%s is %d ms", (given, want) => {
    expect(parseDuration(given)).toBe(want);
    expect(durationToMs(given)).toBe(want);
    expect(isDuration(given)).toBe(true);
    expect(pattern.test(given)).toBe(true);
  });
  it.each(["", "0s", "0ms", "01s", "60", "1.5s", "60 s", "1w", "-1s", " 1s", "1S"])(
    "refuses %j, as the schema does",
    (given) => {
      expect(parseDuration(given)).toBeUndefined();
      expect(isDuration(given)).toBe(false);
      expect(pattern.test(given)).toBe(false);
      expect(() => durationToMs(given)).toThrow(/not a duration/);
    },
  );
  it("refuses a duration whose milliseconds are not a safe integer", () => {
    expect(parseDuration("104249991d")).toBe(9_007_199_222_400_000);
    expect(parseDuration("104249992d")).toBeUndefined();
    expect(isDuration("104249992d")).toBe(false);
    expect(() => durationToMs("104249992d")).toThrow(/too long/);
  });
  it.each([90, undefined, null, ["1s"]])("refuses the non-string %j", (given) => {
    expect(parseDuration(given)).toBeUndefined();
    expect(isDuration(given)).toBe(false);
  });
  it("the diff compares numbers and valid durations only", () => {
    expect(magnitude(5)).toBe(5);
    expect(magnitude("1m")).toBe(60_000);
    expect(magnitude("0s")).toBeUndefined();
    expect(magnitude("fast")).toBeUndefined();
  });
});

describe("errorMessage", () => {
  it.each([
    [new Error("boom"), "boom"],
    [new RangeError("out"), "out"],
    ["a thrown string", "a thrown string"],
    [42, "42"],
    [undefined, "undefined"],
    [{ message: "not an Error" }, "[object Object]"],
  ])("%j gives %j", (given, want) => {
    expect(errorMessage(given)).toBe(want);
  });
});

describe("formatDiagnostic", () => {
  it.each([
    [
      { file: "a.yaml", line: 3, column: 7, code: "SAP-E041", message: "bad", hint: "fix it" },
      "a.yaml:3:7  SAP-E041  bad  (fix it)",
    ],
    [
      { file: "a.yaml", line: 1, column: 1, code: "SAP-E005", message: "file is empty" },
      "a.yaml:1:1  SAP-E005  file is empty",
    ],
  ])("%j", (given, want) => {
    expect(formatDiagnostic(given)).toBe(want);
  });
});

describe("canonicalJson", () => {
  it("sorts keys at every depth, keeps array order, drops undefined, ends with a newline", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{\n  "a": {\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n',
    );
  });
  it("gives the same bytes whatever the key order", () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });
  it("has a one-line form with the same content, for comparisons and messages", () => {
    const value = { b: 1n, a: { d: [3, { z: 1, y: 2 }], c: undefined }, m: new Map([["k", 1]]) };
    expect(canonicalJsonLine(value)).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1,"m":{"k":1}}');
    expect(JSON.parse(canonicalJsonLine(value))).toEqual(JSON.parse(canonicalJson(value)));
    expect(canonicalJsonLine({ x: 1, y: 2 })).toBe(canonicalJsonLine({ y: 2, x: 1 }));
    expect(canonicalJsonLine(undefined)).toBe("undefined");
  });
});

describe("capability functions", () => {
  it.each([
    [["fs.read"], "fs.read:inputs", true],
    [["fs.read"], "fs.read", true],
    [["fs.read:inputs"], "fs.read:inputs", true],
    [["fs.read:inputs"], "fs.read:outputs", false],
    [["fs.read:inputs"], "fs.read", false],
    [["fs.write"], "fs.read:inputs", false],
    [[], "fs.read", false],
  ] as const)("capability_covers(%j, %s) is %s", (grants, id, want) => {
    expect(capabilityCovers(grants, id)).toBe(want);
  });
  it.each([
    ["fs.read:inputs", "fs.read"],
    ["fs.read", "fs.read"],
    ["net:a:b", "net"],
  ])("capability_axis(%s) is %s", (id, want) => {
    expect(capabilityAxis(id)).toBe(want);
  });
});

describe("paramValueProblem", () => {
  const int: Param = { type: "int", default: 3, min: 1, max: 16, description: "d" };
  const duration: Param = {
    type: "duration",
    default: "60s",
    min: "5s",
    max: "1h",
    description: "d",
  };
  const list: Param = { type: "string_list", default: [], description: "d" };
  it.each([
    [int, 3, undefined],
    [int, 1, undefined],
    [int, 0, "0 is below the minimum 1"],
    [int, 17, "17 is above the maximum 16"],
    [int, 2.5, "2.5 is not an int"],
    [int, "3", '"3" is not an int'],
    [duration, "90s", undefined],
    [duration, "2h", '"2h" is above the maximum "1h"'],
    [duration, "1s", '"1s" is below the minimum "5s"'],
    [duration, 60, "60 is not a duration (a number and ms, s, m, h or d, like 60s)"],
    [list, ["a"], undefined],
    [list, ["a", 1], '["a",1] is not a list of strings'],
  ] as const)("%j with %j", (param, value, want) => {
    expect(paramValueProblem(param, value)).toBe(want);
  });
});
