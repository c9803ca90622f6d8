import { celTypes } from "../../../src/rules/registry/cel-types.js";
import { ON_REQUESTED_AND_REJECTED } from "../../support/base-edits.js";
import type { Edit } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const CONDITION = "  condition: window.count > params.max_spawn_requests\n";
const condition = (text: string): Edit => ({ find: CONDITION, replace: `  condition: ${text}\n` });
const at = (line: number, column: number, message: string) => ({
  file: ENTRY,
  line,
  column,
  message,
});

testRule(celTypes, {
  valid: [
    {
      name: "a field that is in the payload",
      patch: {
        [ENTRY]: condition(
          "window.count > params.max_spawn_requests && event.payload.spawn_depth > 0",
        ),
      },
    },
  ],
  invalid: [
    {
      name: "a misspelt payload field, pointed at",
      patch: {
        [ENTRY]: condition(
          "window.count > params.max_spawn_requests && event.payload.spawn_dept > 0",
        ),
      },
      errors: [at(39, 72, "condition: No such key: spawn_dept")],
    },
    {
      name: "a string compared with an int",
      patch: {
        [ENTRY]: condition(
          "event.payload.requester_session_id > 2 && window.count > params.max_spawn_requests",
        ),
      },
      errors: [at(39, 14, "condition: no such overload: string > int")],
    },
    {
      name: "a misspelt variable",
      patch: {
        [ENTRY]: condition("sesion.known && window.count > params.max_spawn_requests"),
      },
      errors: [at(39, 14, "condition: Unknown variable: sesion")],
    },
    {
      name: "a function environment.yaml does not declare",
      patch: {
        [ENTRY]: condition("clamp(window.count) > params.max_spawn_requests"),
      },
      errors: [at(39, 14, "condition: found no matching overload for 'clamp(int)'")],
    },
    {
      name: "a field missing from one of the event types evaluated",
      patch: {
        [ENTRY]: [
          ON_REQUESTED_AND_REJECTED,
          condition(
            'window.count > params.max_spawn_requests && event.payload.child_role == "Coder"',
          ),
          {
            find: "  record: [ requester_session_id, spawn_depth ]",
            replace: "  record: [ requester_session_id ]",
          },
        ],
      },
      errors: [
        at(39, 72, "condition: No such key: child_role (evaluated on session.spawn_rejected)"),
      ],
    },
    {
      name: "a mistake on the third line of a literal block scalar",
      patch: {
        [ENTRY]: condition(
          '|\n    window.count > params.max_spawn_requests &&\n      session.rol == "Coder"',
        ),
      },
      errors: [at(41, 15, "condition: No such key: rol")],
    },
    {
      name: "a mistake on the fourth line of a folded block scalar",
      patch: {
        [ENTRY]: condition(
          '>-\n    window.count > params.max_spawn_requests\n    && session.known\n    && parent.stat == "ACTIVE"',
        ),
      },
      errors: [at(42, 15, "condition: No such key: stat")],
    },
  ],
});
