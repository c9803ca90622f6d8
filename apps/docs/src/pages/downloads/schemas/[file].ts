import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { schemaFiles } from "../../../data/source.ts";

/** The docs package's JSON Schemas (as authored, annotated), byte for byte, at /downloads/schemas/NAME.json. */
export const getStaticPaths: GetStaticPaths = () =>
  Object.entries(schemaFiles()).map(([file, path]) => ({ params: { file }, props: { path } }));

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(String(props.path), "utf8"), {
    headers: { "Content-Type": "application/schema+json; charset=utf-8" },
  });
