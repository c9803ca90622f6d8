import { sessionField } from "../../../src/rules/registry/session-field.js";
import { testRule } from "../../support/rule-tester.js";

/** Sets the session_field on line `line` of a catalog. */
const sessionFieldAt = (file: string, line: number, from: string, to: string) => ({
  [file]: { line, find: `session_field: ${from}`, replace: `session_field: ${to}` },
});

testRule(sessionField, {
  valid: [
    {
      name: "another required string field of the payload",
      patch: sessionFieldAt("events/spawn.yaml", 47, "child_session_id", "requester_session_id"),
    },
  ],
  invalid: [
    {
      name: "a field the payload does not have",
      patch: sessionFieldAt("events/spawn.yaml", 11, "requester_session_id", "requester_id"),
      errors: [
        {
          file: "events/spawn.yaml",
          line: 11,
          column: 20,
          message: "session_field requester_id is not a payload field of session.spawn_requested",
        },
      ],
    },
    {
      name: "an int field",
      patch: sessionFieldAt("events/spawn.yaml", 11, "requester_session_id", "spawn_depth"),
      errors: [
        {
          file: "events/spawn.yaml",
          line: 11,
          column: 20,
          message:
            "session_field spawn_depth must be a required string field of session.spawn_requested",
        },
      ],
    },
    {
      name: "an optional string field",
      patch: sessionFieldAt("events/session.yaml", 11, "session_id", "wp_id"),
      errors: [
        {
          file: "events/session.yaml",
          line: 11,
          column: 20,
          message: "session_field wp_id must be a required string field of session.created",
        },
      ],
    },
  ],
});
