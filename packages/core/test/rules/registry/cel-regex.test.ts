import { celRegex } from "../../../src/rules/registry/cel-regex.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** SAP-001's condition with ` && event.payload.child_role.matches(<pattern>)`: the pattern is at column 91. */
function matches(pattern: string) {
  return {
    [ENTRY]: {
      find: "  condition: window.count > params.max_spawn_requests",
      replace: `  condition: window.count > params.max_spawn_requests && event.payload.child_role.matches(${pattern})`,
    },
  };
}

const notRe2 = (why: string) => [
  {
    file: ENTRY,
    line: 39,
    column: 91,
    message: `condition: matches() pattern is not valid RE2: error parsing regexp: ${why}`,
  },
];

testRule(celRegex, {
  valid: [
    { name: "an RE2 literal", patch: matches('"^(Coder|Validator)$"') },
    {
      name: "a pattern catastrophic for a backtracking engine is valid RE2",
      patch: matches('"^(a+)+$"'),
    },
    { name: "RE2's named groups and classes", patch: matches('"^(?P<role>[[:upper:]][a-z]+)$"') },
  ],
  invalid: [
    {
      name: "a pattern read from the event",
      patch: matches("event.payload.spawn_mode"),
      errors: [
        {
          file: ENTRY,
          line: 39,
          column: 91,
          message:
            "condition: matches() pattern is not a string literal: a pattern computed from the event or context is refused",
        },
      ],
    },
    {
      name: "a backreference",
      patch: matches('"^(a)\\\\1$"'),
      errors: notRe2("invalid escape sequence: `\\1`"),
    },
    {
      name: "a lookahead",
      patch: matches('"^C(?=oder)"'),
      errors: notRe2("invalid or unsupported Perl syntax: `(?=`"),
    },
    {
      name: "a lookbehind",
      patch: matches('"(?<=C)oder"'),
      errors: notRe2("invalid named capture: `(?<=C)oder`"),
    },
    {
      name: "an unclosed class",
      patch: matches('"[a-z"'),
      errors: notRe2("missing closing ]: `[a-z`"),
    },
  ],
});
