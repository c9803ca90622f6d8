// The five lines a consumer writes (README "Use it"):
import { getEntry, listEntries, registryVersion, SAP_001 } from "@handshake/session-anti-patterns";

const storm = getEntry("SAP-001"); // typed exactly: storm.severity is "high"
const critical = listEntries({ severityAtLeast: "critical" });
console.log(
  `registry ${registryVersion}: ${storm.title} (${storm.severity}); ${critical.length} critical`,
);

// A misspelt id does not compile (the function only exists to be type-checked):
export function misspelt(): unknown {
  // @ts-expect-error "SAP-01" is not an anti-pattern id
  return getEntry("SAP-01");
}

// Literal types flow through: this assignment only compiles while SAP-001 is "high".
const severity: "high" = SAP_001.severity;
console.log(severity === storm.severity ? "ok: literal types" : "mismatch");

// The prose (descriptions, example logs) ships in the docs package; one call joins it.
import { registryJson } from "@handshake/session-anti-patterns";
import { prose, withProse } from "@handshake/session-anti-patterns-docs";

const full = withProse(registryJson, prose) as unknown as {
  readonly anti_patterns: readonly {
    readonly id: string;
    readonly description: string;
    readonly examples: { readonly trigger: readonly unknown[] };
  }[];
};
const first = full.anti_patterns[0];
console.log(
  `prose: ${first?.id} has ${first?.description.length} characters of description and ${first?.examples.trigger.length} must-trigger example(s)`,
);
