import { evidenceRecordField } from "../../../src/rules/registry/evidence-record-field.js";
import { ON_REQUESTED_AND_REJECTED } from "../../support/base-edits.js";
import type { Edit } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const RECORD = "  record: [ requester_session_id, spawn_depth ]\n";

/** Findings end on both spawn requests and spawn rejections, each with its own condition. */
const BOTH: Edit[] = [
  ON_REQUESTED_AND_REJECTED,
  {
    find: "  condition: window.count > params.max_spawn_requests\n",
    replace:
      "  condition:\n    session.spawn_requested: window.count > params.max_spawn_requests\n    session.spawn_rejected: window.count > params.max_spawn_requests\n",
  },
];

/** evidence.record as a map: one line per event type. */
const record = (...lines: string[]): Edit => ({
  find: RECORD,
  replace: `  record:\n${lines.map((l) => `    ${l}\n`).join("")}`,
});

testRule(evidenceRecordField, {
  valid: [
    {
      name: "a per-event-type record naming fields of each type's own payload",
      patch: {
        [ENTRY]: [
          ...BOTH,
          record(
            "session.spawn_requested: [ requester_session_id, spawn_depth ]",
            "session.spawn_rejected: [ requester_session_id, rejection_reason ]",
          ),
        ],
      },
    },
  ],
  invalid: [
    {
      name: "a record list naming a field the trigger event lacks",
      patch: {
        [ENTRY]: {
          find: RECORD,
          replace: "  record: [ requester_session_id, child_session_id ]\n",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 68,
          column: 35,
          message:
            "evidence field child_session_id is not in the payload of session.spawn_requested",
        },
      ],
    },
    {
      name: "a per-event-type record naming a field of another type",
      patch: {
        [ENTRY]: [
          ...BOTH,
          record(
            "session.spawn_requested: [ requester_session_id, spawn_depth ]",
            "session.spawn_rejected: [ requester_session_id, child_role ]",
          ),
        ],
      },
      errors: [
        {
          file: ENTRY,
          line: 72,
          column: 53,
          message: "evidence field child_role is not in the payload of session.spawn_rejected",
        },
      ],
    },
    {
      name: "a per-event-type record keyed by a type that cannot end a finding",
      patch: {
        [ENTRY]: record(
          "session.spawn_requested: [ requester_session_id, spawn_depth ]",
          "session.spawn_accepted: [ child_session_id ]",
        ),
      },
      errors: [
        {
          file: ENTRY,
          line: 70,
          column: 29,
          message:
            "session.spawn_accepted cannot end a finding of this entry (session.spawn_requested)",
        },
      ],
    },
    {
      name: "a per-event-type record missing a type that can end a finding",
      patch: {
        [ENTRY]: [
          ...BOTH,
          record("session.spawn_requested: [ requester_session_id, spawn_depth ]"),
        ],
      },
      errors: [
        {
          file: ENTRY,
          line: 71,
          column: 5,
          message:
            "no evidence fields for session.spawn_rejected: a per-event-type record needs one key for each event type that can end a finding",
        },
      ],
    },
  ],
});
