import { defineCollection, z } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import type { Loader } from "astro/loaders";
import { dataFiles, loadRegistry } from "./data/registry.ts";
import type { AntiPattern, EventDefinition, RetiredEntry } from "./data/types.ts";

/** The files the registry is read from: registry.json, and the prose.json joined into it. */
function watchedFiles(): string[] {
  const files = dataFiles();
  return files.prose === undefined ? [files.registry] : [files.registry, files.prose.path];
}

/**
 * One content-layer loader over the registry package's registry.json joined
 * with the docs package's prose.json. Each collection below is a view of it;
 * pages are generated from the collections, so an entry added to the registry
 * gets its page with no edit here.
 */
function registryLoader(name: string, load: Loader["load"]): Loader {
  return {
    name: `sap-registry-${name}`,
    load: async (context) => {
      for (const file of watchedFiles()) context.watcher?.add(file);
      context.watcher?.on("change", async (changed) => {
        if (watchedFiles().includes(changed)) await load(context);
      });
      await load(context);
    },
  };
}

const antiPatterns = defineCollection({
  loader: registryLoader("anti-patterns", async ({ store, parseData, renderMarkdown }) => {
    const registry = loadRegistry();
    store.clear();
    for (const entry of registry.anti_patterns) {
      const id = entry.id.toLowerCase();
      const data = await parseData({ id, data: entry as unknown as Record<string, unknown> });
      store.set({ id, data, rendered: await renderMarkdown(entry.description) });
    }
  }),
  // The package's JSON Schema validated the entry; this only pins what pages rely on.
  schema: z
    .object({
      id: z.string().regex(/^SAP-\d{3,}$/),
      title: z.string(),
      summary: z.string(),
      severity: z.string(),
      status: z.enum(["experimental", "stable", "deprecated"]),
      category: z.string(),
      detection: z.array(
        z.object({ source: z.string(), events: z.array(z.string()) }).passthrough(),
      ),
      trigger: z
        .object({
          on: z.array(z.string()),
          condition: z.union([z.string(), z.record(z.string(), z.string())]),
        })
        .passthrough(),
      enforcement: z
        .object({
          mode: z.enum(["enforce", "audit"]),
          per: z.string(),
          tiers: z.array(z.any()).min(1),
        })
        .passthrough(),
    })
    .passthrough()
    .transform((entry) => entry as unknown as AntiPattern),
});

const retired = defineCollection({
  loader: registryLoader("retired", async ({ store }) => {
    store.clear();
    for (const entry of loadRegistry().retired) {
      store.set({ id: entry.id.toLowerCase(), data: entry as unknown as Record<string, unknown> });
    }
  }),
  schema: z
    .object({ id: z.string(), title: z.string(), retired_in: z.string(), reason: z.string() })
    .passthrough()
    .transform((entry) => entry as unknown as RetiredEntry),
});

const events = defineCollection({
  loader: registryLoader("events", async ({ store }) => {
    store.clear();
    for (const event of loadRegistry().events) {
      store.set({ id: event.event_type, data: event as unknown as Record<string, unknown> });
    }
  }),
  schema: z
    .object({ id: z.string(), event_type: z.string(), title: z.string(), family: z.string() })
    .passthrough()
    .transform((event) => event as unknown as EventDefinition),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  antiPatterns,
  retired,
  events,
};
