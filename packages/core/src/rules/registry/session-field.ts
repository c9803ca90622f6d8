import type { RegistryRule } from "../rule.js";

export const sessionField: RegistryRule = {
  phase: "registry",
  code: "SAP-E062",
  description: "An event's session_field is not a string payload field of that event.",
  check(context) {
    for (const { source, data } of context.state.catalogs) {
      data.events.forEach((event, i) => {
        const name = event.session_field;
        if (name === undefined) return;
        const field = event.payload[name];
        if (!field) {
          context.report(
            this.code,
            source.file,
            ["events", i, "session_field"],
            `session_field ${name} is not a payload field of ${event.event_type}`,
            `name the payload field that holds the session id (${Object.keys(event.payload).join(", ")})`,
          );
        } else if (field.type !== "string" || field.optional) {
          context.report(
            this.code,
            source.file,
            ["events", i, "session_field"],
            `session_field ${name} must be a required string field of ${event.event_type}`,
            "the session field always holds the session id as a string",
          );
        }
      });
    }
  },
};
