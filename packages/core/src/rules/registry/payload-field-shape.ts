import type { RegistryRule } from "../rule.js";

export const payloadFieldShape: RegistryRule = {
  phase: "registry",
  code: "SAP-E063",
  description: "A payload field has enum on a non-string type or minimum on a non-numeric type.",
  check(context) {
    for (const { source, data } of context.state.catalogs) {
      data.events.forEach((event, i) => {
        for (const [name, field] of Object.entries(event.payload)) {
          if (!field) continue;
          const at = ["events", i, "payload", name];
          if (field.enum && field.type !== "string") {
            context.report(
              this.code,
              source.file,
              [...at, "enum"],
              `enum on ${event.event_type}.${name} of type ${field.type}`,
              "enum is only for string fields; remove it or make the field a string",
              "key",
            );
          }
          if (field.minimum !== undefined && field.type !== "int" && field.type !== "double") {
            context.report(
              this.code,
              source.file,
              [...at, "minimum"],
              `minimum on ${event.event_type}.${name} of type ${field.type}`,
              "minimum is only for int and double fields",
              "key",
            );
          }
        }
      });
    }
  },
};
