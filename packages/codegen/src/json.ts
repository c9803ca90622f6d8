import { sortKeysDeep } from "@handshake/sap-core";

/**
 * Sorted JSON with one line per top-level member and per element of a
 * top-level array (an entry, an event type, a rule): diffs show which entry
 * changed, and the file stays close to its compact size (TypeScript re-prints
 * JSON it emits, keeping this layout).
 */
export function registryJsonText(value: Readonly<Record<string, unknown>>): string {
  const sorted = sortKeysDeep(value) as Record<string, unknown>;
  const members = Object.entries(sorted).map(([key, member]) => {
    const name = JSON.stringify(key);
    if (Array.isArray(member) && member.length > 0) {
      return `  ${name}: [\n${member.map((item) => `    ${JSON.stringify(item)}`).join(",\n")}\n  ]`;
    }
    if (member !== null && typeof member === "object" && Object.keys(member).length > 0) {
      return `  ${name}: {\n${Object.entries(member as Record<string, unknown>)
        .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
        .join(",\n")}\n  }`;
    }
    return `  ${name}: ${JSON.stringify(member)}`;
  });
  return `{\n${members.join(",\n")}\n}\n`;
}
