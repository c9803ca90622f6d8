import { describe, expect, test } from "vitest";
import { tsLiteral, tsTypeLiteral } from "../src/ts-json.js";

describe("tsLiteral", () => {
  test.each([
    { given: "x", want: '"x"' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text ${x} is the point of the case
    { given: 'quote " and `tick` ${x} \u2028', want: '"quote \\" and `tick` ${x} \u2028"' },
    { given: 12, want: "12" },
    { given: -0, want: "0" },
    { given: true, want: "true" },
    { given: null, want: "null" },
    { given: [], want: "[]" },
    { given: {}, want: "{}" },
    { given: [1, "a"], want: '[\n  1,\n  "a",\n]' },
    { given: { a: 1, "b-c": [true] }, want: '{\n  a: 1,\n  "b-c": [\n    true,\n  ],\n}' },
    { given: { a: undefined, b: 2 }, want: "{\n  b: 2,\n}" },
  ])("$given", ({ given, want }) => {
    expect(tsLiteral(given)).toBe(want);
  });

  test("rejects what JSON cannot hold", () => {
    expect(() => tsLiteral(Number.NaN)).toThrow(/non-finite/);
    expect(() => tsLiteral(() => 1)).toThrow(/function/);
  });

  test("a literal evaluates back to the same value", () => {
    const value = { id: "SAP-001", list: [1, 2.5, "x\ny"], nested: { deep: [{ a: null }] } };
    expect(new Function(`return ${tsLiteral(value)};`)()).toEqual(value);
  });
});

describe("tsTypeLiteral", () => {
  const rule = (key: string) =>
    key === "title" ? ("widen" as const) : key === "examples" ? { named: "Examples" } : undefined;
  test.each([
    { given: "high", want: '"high"' },
    { given: 3, want: "3" },
    { given: [], want: "readonly []" },
    { given: ["a", "b"], want: 'readonly [\n  "a",\n  "b",\n]' },
    {
      given: { id: "SAP-001", title: "Long prose" },
      want: '{\n  readonly id: "SAP-001";\n  readonly title: string;\n}',
    },
    { given: { title: ["a", 1] }, want: "{\n  readonly title: readonly (number | string)[];\n}" },
    { given: { examples: { trigger: [] } }, want: "{\n  readonly examples: Examples;\n}" },
    {
      given: { title: { "session.message": "true", llm_inference: "false" } },
      want: "{\n  readonly title: { readonly [key: string]: string };\n}",
    },
    {
      given: { title: { a: "x", b: 1 } },
      want: "{\n  readonly title: { readonly [key: string]: unknown };\n}",
    },
    {
      // Rules apply under property names only: array items and the root are literal.
      given: [{ title: "x", list: ["title"] }],
      want: 'readonly [\n  {\n    readonly title: string;\n    readonly list: readonly [\n      "title",\n    ];\n  },\n]',
    },
    {
      given: { title: null, id: null },
      want: "{\n  readonly title: null;\n  readonly id: null;\n}",
    },
  ])("$given", ({ given, want }) => {
    expect(tsTypeLiteral(given, rule)).toBe(want);
  });

  test("rejects what JSON cannot hold, as tsLiteral does", () => {
    expect(() => tsTypeLiteral(Number.POSITIVE_INFINITY, rule)).toThrow(/non-finite/);
    expect(() => tsTypeLiteral({ id: () => 1 }, rule)).toThrow(/function/);
    expect(() => tsTypeLiteral([1n], rule)).toThrow(/bigint/);
  });
});

describe("one walk, two dialects", () => {
  test("a value and its type have the same layout, line for line", () => {
    const value = { id: "SAP-001", tiers: [{ from: 1, ok: true }], none: null, empty: {} };
    const literal = tsLiteral(value, "  ").split("\n");
    const type = tsTypeLiteral(value, () => undefined, "  ").split("\n");
    expect(type).toHaveLength(literal.length);
    expect(type.map((line) => line.replace(/readonly /g, "").replace(/;$/, ","))).toEqual(literal);
  });
});
