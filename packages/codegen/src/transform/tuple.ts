/** `["a", "b"]` on one line when short, else one item per line. */
export function stringTuple(values: readonly string[]): string {
  if (values.length === 0) return "[]";
  const oneLine = `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
  if (oneLine.length <= 80) return oneLine;
  return `[\n${values.map((v) => `  ${JSON.stringify(v)},\n`).join("")}]`;
}
