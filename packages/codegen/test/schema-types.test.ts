import { describe, expect, test } from "vitest";
import { combineSchemas, flattenRef, forTypes } from "../src/transform/schema-types.js";

describe("schema transforms", () => {
  test.each([
    { given: "common.schema.json#/$defs/Token", want: "#/$defs/Token" },
    { given: "#/$defs/Trigger", want: "#/$defs/Trigger" },
    { given: "other.json", want: "other.json" },
  ])("flattenRef($given) = $want", ({ given, want }) => {
    expect(flattenRef(given)).toBe(want);
  });

  test.each([
    {
      name: "a ref keeps only its target",
      given: { $ref: "common.schema.json#/$defs/Token", description: "x" },
      want: { $ref: "#/$defs/Token" },
    },
    {
      name: "an untyped node is unknown",
      given: { description: "Default value" },
      want: { description: "Default value", tsType: "unknown" },
    },
    {
      name: "a oneOf that only constrains keys is dropped",
      given: {
        type: "object",
        oneOf: [{ required: ["span"] }, { required: ["span_param"] }],
      },
      want: { type: "object" },
    },
    {
      name: "$id and $schema go",
      given: { $id: "x", $schema: "y", type: "string" },
      want: { type: "string" },
    },
  ])("forTypes: $name", ({ given, want }) => {
    expect(forTypes(given)).toEqual(want);
  });

  test("combineSchemas puts roots and $defs in one namespace and refuses a duplicate name", () => {
    const combined = combineSchemas([
      {
        name: "b.schema.json",
        schema: { title: "B", type: "object", $defs: { X: { type: "string" } } },
      },
      { name: "a.schema.json", schema: { title: "A", type: "object" } },
    ]);
    expect(Object.keys(combined.$defs as object)).toEqual(["A", "X", "B"]);
    expect(() =>
      combineSchemas([
        { name: "a.schema.json", schema: { $defs: { X: { type: "string" } } } },
        { name: "b.schema.json", schema: { $defs: { X: { type: "number" } } } },
      ]),
    ).toThrow(/registry\/schema\/b.schema.json: the definition name X is used twice/);
  });
});
