/**
 * The members of a JSON map (params, payload fields, per-event-type expressions
 * and evidence lists). The registry package's generated types read a map as
 * `{ [key: string]: T | undefined }`, as json-schema-to-typescript does; JSON
 * never holds `undefined`, so the members are the defined ones.
 */
export function members<T>(map: { readonly [key: string]: T | undefined }): [string, T][] {
  return Object.entries(map).filter((member): member is [string, T] => member[1] !== undefined);
}
