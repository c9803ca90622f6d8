import { referencedTypeNames } from "../../cel/cel-types.js";
import { functionImplementations, functionName } from "../../cel/functions.js";
import type { RegistryRule } from "../rule.js";
import { closest } from "./vocabulary.js";

const SPECIAL = new Set(["EventPayload", "EntryParams"]);

export const environmentShape: RegistryRule = {
  phase: "registry",
  code: "SAP-E064",
  description:
    "environment.yaml refers to a type it does not define, declares a function no engine implements, or builds a context field from an event type the catalog lacks (built_from).",
  check(context) {
    const env = context.registry.environment;
    const file = context.state.environment?.source.file ?? "environment.yaml";
    const known = new Set([...Object.keys(env.types), ...SPECIAL]);
    const checkType = (type: string, path: (string | number)[]) => {
      for (const ref of referencedTypeNames(type)) {
        if (!known.has(ref))
          context.report(
            this.code,
            file,
            path,
            `unknown type ${ref}`,
            `define ${ref} under types, or use a CEL type (string, int, double, bool, list<T>, map<K, V>)`,
          );
      }
    };
    const events = [...context.registry.events.keys()];
    for (const [name, type] of Object.entries(env.types)) {
      for (const [field, decl] of Object.entries(type?.fields ?? {})) {
        if (!decl) continue;
        checkType(decl.type, ["types", name, "fields", field, "type"]);
        (decl.built_from ?? []).forEach((eventType, i) => {
          if (context.registry.events.has(eventType)) return;
          const near = closest(eventType, events);
          context.report(
            this.code,
            file,
            ["types", name, "fields", field, "built_from", i],
            `${name}.${field} is built from unknown event type ${eventType}`,
            near
              ? `did you mean ${near}? event types are defined in registry/events/*.yaml`
              : "name an event type of registry/events/*.yaml whose application sets the field",
          );
        });
      }
    }
    for (const [name, variable] of Object.entries(env.variables)) {
      if (variable) checkType(variable.type, ["variables", name, "type"]);
    }
    env.functions.forEach((fn, i) => {
      const name = functionName(fn.signature);
      if (!(name in functionImplementations)) {
        context.report(
          this.code,
          file,
          ["functions", i, "signature"],
          `function ${name} has no implementation`,
          `implement it in packages/core/src/cel/functions.ts (known: ${Object.keys(functionImplementations).join(", ")})`,
        );
      }
    });
  },
};
