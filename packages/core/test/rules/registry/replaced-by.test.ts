import { replacedBy } from "../../../src/rules/registry/replaced-by.js";
import type { Patch } from "../../support/rule-tester.js";
import { ENTRY, testRule } from "../../support/rule-tester.js";

/** An entry file SAP-NNN.yaml: the base entry with that id and the given status lines. */
function entry(id: string, status: string): Patch {
  return {
    [`anti-patterns/${id}.yaml`]: {
      copyOf: ENTRY,
      edits: [
        { find: "id: SAP-001", replace: `id: ${id}` },
        { find: "status: stable\n", replace: `${status}\n` },
      ],
    },
  };
}

const deprecated = (target: string) => `status: deprecated\nreplaced_by: ${target}`;
const at26 = (message: string) => ({ file: ENTRY, line: 26, column: 14, message });

testRule(replacedBy, {
  valid: [
    {
      name: "a deprecated entry replaced by a live one",
      patch: { ...entry("SAP-001", deprecated("SAP-002")), ...entry("SAP-002", "status: stable") },
    },
  ],
  invalid: [
    {
      name: "a deprecated entry without replaced_by",
      patch: entry("SAP-001", "status: deprecated"),
      errors: [
        {
          file: ENTRY,
          line: 25,
          column: 9,
          message: "deprecated entry SAP-001 has no replaced_by",
        },
      ],
    },
    {
      name: "replaced_by on an entry that is not deprecated",
      patch: {
        ...entry("SAP-001", "status: stable\nreplaced_by: SAP-002"),
        ...entry("SAP-002", "status: stable"),
      },
      errors: [at26("replaced_by is only allowed on deprecated entries (status is stable)")],
    },
    {
      name: "an entry replaced by itself",
      patch: entry("SAP-001", deprecated("SAP-001")),
      errors: [at26("SAP-001 is replaced by itself")],
    },
    {
      name: "replaced by an id that is not a live entry",
      patch: entry("SAP-001", deprecated("SAP-099")),
      errors: [at26("replaced_by SAP-099 is not a live entry")],
    },
    {
      name: "replaced by an entry that is itself deprecated",
      patch: {
        ...entry("SAP-001", deprecated("SAP-002")),
        ...entry("SAP-002", deprecated("SAP-003")),
        ...entry("SAP-003", "status: stable"),
      },
      errors: [at26("replaced_by SAP-002 is itself deprecated")],
    },
  ],
});
