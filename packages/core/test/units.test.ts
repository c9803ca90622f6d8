import { describe, expect, it } from "vitest";
import { paramsRead } from "../src/cel/params-read.js";
import type { Param } from "../src/index.js";
import {
  canonicalJson,
  capabilityAxis,
  capabilityCovers,
  durationToMs,
  errorMessage,
  formatDiagnostic,
  paramValueProblem,
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

describe("durationToMs", () => {
  it.each([
    ["1ms", 1],
    ["90s", 90_000],
    ["10m", 600_000],
    ["1h", 3_600_000],
    ["2d", 172_800_000],
  ])("%s is %d ms", (given, want) => {
    expect(durationToMs(given)).toBe(want);
  });
  it.each(["", "0s", "60", "1.5s", "60 s", "1w", "-1s"])("refuses %j", (given) => {
    expect(() => durationToMs(given)).toThrow(RangeError);
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
