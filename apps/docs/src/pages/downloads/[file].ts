import type { APIRoute, GetStaticPaths } from "astro";
import { proseJsonText, registryJsonText } from "../../data/registry.ts";

/**
 * The data files byte for byte: the registry package's registry.json at
 * /downloads/registry.json, and the docs package's prose.json at
 * /downloads/prose.json when registry.json ships its prose there.
 */
export const getStaticPaths: GetStaticPaths = () => [
  { params: { file: "registry.json" } },
  ...(proseJsonText() === undefined ? [] : [{ params: { file: "prose.json" } }]),
];

export const GET: APIRoute = ({ params }) =>
  new Response(params.file === "prose.json" ? proseJsonText() : registryJsonText(), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
