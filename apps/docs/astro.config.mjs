// @ts-check
import { fileURLToPath } from "node:url";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import cel from "./src/data/cel.tmLanguage.json" with { type: "json" };
import { loadRegistry } from "./src/data/registry.ts";

process.env.SAP_DOCS_ROOT ??= fileURLToPath(new URL(".", import.meta.url));
process.env.ASTRO_TELEMETRY_DISABLED ??= "1";

const registry = loadRegistry();

/** Above this many entries the sidebar links to the index instead of listing them. */
const SIDEBAR_ENTRY_LIMIT = 200;

/** @returns {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
function sidebar() {
  /** @type {any[]} */
  const byCategory = [];
  if (registry.anti_patterns.length <= SIDEBAR_ENTRY_LIMIT) {
    for (const category of registry.categories) {
      const entries = registry.anti_patterns.filter((entry) => entry.category === category.id);
      if (entries.length === 0) continue;
      byCategory.push({
        label: category.title,
        collapsed: true,
        items: entries.map((entry) => ({
          label: `${entry.id} ${entry.title}`,
          link: `/anti-patterns/${entry.id.toLowerCase()}/`,
        })),
      });
    }
  }
  return [
    { label: "Overview", link: "/" },
    {
      label: "Anti-patterns",
      items: [
        { label: `All ${registry.anti_patterns.length} entries`, link: "/anti-patterns/" },
        ...byCategory,
      ],
    },
    {
      label: "Reference",
      items: [
        { label: "Audit events", link: "/events/" },
        { label: "Events the runtime lacks", link: "/runtime-needs/" },
        { label: "Runtime rules", link: "/rules/" },
        { label: "Releases", link: "/releases/" },
        { label: "Downloads", link: "/downloads/" },
      ],
    },
    { label: "Guide", items: [{ label: "Reading an entry", link: "/guide/reading-an-entry/" }] },
  ];
}

export default defineConfig({
  trailingSlash: "always",
  // Set by the benchmark so a synthetic build never mixes with the real one.
  ...(process.env.SAP_DOCS_CACHE_DIR ? { cacheDir: process.env.SAP_DOCS_CACHE_DIR } : {}),
  integrations: [
    starlight({
      title: registry.title,
      description: registry.description.trim(),
      favicon: "/favicon.svg",
      customCss: ["./src/styles/custom.css"],
      components: { Search: "./src/components/Search.astro" },
      lastUpdated: false,
      pagination: false,
      sidebar: sidebar(),
      expressiveCode: {
        shiki: { langs: [/** @type {any} */ (cel)] },
        styleOverrides: { codeFontSize: "0.9rem" },
        // Long CEL conditions wrap instead of scrolling sideways.
        defaultProps: { wrap: true },
      },
    }),
  ],
});
