import { triggerNotWatched } from "../../../src/rules/registry/trigger-not-watched.js";
import { ON_REQUESTED_AND_REJECTED } from "../../support/base-edits.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** The base count window made a sequence of two steps. */
function sequence(first: string) {
  return [
    { find: "    kind: count", replace: "    kind: sequence" },
    {
      find: "    span_param: window\n",
      replace: `    span_param: window\n    steps:\n      - on: [ ${first} ]\n      - on: [ session.spawn_requested ]\n`,
    },
  ];
}

testRule(triggerNotWatched, {
  valid: [
    {
      name: "a trigger event watched by another detection source of the entry",
      patch: {
        [ENTRY]: ON_REQUESTED_AND_REJECTED,
      },
    },
    {
      name: "window steps on watched events",
      patch: { [ENTRY]: sequence("session.spawn_accepted") },
    },
  ],
  invalid: [
    {
      name: "a trigger event no detection source watches",
      patch: {
        [ENTRY]: {
          find: "  on: [ session.spawn_requested ]",
          replace: "  on: [ session.spawn_requested, session.created ]",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 34,
          column: 34,
          message:
            "trigger event session.created is not watched by any detection source of SAP-001",
        },
      ],
    },
    {
      name: "a window step on an event no detection source watches",
      patch: { [ENTRY]: sequence("session.created") },
      errors: [
        {
          file: ENTRY,
          line: 40,
          column: 15,
          message:
            "window step event session.created is not watched by any detection source of SAP-001",
        },
      ],
    },
  ],
});
