import { environmentShape } from "../../../src/rules/registry/environment-shape.js";
import { testRule } from "../../support/rule-tester.js";

const ENV = "environment.yaml";
/** A built_from list on SessionContext.spawn_depth (line 29). */
const builtFrom = (events: string) => ({
  [ENV]: {
    line: 29,
    find: '(session.created or session.spawn_accepted)." }',
    replace: `(session.created or session.spawn_accepted).", built_from: ${events} }`,
  },
});

testRule(environmentShape, {
  valid: [
    {
      name: "built_from naming catalog event types",
      patch: builtFrom("[session.created, session.spawn_accepted]"),
    },
  ],
  invalid: [
    {
      name: "a field of a type environment.yaml does not define",
      patch: {
        [ENV]: { line: 39, find: '"list<ConsentReceipt>"', replace: '"list<ConsentReciept>"' },
      },
      errors: [{ file: ENV, line: 39, column: 33, message: "unknown type ConsentReciept" }],
    },
    {
      name: "a variable of a type environment.yaml does not define",
      patch: { [ENV]: { line: 65, find: "type: SessionContext", replace: "type: SessionContxt" } },
      errors: [{ file: ENV, line: 65, column: 19, message: "unknown type SessionContxt" }],
    },
    {
      name: "a context field built from an event type the catalog lacks",
      patch: builtFrom("[session.created, session.spawn_acepted]"),
      errors: [
        {
          file: ENV,
          line: 29,
          column: 159,
          message:
            "SessionContext.spawn_depth is built from unknown event type session.spawn_acepted",
        },
      ],
    },
    {
      name: "a function no engine implements",
      patch: {
        [ENV]: {
          find: '  - signature: "capability_axis(string): string"\n',
          replace:
            '  - signature: "capability_axis(string): string"\n    description: The axis.\n  - signature: "clamp(int, int, int): int"\n',
        },
      },
      errors: [
        { file: ENV, line: 78, column: 16, message: "function clamp has no implementation" },
      ],
    },
  ],
});
