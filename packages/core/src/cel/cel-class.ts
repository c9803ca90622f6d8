/** Reads one field of a CEL object from whatever it is built from. */
export type FieldReader = (source: Record<string, unknown> | undefined) => unknown;

/** A class whose instances cel-js reads as a registered message type. */
export type CelClass = new (source?: Record<string, unknown>) => Record<string, unknown>;

/**
 * Defines a class for one registered CEL type. Each instance holds exactly the
 * declared fields, in declaration order (one hidden class, fast property reads).
 *
 * Why classes: cel-js matches a value to a registered type by its constructor.
 * An instance of the registered class is read directly; a plain object is first
 * wrapped in a lazily-converting Map per evaluation, which measured 2.3x slower
 * on 1M evaluations (see cel/README note in trigger-environment.ts).
 */
export function defineCelClass(
  name: string,
  fields: readonly (readonly [string, FieldReader])[],
): CelClass {
  const named = {
    [name]: class {
      constructor(source?: Record<string, unknown>) {
        const self = this as unknown as Record<string, unknown>;
        for (const [key, read] of fields) self[key] = read(source);
      }
    },
  };
  return named[name] as unknown as CelClass;
}

/** A field of `source`, which may be a plain object or a Map. */
export function fieldOf(
  source: Record<string, unknown> | Map<string, unknown> | undefined,
  key: string,
): unknown {
  if (source === undefined || source === null) return undefined;
  if (source instanceof Map) return source.get(key);
  return source[key];
}
