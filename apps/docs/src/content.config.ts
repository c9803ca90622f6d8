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

/**
 * A collection's type, from the registry package's types (data/types.ts). No
 * second description of the data: loadRegistry checked the registry, whose
 * content the package's JSON Schemas validated when it was generated.
 */
const registryData = <T>() => z.custom<T>();

const antiPatterns = defineCollection({
  loader: registryLoader("anti-patterns", async ({ store, renderMarkdown }) => {
    const registry = loadRegistry();
    store.clear();
    for (const entry of registry.anti_patterns) {
      const id = entry.id.toLowerCase();
      store.set({ id, data: entry, rendered: await renderMarkdown(entry.description) });
    }
  }),
  schema: registryData<AntiPattern>(),
});

const retired = defineCollection({
  loader: registryLoader("retired", async ({ store }) => {
    store.clear();
    for (const entry of loadRegistry().retired)
      store.set({ id: entry.id.toLowerCase(), data: entry });
  }),
  schema: registryData<RetiredEntry>(),
});

const events = defineCollection({
  loader: registryLoader("events", async ({ store }) => {
    store.clear();
    for (const event of loadRegistry().events) store.set({ id: event.event_type, data: event });
  }),
  schema: registryData<EventDefinition>(),
});

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  antiPatterns,
  retired,
  events,
};
