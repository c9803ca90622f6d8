/**
 * No broken internal link anywhere in the build: linkinator crawls the served
 * site from its home page (every page is reachable from it), and a crawl of the
 * built HTML checks every #fragment points at an element id on its page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LinkChecker, LinkState } from "linkinator";
import { describe, expect, inject, it } from "vitest";
import { distFiles, distPath } from "./support/dist.ts";
import { DIST } from "./support/server.ts";

const baseUrl = inject("baseUrl");

describe("links", () => {
  it("every internal link answers 200 (linkinator over the served site)", async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${baseUrl}/`,
      recurse: true,
      concurrency: 8,
      timeout: 10_000,
      // Outside references are not fetched: the build and its tests run offline.
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.status ?? "-"} ${link.url} (on ${link.parent ?? "?"})`);
    expect(broken).toEqual([]);
    // The crawl reached every entry page, not just the home page.
    const checked = new Set(
      result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url),
    );
    const entryPages = distFiles(".html").filter((file) =>
      distPath(file).startsWith("anti-patterns/sap-"),
    );
    for (const file of entryPages) {
      const path = `/${distPath(file).replace(/index\.html$/, "")}`;
      expect(checked.has(`${baseUrl}${path}`), `${path} reached by the crawl`).toBe(true);
    }
  }, 180_000);

  it("every #fragment link targets an id on its page", () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (page: string): Set<string> => {
      let found = ids.get(page);
      if (found === undefined) {
        const html = readFileSync(join(DIST, page, "index.html"), "utf8");
        found = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] as string));
        ids.set(page, found);
      }
      return found;
    };
    const broken: string[] = [];
    for (const file of distFiles(".html")) {
      const here = distPath(file).replace(/index\.html$/, "");
      const html = readFileSync(file, "utf8");
      for (const match of html.matchAll(/\shref="([^"]*#[^"]+)"/g)) {
        const href = match[1] as string;
        if (/^[a-z]+:/i.test(href)) continue;
        const [path, fragment] = href.split("#") as [string, string];
        const page = path === "" ? here : path.replace(/^\//, "").replace(/\?.*$/, "");
        if (fragment === "_top") continue;
        if (!idsOf(page).has(decodeURIComponent(fragment)))
          broken.push(`${distPath(file)}: ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
