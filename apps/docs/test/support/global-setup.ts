/** Serves the built site once for the whole run; stopped by pid at teardown. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { proseJsonText, registryJsonText } from "../../src/data/registry.ts";
import { DIST, type Preview, startPreview } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let preview: Preview | undefined;

export async function setup(project: TestProject): Promise<void> {
  let built = "";
  try {
    built = readFileSync(join(DIST, "downloads", "registry.json"), "utf8");
  } catch {
    throw new Error(`${DIST} has no site: run \`pnpm --filter @handshake/sap-docs build\` first.`);
  }
  if (built !== registryJsonText()) {
    throw new Error(
      `${DIST} was built from another registry.json than the one the tests read: rebuild it (pnpm --filter @handshake/sap-docs build).`,
    );
  }
  const prose = proseJsonText();
  let builtProse: string | undefined;
  try {
    builtProse = readFileSync(join(DIST, "downloads", "prose.json"), "utf8");
  } catch {
    builtProse = undefined;
  }
  if (builtProse !== prose) {
    throw new Error(
      `${DIST} was built from another prose.json than the one the tests read: rebuild it (pnpm --filter @handshake/sap-docs build).`,
    );
  }
  preview = await startPreview();
  project.provide("baseUrl", preview.url);
}

export async function teardown(): Promise<void> {
  await preview?.stop();
}
