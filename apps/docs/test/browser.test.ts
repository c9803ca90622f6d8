/**
 * The built site in Debian's Chromium, served by `astro preview` on localhost
 * (test/support/global-setup.ts): pages render their data, the index filters,
 * search finds entries, no console errors, no request leaves localhost, and axe
 * finds no serious accessibility violation. Screenshots go to test-results/.
 */
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { withProse } from "@handshake/session-anti-patterns-docs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { dataFiles, loadRegistry, severityOf } from "../src/data/registry.ts";
import { schemaFiles } from "../src/data/source.ts";
import { type Browser, launchBrowser } from "./support/browser.ts";
import { DOCS_ROOT } from "./support/server.ts";

const registry = loadRegistry();
const baseUrl = inject("baseUrl");
const RESULTS = join(DOCS_ROOT, "test-results");
const AXE = createRequire(join(DOCS_ROOT, "package.json")).resolve("axe-core/axe.min.js");

let browser: Browser;
let context: BrowserContext;
/** Problems seen on any page: console errors, page errors, requests off localhost. */
const problems: string[] = [];

async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`${path}: console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`${path}: page error: ${error.message}`));
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: "load" });
  expect(response?.status(), `${path} status`).toBe(200);
  return page;
}

beforeAll(async () => {
  mkdirSync(RESULTS, { recursive: true });
  browser = await launchBrowser();
  context = browser.context;
  // Offline at view time: any request to another host is recorded and refused.
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.origin === baseUrl) return route.continue();
    problems.push(`request to another host: ${url.href}`);
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("entry pages", () => {
  it.each(registry.anti_patterns.map((entry) => [entry.id, entry] as const))(
    "%s renders its id and severity",
    async (id, entry) => {
      const page = await open(`/anti-patterns/${id.toLowerCase()}/`);
      await expect(page.locator("h1").textContent()).resolves.toBe(`${id}: ${entry.title}`);
      const badge = page.locator(".sap-badges .sap-severity");
      await expect(badge.textContent()).resolves.toBe(
        `Severity: ${severityOf(registry, entry).title}`,
      );
      expect(await badge.isVisible()).toBe(true);
      // The runtime badge: runs today, or the proposed events it waits for, each linked.
      const runtime = page.locator(".sap-badges .sap-runtime");
      const text = ((await runtime.textContent()) ?? "").replace(/\s+/g, " ").trim();
      const { runs_on_runtime, missing_events } = entry.coverage;
      expect(text).toBe(
        runs_on_runtime ? "Runs on today's runtime" : `Waiting for: ${missing_events.join(", ")}`,
      );
      const links = await runtime
        .locator("a")
        .evaluateAll((anchors) =>
          anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        );
      const href = await runtime.getAttribute("href");
      if (runs_on_runtime) expect(href).toBe("/anti-patterns/?runtime=runs");
      else expect(links).toEqual(missing_events.map((type) => `/events/${type}/`));
      await page.close();
    },
  );

  it("an entry page shows its prose: summary, description, tier actions and example logs", async () => {
    const entry = registry.anti_patterns[0];
    if (entry === undefined) throw new Error("registry has no entries");
    const page = await open(`/anti-patterns/${entry.id.toLowerCase()}/`);
    const lead = (await page.locator(".sap-lead").textContent()) ?? "";
    expect(lead.replace(/\s+/g, " ").trim()).toBe(entry.summary.replace(/\s+/g, " ").trim());
    const description = page.locator(".sap-description");
    expect(await description.isVisible()).toBe(true);
    expect(((await description.textContent()) ?? "").trim().length).toBeGreaterThan(40);
    const rungs = page.locator(".sap-ladder .sap-rung > p");
    await expect(rungs.count()).resolves.toBe(entry.enforcement.tiers.length);
    for (const [index, tier] of entry.enforcement.tiers.entries()) {
      const text = ((await rungs.nth(index).textContent()) ?? "").replace(/\s+/g, " ").trim();
      expect(text).toBe(tier.action.replace(/\s+/g, " ").trim());
    }
    const examples = [...entry.examples.trigger, ...entry.examples.no_trigger];
    const sections = page.locator("section.sap-example");
    await expect(sections.count()).resolves.toBe(examples.length);
    for (const [index, example] of examples.entries()) {
      const section = sections.nth(index);
      await expect(section.locator("h3").textContent()).resolves.toContain(example.name);
      await expect(section.locator(".sap-timeline > li").count()).resolves.toBe(
        example.events.length,
      );
    }
    await page.close();
  });

  it.each(["light", "dark"] as const)(
    "an entry page is screenshotted and has no serious accessibility violation (%s theme)",
    async (scheme) => {
      const entry = registry.anti_patterns[0];
      if (entry === undefined) throw new Error("registry has no entries");
      const page = await open(`/anti-patterns/${entry.id.toLowerCase()}/`, scheme);
      const suffix = scheme === "light" ? "" : "-dark";
      await page.screenshot({
        path: join(RESULTS, `entry-${entry.id.toLowerCase()}${suffix}.png`),
        fullPage: true,
      });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe("index", () => {
  const total = registry.anti_patterns.length;
  const rows = (page: Page) => page.locator("table.sap-entries tbody tr:visible");

  it("lists every entry and is screenshotted", async () => {
    const page = await open("/anti-patterns/");
    await expect(rows(page).count()).resolves.toBe(total);
    await page.screenshot({ path: join(RESULTS, "index.png"), fullPage: true });
    await page.close();
  });

  it("filters change the visible rows, and clearing restores them", async () => {
    const page = await open("/anti-patterns/");
    const severity = mostCommon(registry.anti_patterns.map((entry) => entry.severity));
    const expected = registry.anti_patterns.filter((entry) => entry.severity === severity);
    await page.selectOption('select[name="severity"]', severity);
    await expect(rows(page).count()).resolves.toBe(expected.length);
    expect(
      await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id"))),
    ).toEqual(expected.map((entry) => entry.id));
    expect(new URL(page.url()).searchParams.get("severity")).toBe(severity);
    await expect(page.locator(".sap-count").textContent()).resolves.toBe(
      `${expected.length} of ${total} entries`,
    );

    // A second facet narrows further (both must hold).
    const category = expected[0]?.category ?? "";
    await page.selectOption('select[name="category"]', category);
    const both = expected.filter((entry) => entry.category === category);
    await expect(rows(page).count()).resolves.toBe(both.length);

    await page.click('form.sap-filters button[type="reset"]');
    await expect.poll(() => rows(page).count()).toBe(total);
    await page.close();
  });

  it("every facet filters: detection source, outcome and status", async () => {
    const page = await open("/anti-patterns/");
    const cases: [string, string, (entry: (typeof registry.anti_patterns)[number]) => boolean][] =
      [];
    const source = registry.anti_patterns[0]?.detection[0]?.source ?? "";
    cases.push([
      "source",
      source,
      (entry) => entry.detection.some((spec) => spec.source === source),
    ]);
    const outcome = registry.outcomes.at(-1)?.id ?? "";
    cases.push([
      "outcome",
      outcome,
      (entry) => entry.enforcement.tiers.some((tier) => tier.outcome === outcome),
    ]);
    cases.push(["status", "stable", (entry) => entry.status === "stable"]);
    for (const [facet, value, keep] of cases) {
      await page.selectOption(`select[name="${facet}"]`, value);
      await expect(rows(page).count(), `${facet}=${value}`).resolves.toBe(
        registry.anti_patterns.filter(keep).length,
      );
      await page.selectOption(`select[name="${facet}"]`, "");
    }
    await page.close();
  });

  it("the runtime filter keeps the entries that run on today's runtime, or those waiting", async () => {
    const page = await open("/anti-patterns/");
    for (const [value, runs] of [
      ["runs", true],
      ["waiting", false],
    ] as const) {
      await page.selectOption('select[name="runtime"]', value);
      const expected = registry.anti_patterns.filter((e) => e.coverage.runs_on_runtime === runs);
      expect(
        await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-id"))),
        value,
      ).toEqual(expected.map((entry) => entry.id));
      expect(new URL(page.url()).searchParams.get("runtime")).toBe(value);
    }
    await page.close();
    const shared = await open("/anti-patterns/?runtime=runs");
    await expect(rows(shared).count()).resolves.toBe(
      registry.anti_patterns.filter((e) => e.coverage.runs_on_runtime).length,
    );
    await shared.close();
  });

  it("opens pre-filtered from a shared URL", async () => {
    const page = await open("/anti-patterns/?severity=critical");
    const critical = registry.anti_patterns.filter((entry) => entry.severity === "critical").length;
    await expect(rows(page).count()).resolves.toBe(critical);
    await page.close();
  });

  it("sorts by a column header", async () => {
    const page = await open("/anti-patterns/");
    await page.click('th[data-sort-key="severity"] button');
    const first = await rows(page).first().getAttribute("data-severity");
    expect(first).toBe(
      registry.severities.find((s) => registry.anti_patterns.some((e) => e.severity === s.id))?.id,
    );
    await page.click('th[data-sort-key="severity"] button');
    const top = [...registry.severities]
      .reverse()
      .find((s) => registry.anti_patterns.some((e) => e.severity === s.id));
    await expect(rows(page).first().getAttribute("data-severity")).resolves.toBe(top?.id);
    await page.close();
  });

  it.each(["light", "dark"] as const)(
    "has no serious accessibility violation (%s theme)",
    async (scheme) => {
      const page = await open("/anti-patterns/", scheme);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe("without JavaScript", () => {
  it("the index is readable and its filters still work", async () => {
    const second = await launchBrowser({ javaScriptEnabled: false });
    const ctx = second.context;
    const page = await ctx.newPage();
    await page.goto(`${baseUrl}/anti-patterns/`);
    const visible = page.locator("table.sap-entries tbody tr:visible");
    await expect(visible.count()).resolves.toBe(registry.anti_patterns.length);
    const severity = mostCommon(registry.anti_patterns.map((entry) => entry.severity));
    await page.selectOption('select[name="severity"]', severity);
    await expect(visible.count()).resolves.toBe(
      registry.anti_patterns.filter((entry) => entry.severity === severity).length,
    );
    await page.selectOption('select[name="severity"]', "");
    await page.selectOption('select[name="runtime"]', "waiting");
    await expect(visible.count()).resolves.toBe(
      registry.anti_patterns.filter((entry) => !entry.coverage.runs_on_runtime).length,
    );
    await page.selectOption('select[name="runtime"]', "runs");
    await expect(visible.count()).resolves.toBe(
      registry.anti_patterns.filter((entry) => entry.coverage.runs_on_runtime).length,
    );
    await page.screenshot({ path: join(RESULTS, "index-no-js.png") });
    await page.close();
    await second.close();
  });
});

describe("search (Pagefind)", () => {
  async function search(query: string, screenshot?: string): Promise<string[]> {
    const page = await open("/");
    await page.click("site-search button[data-open-modal]");
    const input = page.locator("#starlight__search input.pagefind-ui__search-input");
    await input.waitFor();
    await input.fill(query);
    const links = page.locator("#starlight__search .pagefind-ui__result-link");
    await links.first().waitFor({ timeout: 15_000 });
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    if (screenshot !== undefined) await page.screenshot({ path: join(RESULTS, screenshot) });
    await page.close();
    return hrefs;
  }

  const entry = registry.anti_patterns[5] ?? registry.anti_patterns[0];
  if (entry === undefined) throw new Error("registry has no entries");
  const url = `/anti-patterns/${entry.id.toLowerCase()}/`;

  it(`finds ${entry.id} by its id, as the first result`, async () => {
    expect((await search(entry.id, "search.png"))[0]).toBe(url);
  });

  it(`finds ${entry.id} by a title word`, async () => {
    // The title's most distinctive word: the one fewest other titles share.
    const words = entry.title.split(/[^A-Za-z]+/).filter((word) => word.length > 4);
    const rarity = (word: string) =>
      registry.anti_patterns.filter((other) =>
        other.title.toLowerCase().includes(word.toLowerCase()),
      ).length;
    const word = [...words].sort((a, b) => rarity(a) - rarity(b))[0] ?? entry.title;
    expect(await search(word)).toContain(url);
  });

  it(`finds ${entry.id} by a rule id it references`, async () => {
    const rule = entry.references.rules[0] ?? "";
    const citing = registry.anti_patterns.filter((other) => other.references.rules.includes(rule));
    const hrefs = await search(rule);
    expect(
      hrefs.some((href) =>
        citing.some((other) => href === `/anti-patterns/${other.id.toLowerCase()}/`),
      ),
    ).toBe(true);
  });
});

describe("one page of every other kind", () => {
  const event = registry.events[0]?.event_type ?? "";
  it.each([
    "/",
    `/events/`,
    `/events/${event}/`,
    "/rules/",
    "/runtime-needs/",
    "/releases/",
    "/downloads/",
    "/guide/reading-an-entry/",
  ])("%s has no serious accessibility violation", async (path) => {
    const page = await open(path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("events the registry needs from the runtime", () => {
  const proposed = registry.events.filter((event) => event.origin !== "runtime");
  const waitingFor = (type: string) =>
    registry.anti_patterns
      .filter((entry) => entry.coverage.missing_events.some((missing) => missing === type))
      .map((entry) => entry.id);

  it("lists every proposed event with its payload and exactly the entries waiting for it", async () => {
    const page = await open("/runtime-needs/");
    await page.screenshot({ path: join(RESULTS, "runtime-needs.png"), fullPage: true });
    const running = registry.anti_patterns.filter((e) => e.coverage.runs_on_runtime).length;
    const lead = ((await page.locator(".sap-lead").textContent()) ?? "").replace(/\s+/g, " ");
    expect(lead).toContain(`${running} of ${registry.anti_patterns.length} entries`);
    const listed = await page
      .locator("table.sap-needs tbody tr")
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-event-type")));
    expect([...listed].sort()).toEqual(proposed.map((event) => event.event_type).sort());
    for (const event of proposed) {
      const waiting = waitingFor(event.event_type);
      const section = page.locator(`section.sap-need[data-event-type="${event.event_type}"]`);
      if (waiting.length === 0) {
        await expect(section.count(), event.event_type).resolves.toBe(0);
        await expect(
          page.locator(`.sap-needs-unwanted li[data-event-type="${event.event_type}"]`).count(),
        ).resolves.toBe(1);
        continue;
      }
      const fields = await section
        .locator("table.sap-need-payload tbody th")
        .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
      expect(fields, event.event_type).toEqual(Object.keys(event.payload));
      const entries = await section
        .locator(".sap-entry-list a")
        .evaluateAll((anchors) =>
          anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        );
      expect(entries, event.event_type).toEqual(
        waiting.map((id) => `/anti-patterns/${id.toLowerCase()}/`),
      );
    }
    // Most waited-for first.
    const counts = await page
      .locator("table.sap-needs tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute("data-waiting"))));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  it("event pages say whether the runtime records the event; a proposed one lists who waits", async () => {
    const runtime = registry.events.find((event) => event.origin === "runtime");
    const wanted = proposed.find((event) => waitingFor(event.event_type).length > 0);
    if (runtime === undefined || wanted === undefined) return; // nothing to contrast
    const recorded = await open(`/events/${runtime.event_type}/`);
    await expect(recorded.locator(".sap-badges").getAttribute("data-origin")).resolves.toBe(
      "runtime",
    );
    await expect(recorded.locator("#waiting").count()).resolves.toBe(0);
    await recorded.close();
    const page = await open(`/events/${wanted.event_type}/`);
    await expect(page.locator(".sap-badges").getAttribute("data-origin")).resolves.toBe("proposed");
    const ids = await page
      .locator("#waiting ~ .sap-entry-list a")
      .evaluateAll((anchors) => anchors.map((a) => a.querySelector("code")?.textContent));
    expect(ids).toEqual(waitingFor(wanted.event_type));
    await page.close();
  });
});

describe("downloads", () => {
  it("links registry.json, prose.json and the schemas; the two data files join into the site's registry", async () => {
    const page = await open("/downloads/");
    const hrefs = await page
      .locator("main a[download]")
      .evaluateAll((anchors) =>
        anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
    const prose = dataFiles().prose !== undefined;
    expect(hrefs).toEqual([
      "/downloads/registry.json",
      ...(prose ? ["/downloads/prose.json"] : []),
      ...Object.keys(schemaFiles()).map((name) => `/downloads/schemas/${name}`),
    ]);
    const bodies = await page.evaluate(async (paths) => {
      const out: Record<string, { status: number; text: string }> = {};
      for (const path of paths) {
        const response = await fetch(path);
        out[path] = { status: response.status, text: await response.text() };
      }
      return out;
    }, hrefs);
    for (const href of hrefs) {
      expect(bodies[href]?.status, href).toBe(200);
      expect(() => JSON.parse(bodies[href]?.text ?? ""), href).not.toThrow();
    }
    const machine = JSON.parse(bodies["/downloads/registry.json"]?.text ?? "{}");
    const full = prose
      ? withProse(machine, JSON.parse(bodies["/downloads/prose.json"]?.text ?? "{}"))
      : machine;
    expect(full).toEqual(registry);
    await page.close();
  });
});

describe("every page", () => {
  it("had no console error, page error or request to another host", () => {
    expect(problems).toEqual([]);
  });
});

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return (
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? ""
  );
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/** Serious and critical axe violations, as readable strings. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (context?: unknown) => Promise<unknown> } }).axe.run(
      document,
    ),
  )) as AxeResult;
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes
          .slice(0, 5)
          .map((node) => JSON.stringify(node.target))
          .join(", ")})`,
    );
}
