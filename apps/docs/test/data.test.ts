/**
 * The site's data is the registry package's registry.json (machine members
 * only, with a `prose_in` marker) joined with the docs package's prose.json,
 * both found through the packages' exports maps: checked on the real files,
 * on the built pages, and for the errors a wrong or missing prose.json gives.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withProse } from "@handshake/session-anti-patterns-docs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dataFiles, loadRegistry, proseJsonText, registryJsonText } from "../src/data/registry.ts";
import {
  DOCS_PACKAGE,
  PROSE_MARKER,
  proseJsonPath,
  REGISTRY_PACKAGE,
  registryJsonPath,
  schemaFiles,
  splitSpecifier,
} from "../src/data/source.ts";
import { decodeEntities, readDist } from "./support/dist.ts";
import { DOCS_PACKAGE_DIR, REGISTRY_PACKAGE_DIR } from "./support/packages.ts";

type Json = Record<string, unknown>;
const parse = (text: string) => JSON.parse(text) as Json;

const ENV = ["SAP_REGISTRY_JSON", "SAP_PROSE_JSON", "SAP_SCHEMAS_DIR", "SAP_DOCS_ROOT"] as const;
let saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};
let work = "";

beforeEach(() => {
  saved = Object.fromEntries(ENV.map((name) => [name, process.env[name]]));
  work = mkdtempSync(join(tmpdir(), "sap-docs-data-"));
});

afterEach(() => {
  for (const name of ENV) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  rmSync(work, { recursive: true, force: true });
});

/** The real files, as the site resolves them with no override. */
function realFiles(): { registryPath: string; prosePath: string; machine: Json; prose: Json } {
  const registryPath = registryJsonPath();
  const machine = parse(readFileSync(registryPath, "utf8"));
  const prosePath = proseJsonPath(registryPath, String(machine[PROSE_MARKER]));
  return { registryPath, prosePath, machine, prose: parse(readFileSync(prosePath, "utf8")) };
}

function writeJson(name: string, value: unknown): string {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe("the real files, as a consumer gets them", () => {
  it("registry.json comes from the workspace's registry package and prose.json from its docs package, through their exports maps", () => {
    const { registryPath, prosePath, machine } = realFiles();
    expect(registryPath).toBe(join(REGISTRY_PACKAGE_DIR, "generated", "registry.json"));
    expect(machine[PROSE_MARKER]).toBe(`${DOCS_PACKAGE}/prose.json`);
    expect(prosePath).toBe(join(DOCS_PACKAGE_DIR, "generated", "prose.json"));
    expect(dataFiles()).toMatchObject({ registry: registryPath, prose: { path: prosePath } });
    expect(registryJsonText()).toBe(readFileSync(registryPath, "utf8"));
    expect(proseJsonText()).toBe(readFileSync(prosePath, "utf8"));
  });

  it("registry.json alone carries no prose; the site's registry is withProse(registry.json, prose.json)", () => {
    const { machine, prose } = realFiles();
    const entries = machine.anti_patterns as Json[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry, String(entry.id)).not.toHaveProperty("description");
      expect(entry, String(entry.id)).not.toHaveProperty("examples");
    }
    const joined = withProse(
      machine as Json & { version: string; content_hash: string },
      prose as never,
    );
    expect(loadRegistry()).toEqual(joined);
    expect(loadRegistry()).not.toHaveProperty(PROSE_MARKER);
  });

  it("every entry has its prose: summary, description, tier actions and example logs", () => {
    const registry = loadRegistry();
    expect(registry.description.trim().length).toBeGreaterThan(0);
    for (const entry of registry.anti_patterns) {
      expect(entry.summary.length, entry.id).toBeGreaterThan(0);
      expect(entry.description.length, entry.id).toBeGreaterThan(0);
      expect(entry.examples.trigger.length, entry.id).toBeGreaterThan(0);
      for (const tier of entry.enforcement.tiers)
        expect(tier.action.length, entry.id).toBeGreaterThan(0);
    }
  });

  it("offers the docs package's JSON Schemas, with their annotations", () => {
    const schemas = schemaFiles();
    expect(Object.keys(schemas)).toContain("registry.schema.json");
    for (const [name, path] of Object.entries(schemas)) {
      expect(path, name).toBe(join(DOCS_PACKAGE_DIR, "schemas", name));
      expect(readFileSync(path, "utf8"), name).toMatch(/"description"\s*:/);
    }
  });

  it("reads the prose_in marker as a package and an export subpath", () => {
    expect(splitSpecifier(`${DOCS_PACKAGE}/prose.json`)).toEqual({
      name: DOCS_PACKAGE,
      subpath: "./prose.json",
    });
    expect(splitSpecifier("plain/prose.json")).toEqual({ name: "plain", subpath: "./prose.json" });
    expect(splitSpecifier("prose.json")).toBeUndefined();
  });
});

/** Words of the first paragraph of a Markdown text, without link targets and markup. */
function leadingWords(markdown: string, count: number): string[] {
  const first = markdown.trim().split(/\n\s*\n/)[0] ?? "";
  // Letters only: Markdown renders quotes and dashes typographically.
  return (first.replace(/\]\([^)]*\)/g, "").match(/[A-Za-z]{4,}/g) ?? []).slice(0, count);
}

describe("the built entry pages show the joined prose", () => {
  const registry = loadRegistry();

  it.each(registry.anti_patterns.map((entry) => [entry.id, entry] as const))(
    "%s: summary, description and every example log",
    (id, entry) => {
      const html = readDist(`anti-patterns/${id.toLowerCase()}/index.html`);
      expect(
        decodeEntities(html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? ""),
      ).toBe(entry.summary);
      const description = decodeEntities(
        (html.match(/<div class="sap-description"[^>]*>([\s\S]*?)<\/div>\s*<h2/)?.[1] ?? "")
          .replace(/<[^>]+>/g, " ")
          .replace(/\s+/g, " "),
      );
      const words = leadingWords(entry.description, 12);
      expect(words.length, `${id} description words`).toBeGreaterThan(0);
      for (const word of words) expect(description, `${id} description`).toContain(word);

      const examples = [...entry.examples.trigger, ...entry.examples.no_trigger];
      const sections = html.match(/<section class="sap-example /g) ?? [];
      expect(sections.length, `${id} examples`).toBe(examples.length);
      const text = decodeEntities(html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " "));
      for (const example of examples) {
        expect(text, `${id} example name`).toContain(example.name);
        for (const event of example.events) {
          expect(text, `${id} ${example.name}`).toContain(
            `${event.event_id} · session ${event.session_id}`,
          );
        }
      }
    },
  );
});

describe("a registry.json without the marker is a full registry, used as is", () => {
  it("needs no prose.json and no docs package (the benchmark's synthetic registry)", () => {
    const { machine, prose } = realFiles();
    const full = withProse(
      machine as Json & { version: string; content_hash: string },
      prose as never,
    );
    process.env.SAP_REGISTRY_JSON = writeJson("full-registry.json", full);
    // Nothing resolves from an empty folder: no registry package, no docs package.
    process.env.SAP_DOCS_ROOT = work;
    expect(loadRegistry()).toEqual(full);
    expect(dataFiles().prose).toBeUndefined();
    expect(proseJsonText()).toBeUndefined();
  });

  it("a machine registry.json that lost its marker fails and says why", () => {
    const { machine } = realFiles();
    const { [PROSE_MARKER]: _marker, ...unmarked } = machine;
    const path = writeJson("registry.json", unmarked);
    process.env.SAP_REGISTRY_JSON = path;
    expect(() => loadRegistry()).toThrow(path);
    expect(() => loadRegistry()).toThrow(
      /is missing\. A registry\.json from .* needs its "prose_in" marker/,
    );
  });
});

describe("clear errors", () => {
  it("a prose.json of other registry content names both files and says what to do", () => {
    const { registryPath, prose } = realFiles();
    const wrong = writeJson("prose.json", {
      ...prose,
      content_hash: `sha256:${"0".repeat(64)}`,
    });
    process.env.SAP_PROSE_JSON = wrong;
    const error = captureError(() => loadRegistry());
    expect(error).toContain(`${wrong} does not complete ${registryPath}`);
    expect(error).toContain("belongs to other registry content");
    expect(error).toContain(`Install ${REGISTRY_PACKAGE} and ${DOCS_PACKAGE} at the same version`);
    expect(error).toContain("SAP_PROSE_JSON");
  });

  it("a prose.json that does not fit registry.json names both files", () => {
    const { registryPath, prose } = realFiles();
    const body = prose.prose as Json;
    const entries = body.anti_patterns as unknown[];
    const wrong = writeJson("prose.json", {
      ...prose,
      prose: { ...body, anti_patterns: [...entries, { summary: "one entry too many" }] },
    });
    process.env.SAP_PROSE_JSON = wrong;
    const error = captureError(() => loadRegistry());
    expect(error).toContain(`${wrong} does not complete ${registryPath}`);
    expect(error).toContain("does not fit registry.json at /anti_patterns");
  });

  it("a registry.json with more entries than its prose.json covers names the entry and both files", () => {
    const { machine, prosePath } = realFiles();
    const entries = machine.anti_patterns as Json[];
    const extra = { ...entries[0], id: "SAP-999", slug: "extra-entry" };
    const path = writeJson("registry.json", { ...machine, anti_patterns: [...entries, extra] });
    process.env.SAP_REGISTRY_JSON = path;
    const error = captureError(() => loadRegistry());
    expect(error).toContain(`${path} joined with ${prosePath}: SAP-999's "summary" is missing`);
    expect(error).toContain("must be a full registry");
  });

  it("an entry without registry.json's enforcement defaults names the entry and what to run", () => {
    const { machine, prose } = realFiles();
    const full = withProse(
      machine as Json & { version: string; content_hash: string },
      prose as never,
    );
    const entries = full.anti_patterns as Json[];
    const first = entries[0] as Json;
    const { mode: _mode, ...enforcement } = first.enforcement as Json;
    const path = writeJson("full-registry.json", {
      ...full,
      anti_patterns: [{ ...first, enforcement }, ...entries.slice(1)],
    });
    process.env.SAP_REGISTRY_JSON = path;
    expect(() => loadRegistry()).toThrow(
      `${path}: ${String(first.id)}'s "enforcement" lacks "mode" or "per"`,
    );
  });

  it("a prose.json that is not one names the file", () => {
    const notJson = join(work, "broken.json");
    writeFileSync(notJson, "{ not json");
    process.env.SAP_PROSE_JSON = notJson;
    expect(() => loadRegistry()).toThrow(`${notJson}: not valid JSON`);
    const notProse = writeJson("registry-instead.json", { version: "0.1.0" });
    process.env.SAP_PROSE_JSON = notProse;
    expect(() => loadRegistry()).toThrow(`${notProse}: "content_hash" must be a string`);
    process.env.SAP_PROSE_JSON = join(work, "absent.json");
    expect(() => loadRegistry()).toThrow(`SAP_PROSE_JSON names ${join(work, "absent.json")}`);
  });

  it("a missing docs package names the registry.json, the package and what to do", () => {
    const { registryPath } = realFiles();
    process.env.SAP_REGISTRY_JSON = registryPath;
    process.env.SAP_DOCS_ROOT = work;
    const error = captureError(() => loadRegistry());
    expect(error).toContain(
      `${registryPath} ships without its prose and names ${DOCS_PACKAGE}/prose.json`,
    );
    expect(error).toContain(`${DOCS_PACKAGE} is not installed for apps/docs`);
    expect(error).toContain("pnpm install");
    expect(error).toContain("SAP_PROSE_JSON");
  });
});

/** A package `name` installed in `work`'s node_modules with `exports`, and nothing else. */
function fakePackage(name: string, exports: Record<string, string>): void {
  const dir = join(work, "node_modules", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name, exports }));
}

describe("finding the packages from apps/docs, as Node resolves them", () => {
  beforeEach(() => {
    process.env.SAP_DOCS_ROOT = work;
  });

  it("a registry package that is not installed: names it and says what to run", () => {
    const error = captureError(() => registryJsonPath());
    expect(error).toContain(`${REGISTRY_PACKAGE} is not installed for apps/docs`);
    expect(error).toContain(`it does not resolve from ${work}`);
    expect(error).toContain("pnpm install");
    expect(error).toContain("SAP_REGISTRY_JSON");
  });

  it("a registry package that is not built: names the missing file and says what to run", () => {
    fakePackage(REGISTRY_PACKAGE, { "./registry.json": "./generated/registry.json" });
    const error = captureError(() => registryJsonPath());
    expect(error).toContain(`${REGISTRY_PACKAGE}'s ./registry.json is missing`);
    expect(error).toContain(
      join(work, "node_modules", REGISTRY_PACKAGE, "generated/registry.json"),
    );
    expect(error).toContain(
      `pnpm sap generate, then pnpm turbo run build --filter ${REGISTRY_PACKAGE}`,
    );
  });

  it("a registry package that does not export registry.json says so", () => {
    fakePackage(REGISTRY_PACKAGE, { ".": "./index.js" });
    expect(() => registryJsonPath()).toThrow(`${REGISTRY_PACKAGE} does not export ./registry.json`);
  });

  it("resolves through the exports map, whatever file it names", () => {
    fakePackage(REGISTRY_PACKAGE, { "./registry.json": "./elsewhere/r.json" });
    const target = join(work, "node_modules", REGISTRY_PACKAGE, "elsewhere", "r.json");
    mkdirSync(join(target, ".."));
    writeFileSync(target, "{}");
    expect(registryJsonPath()).toBe(target);
  });

  it("a docs package that exports no schemas offers none", () => {
    fakePackage(DOCS_PACKAGE, { "./prose.json": "./prose.json" });
    expect(schemaFiles()).toEqual({});
  });

  it("a docs package whose exported schemas are missing says so", () => {
    fakePackage(DOCS_PACKAGE, { "./schemas/*": "./schemas/*" });
    expect(() => schemaFiles()).toThrow(
      `${DOCS_PACKAGE}'s ./schemas/registry.schema.json is missing`,
    );
  });
});

describe("the cache follows both files", () => {
  it("reloads when prose.json or registry.json changes, and not otherwise", () => {
    const { registryPath, prosePath } = realFiles();
    const registryCopy = join(work, "registry.json");
    const proseCopy = join(work, "prose.json");
    copyFileSync(registryPath, registryCopy);
    copyFileSync(prosePath, proseCopy);
    process.env.SAP_REGISTRY_JSON = registryCopy;
    process.env.SAP_PROSE_JSON = proseCopy;

    const first = loadRegistry();
    expect(loadRegistry()).toBe(first);
    expect(dataFiles().prose?.path).toBe(proseCopy);

    // prose.json changes (same content hash, so it still joins): the site sees it.
    const prose = parse(readFileSync(proseCopy, "utf8"));
    const entries = (prose.prose as Json).anti_patterns as Json[];
    entries[0] = { ...entries[0], summary: "A changed summary." };
    writeFileSync(proseCopy, JSON.stringify(prose));
    touchLater(proseCopy);
    const second = loadRegistry();
    expect(second).not.toBe(first);
    expect(second.anti_patterns[0]?.summary).toBe("A changed summary.");
    expect(loadRegistry()).toBe(second);

    // registry.json changes: reloaded, and joined with the current prose.json.
    const machine = parse(readFileSync(registryCopy, "utf8"));
    machine.title = "A changed title";
    writeFileSync(registryCopy, JSON.stringify(machine));
    touchLater(registryCopy);
    const third = loadRegistry();
    expect(third.title).toBe("A changed title");
    expect(third.anti_patterns[0]?.summary).toBe("A changed summary.");

    // Pointing SAP_PROSE_JSON at another file reloads too.
    process.env.SAP_PROSE_JSON = prosePath;
    expect(loadRegistry().anti_patterns[0]?.summary).toBe(first.anti_patterns[0]?.summary);
  });
});

function captureError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

/** Moves a file's mtime forward, so a rewrite within the same millisecond still counts. */
function touchLater(path: string): void {
  const { mtime } = statSync(path);
  const later = new Date(mtime.getTime() + 2000);
  utimesSync(path, later, later);
}
