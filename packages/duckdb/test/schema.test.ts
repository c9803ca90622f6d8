import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { ENVELOPE_COLUMNS, RUNTIME_EVENTS_TABLE } from "../src/index.js";

const fixture = readFileSync(new URL("fixtures/runtime-events-table.sql", import.meta.url), "utf8");

test("the quoted CREATE TABLE is the fixture's, which cites the runtime's file and commit", () => {
  const header = fixture.split("\n").filter((line) => line.startsWith("--"));
  expect(header.join("\n")).toContain("flight_recorder/duckdb.rs");
  expect(header.join("\n")).toContain("6519f4e2");
  const statement = fixture
    .split("\n")
    .filter((line) => !line.startsWith("--"))
    .join("\n")
    .trim();
  expect(statement).toBe(RUNTIME_EVENTS_TABLE);
});

test("the table has exactly the envelope's columns", () => {
  const columns = RUNTIME_EVENTS_TABLE.split("\n")
    .slice(1, -1)
    .map((line) => line.trim().split(" ")[0]);
  expect([...columns].sort()).toStrictEqual([...ENVELOPE_COLUMNS].sort());
});
