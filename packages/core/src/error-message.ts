/**
 * The message of a thrown value: an Error's `message`, anything else as text.
 * `catch` binds `unknown`, and a library may throw a string or an object, so
 * `(error as Error).message` could print "undefined".
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
