import { windowShape } from "../../../src/rules/registry/window-shape.js";
import type { Edit } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

const kind = (to: string): Edit => ({ find: "    kind: count", replace: `    kind: ${to}` });
/** Lines added to trigger.window after its span_param (line 38). */
const add = (lines: string): Edit => ({
  find: "    span_param: window\n",
  replace: `    span_param: window\n${lines}`,
});
const STEPS =
  "    steps:\n      - on: [ session.spawn_accepted ]\n      - on: [ session.spawn_requested ]\n";

// A sequence window with fewer than 2 steps is refused by the schema (SAP-E014, minItems)
// before this rule runs, so that branch has no case here.
testRule(windowShape, {
  valid: [
    {
      name: "a distinct window with its distinct expression",
      patch: { [ENTRY]: [kind("distinct"), add("    distinct: event.payload.child_role\n")] },
    },
    {
      name: "a sequence window with two steps",
      patch: { [ENTRY]: [kind("sequence"), add(STEPS)] },
    },
  ],
  invalid: [
    {
      name: "a distinct window without distinct",
      patch: { [ENTRY]: kind("distinct") },
      errors: [{ file: ENTRY, line: 35, column: 3, message: "a distinct window needs distinct" }],
    },
    {
      name: "a count window with steps",
      patch: {
        [ENTRY]: add(
          "    steps:\n      - on: [ session.spawn_requested ]\n      - on: [ session.spawn_requested ]\n",
        ),
      },
      errors: [{ file: ENTRY, line: 39, column: 5, message: "a count window does not use steps" }],
    },
    {
      name: "a sequence window with a window-level where",
      patch: {
        [ENTRY]: [kind("sequence"), add(`    where: event.payload.spawn_depth > 1\n${STEPS}`)],
      },
      errors: [
        { file: ENTRY, line: 39, column: 5, message: "a sequence window does not use where" },
      ],
    },
    {
      name: "an absence window with three steps",
      patch: {
        [ENTRY]: [kind("absence"), add(`${STEPS}      - on: [ session.spawn_accepted ]\n`)],
      },
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 5,
          message: "an absence window has exactly 2 steps (anchor, expected), not 3",
        },
      ],
    },
  ],
});
