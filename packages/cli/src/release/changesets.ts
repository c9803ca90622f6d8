import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { errorMessage, type PendingChangeset, parseChangeset } from "@handshake/sap-core";
import type { Project } from "./project.js";
import { SourceError } from "./source.js";

/** Every pending `.changeset/*.md` (README.md excepted), sorted by id. */
export function readChangesets(project: Project): PendingChangeset[] {
  let names: string[];
  try {
    names = readdirSync(project.changesetDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((n) => n.endsWith(".md") && n.toLowerCase() !== "readme.md")
    .sort()
    .map((n) => {
      try {
        return parseChangeset(n.slice(0, -3), readFileSync(join(project.changesetDir, n), "utf8"));
      } catch (error) {
        throw new SourceError(errorMessage(error));
      }
    });
}
