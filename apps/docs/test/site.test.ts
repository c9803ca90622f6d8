/**
 * The built site against its data, without a browser: one page per entry and
 * per event (orphans fail either way), downloads byte-identical to the packages
 * (registry.json, prose.json, the annotated schemas), and no resource from
 * another host.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dataFiles,
  loadRegistry,
  proseJsonText,
  registryJsonText,
  severityOf,
} from "../src/data/registry.ts";
import { DOCS_PACKAGE, schemaFiles } from "../src/data/source.ts";
import { decodeEntities, distFiles, distPath, pageDirs, readDist } from "./support/dist.ts";
import { DOCS_PACKAGE_DIR } from "./support/packages.ts";

const registry = loadRegistry();

describe("one page per registry id, and no page without one", () => {
  const liveIds = registry.anti_patterns.map((entry) => entry.id.toLowerCase());
  const retiredIds = registry.retired.map((entry) => entry.id.toLowerCase());

  it("has exactly the pages the registry names under /anti-patterns/", () => {
    expect(pageDirs("anti-patterns")).toEqual([...liveIds, ...retiredIds].sort());
  });

  it.each(registry.anti_patterns.map((entry) => [entry.id, entry] as const))(
    "%s: its page shows the id, title and severity",
    (id, entry) => {
      const html = readDist(`anti-patterns/${id.toLowerCase()}/index.html`);
      // Extract the facts rather than match the whole page, so a failure reads well.
      expect(decodeEntities(html.match(/<h1\b[^>]*>([^<]*)<\/h1>/)?.[1] ?? "")).toBe(
        `${id}: ${entry.title}`,
      );
      expect(html.match(/data-entry-id="([^"]*)" data-severity="([^"]*)"/)?.slice(1)).toEqual([
        id,
        entry.severity,
      ]);
      expect(decodeEntities(html.match(/>Severity: ([^<]*)</)?.[1] ?? "")).toBe(
        severityOf(registry, entry).title,
      );
    },
  );

  it.each(registry.retired.map((entry) => [entry.id] as const))(
    "%s: retired id has a tombstone",
    (id) => {
      expect(readDist(`anti-patterns/${id.toLowerCase()}/index.html`)).toContain("Retired id");
    },
  );

  it("lists every entry in the index table, once", () => {
    const html = readDist("anti-patterns/index.html");
    const rows = [...html.matchAll(/<tr data-id="(SAP-\d+)"/g)].map((match) => match[1]);
    expect(rows).toEqual(registry.anti_patterns.map((entry) => entry.id));
  });

  it("has exactly one page per audit event type", () => {
    expect(pageDirs("events")).toEqual(registry.events.map((event) => event.event_type).sort());
  });
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

describe("downloads", () => {
  it("serves registry.json byte for byte (dist/ is built from the current registry)", () => {
    const built = sha256(readDist("downloads/registry.json"));
    const current = sha256(registryJsonText());
    expect(
      built,
      "dist/ was built from another registry.json: rebuild the site (pnpm --filter @handshake/sap-docs build)",
    ).toBe(current);
  });

  it("serves prose.json byte for byte (the docs package's, which registry.json names)", () => {
    const prose = proseJsonText();
    expect(prose, "registry.json ships its prose in the docs package").toBeDefined();
    expect(
      sha256(readDist("downloads/prose.json")),
      "dist/ was built from another prose.json: rebuild the site (pnpm --filter @handshake/sap-docs build)",
    ).toBe(sha256(prose ?? ""));
  });

  it("serves every schema the package ships", () => {
    const schemas = schemaFiles();
    expect(Object.keys(schemas).length).toBeGreaterThan(0);
    for (const [name, path] of Object.entries(schemas)) {
      expect(sha256(readDist(`downloads/schemas/${name}`)), name).toBe(
        sha256(readFileSync(path, "utf8")),
      );
    }
  });

  it("the schemas are the docs package's, as authored (annotated)", () => {
    for (const [name, path] of Object.entries(schemaFiles())) {
      expect(path.startsWith(`${DOCS_PACKAGE_DIR}/`), `${name} from ${DOCS_PACKAGE}`).toBe(true);
      expect(readDist(`downloads/schemas/${name}`), name).toMatch(/"description"\s*:/);
    }
  });

  it("the downloads page links exactly the files dist/ serves", () => {
    const html = readDist("downloads/index.html");
    const links = [...html.matchAll(/<a href="(\/downloads\/[^"]+)" download>/g)].map(
      (match) => match[1],
    );
    const expected = [
      "/downloads/registry.json",
      ...(dataFiles().prose === undefined ? [] : ["/downloads/prose.json"]),
      ...Object.keys(schemaFiles()).map((name) => `/downloads/schemas/${name}`),
    ];
    expect(links).toEqual(expected);
    for (const link of expected) expect(() => readDist(link.slice(1)), link).not.toThrow();
  });
});

describe("offline: nothing is loaded from another host", () => {
  const external = /^(?:https?:)?\/\//i;

  it("HTML references only local scripts, styles, images and frames", () => {
    const offenders: string[] = [];
    for (const file of distFiles(".html")) {
      const html = readFileSync(file, "utf8");
      for (const tag of html.matchAll(
        /<(script|img|iframe|source|audio|video|embed|link)\b[^>]*>/gi,
      )) {
        const element = tag[0];
        if (
          /^<link/i.test(element) &&
          !/rel="(?:stylesheet|preload|modulepreload|icon|shortcut icon|manifest|prefetch)"/i.test(
            element,
          )
        ) {
          continue;
        }
        for (const attr of element.matchAll(/\b(?:src|href|srcset)="([^"]*)"/gi)) {
          if (external.test(attr[1] ?? "")) offenders.push(`${distPath(file)}: ${element}`);
        }
      }
      for (const url of html.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/gi)) {
        offenders.push(`${distPath(file)}: url(${url[1]})`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("CSS loads no remote fonts or images", () => {
    const offenders: string[] = [];
    for (const file of distFiles(".css")) {
      const css = readFileSync(file, "utf8");
      for (const url of css.matchAll(/(?:url\(|@import\s+)\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) {
        offenders.push(`${distPath(file)}: ${url[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
