import { unknownEventType } from "../../../src/rules/registry/unknown-event-type.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

testRule(unknownEventType, {
  valid: [
    {
      name: "an evidence alternative naming a catalog event type",
      patch: {
        [ENTRY]: {
          find: "      why: The requests that make up the storm.\n",
          replace:
            "      or_event_types: [ session.spawn_rejected ]\n      why: The requests that make up the storm.\n",
        },
      },
    },
  ],
  invalid: [
    {
      name: "a misspelt event type in a detection source",
      patch: {
        [ENTRY]: {
          find: "    events: [ session.spawn_requested, session.spawn_rejected ]",
          replace: "    events: [ session.spawn_requested, session.spawn_rejectd ]",
        },
      },
      errors: [
        {
          file: ENTRY,
          line: 28,
          column: 40,
          message: "unknown event type session.spawn_rejectd",
        },
      ],
    },
    {
      name: "a misspelt event type in an example",
      patch: {
        [ENTRY]: {
          find: "with a limit of 4\n      params: { max_spawn_requests: 4 }\n      events:\n        - { event_id: e1, event_type: session.created,",
          replace:
            "with a limit of 4\n      params: { max_spawn_requests: 4 }\n      events:\n        - { event_id: e1, event_type: session.create,",
        },
      },
      errors: [{ file: ENTRY, line: 79, column: 39, message: "unknown event type session.create" }],
    },
  ],
});
