/** Reading the built site on disk. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST } from "./server.ts";

export function distFiles(extension: string, dir = DIST): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...distFiles(extension, path));
    else if (name.endsWith(extension)) found.push(path);
  }
  return found.sort();
}

export function readDist(path: string): string {
  return readFileSync(join(DIST, path), "utf8");
}

export function distPath(path: string): string {
  return relative(DIST, path);
}

/** Page folders directly under dist/<section>/ (each holds an index.html). */
export function pageDirs(section: string): string[] {
  return readdirSync(join(DIST, section))
    .filter((name) => statSync(join(DIST, section, name)).isDirectory())
    .sort();
}

/** Decodes the entities Astro writes in text (enough for titles and labels). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
