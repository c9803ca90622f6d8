import type { APIRoute } from "astro";
import { registryJsonText } from "../../data/registry.ts";

/** The registry package's registry.json, byte for byte. */
export const GET: APIRoute = () =>
  new Response(registryJsonText(), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
