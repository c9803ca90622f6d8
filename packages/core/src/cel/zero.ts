const EMPTY_LIST: readonly never[] = Object.freeze([]);
const EMPTY_MAP: Readonly<Record<string, never>> = Object.freeze({});

/** The zero value of a primitive or aggregate CEL type ("", 0, 0.0, false, [], {}); undefined for message types. */
export function zeroOf(celType: string): unknown {
  if (celType === "string") return "";
  if (celType === "int") return 0n;
  if (celType === "double") return 0;
  if (celType === "bool") return false;
  if (celType.startsWith("list<")) return EMPTY_LIST;
  if (celType.startsWith("map<")) return EMPTY_MAP;
  return undefined;
}
