/**
 * The functions of the trigger environment (environment.yaml `functions`), by name.
 * Every engine implements exactly these; the validator refuses a declared function
 * that has no implementation here.
 */

/** The axis of a capability id: the part before the first colon (fs.read:inputs -> fs.read). */
export function capabilityAxis(id: string): string {
  const colon = id.indexOf(":");
  return colon < 0 ? id : id.slice(0, colon);
}

/**
 * True when the grants cover the capability id: a grant equal to the id covers
 * it, and a bare-axis grant (no colon) covers every scope of that axis.
 */
export function capabilityCovers(grants: Iterable<string>, id: string): boolean {
  const axis = capabilityAxis(id);
  for (const grant of grants) {
    if (grant === id) return true;
    if (grant === axis && !grant.includes(":")) return true;
  }
  return false;
}

export const functionImplementations: Readonly<Record<string, (...args: never[]) => unknown>> = {
  capability_covers: capabilityCovers as (...args: never[]) => unknown,
  capability_axis: capabilityAxis as (...args: never[]) => unknown,
};

/** The name of a declared signature such as `capability_axis(string): string`. */
export function functionName(signature: string): string {
  return signature.slice(0, signature.indexOf("(")).trim();
}
