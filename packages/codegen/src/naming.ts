/** Names derived from registry ids. Pure functions, covered by given/want tables. */

/** `SAP-001` -> `SAP_001`: the exported constant for an entry. */
export function entryConstName(id: string): string {
  return id.replace(/[^A-Za-z0-9]/g, "_").toUpperCase();
}

/** `session.spawn_requested` -> `SessionSpawnRequested`. */
export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** `session.spawn_requested` -> `SessionSpawnRequestedPayload`. */
export function payloadTypeName(eventType: string): string {
  return `${pascalCase(eventType)}Payload`;
}

/** `SAP-001` -> `sap-001.ts`: a stub's file name. The id only, never the slug (slugs may change). */
export function stubFileName(id: string): string {
  return `${id.toLowerCase()}.ts`;
}

/** `SAP-001` -> `Sap001`: prefix of a stub's local type names. */
export function stubTypePrefix(id: string): string {
  return pascalCase(id.toLowerCase());
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A property key as written in TypeScript: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}
