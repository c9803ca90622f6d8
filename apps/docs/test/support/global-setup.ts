/** Serves the built site once for the whole run; stopped by pid at teardown. */
import type { TestProject } from "vitest/node";
import { type Preview, startPreview } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let preview: Preview | undefined;

export async function setup(project: TestProject): Promise<void> {
  preview = await startPreview();
  project.provide("baseUrl", preview.url);
}

export async function teardown(): Promise<void> {
  await preview?.stop();
}
