/**
 * The site builds with no network at all: `astro build` inside a fresh network
 * namespace (`unshare -n`, no interface but a down loopback) into a temporary
 * folder, and yields the same pages as dist/. Skipped where unshare is not
 * permitted (unprivileged containers); the offline checks of site.test.ts and
 * the request guard of browser.test.ts still run there.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { distFiles } from "./support/dist.ts";
import { DIST, DOCS_ROOT } from "./support/server.ts";

const canUnshare = spawnSync("unshare", ["-n", "true"]).status === 0;

describe("offline build", () => {
  it.skipIf(!canUnshare)(
    "astro build succeeds without any network and builds the same pages",
    () => {
      const work = mkdtempSync(join(tmpdir(), "sap-docs-offline-"));
      try {
        const out = join(work, "dist");
        const result = spawnSync(
          "unshare",
          [
            "-n",
            process.execPath,
            join(DOCS_ROOT, "node_modules", "astro", "astro.js"),
            "build",
            "--outDir",
            out,
          ],
          {
            cwd: DOCS_ROOT,
            env: {
              ...process.env,
              ASTRO_TELEMETRY_DISABLED: "1",
              SAP_DOCS_CACHE_DIR: join(work, "cache"),
            },
            encoding: "utf8",
          },
        );
        expect(result.status, `${result.stdout}\n${result.stderr}`.slice(-3000)).toBe(0);
        const pages = (root: string) =>
          distFiles(".html", root).map((file) => relative(root, file));
        expect(pages(out)).toEqual(pages(DIST));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
