// People, places and organisations, end to end: the hand-written entity fixture built by the real
// CLI; the pages it writes, the Nu HTML Checker and axe on the new kinds of page, and the search
// page's person, place and organisation filters in Chromium under the site's Content Security Policy.
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatViolations, runAxe } from "../support/axe.ts";
import { collectPageProblems, describeBrowser, launchChromium } from "../support/chromium.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { formatHtmlErrors, validateHtml } from "../support/vnu.ts";
import { copyFixture, readRecords, runCli, tempDir } from "./cli.ts";

const LAVROV_TITLES = [
  "Zelensky Rejects Kremlin Terms Ahead of Istanbul Talks",
  "Putin and Xi Pledge Closer Ties at Kremlin Summit",
  "Lavrov Meets Turkish Counterpart in Ankara as Grain Talks Resume",
];
const ENTITY_PAGES = ["people/index.html", "places/index.html", "organisations/index.html", "people/sergei-lavrov/index.html", "places/moscow/index.html", "organisations/nasa/index.html"];

let out: string;
beforeAll(async () => {
  const seeds = await copyFixture("entities");
  await rm(path.join(seeds, "expected.json"));
  out = path.join(await tempDir(), "site");
  const run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"]);
  expect(run.code).toBe(0);
}, 120_000);

describe("entity pages", () => {
  it("should write a page for each person named by two articles, listing them newest first with the count and mentions", async () => {
    const html = await readFile(path.join(out, "people/sergei-lavrov/index.html"), "utf8");
    const titles = [...html.matchAll(/<h2 class="article-list__title"><a [^>]*>([^<]+)<\/a>/g)].map((match) => match[1]);
    expect(titles).toEqual(LAVROV_TITLES);
    expect(html).toContain("<dd>3 articles</dd>");
    expect(html).toContain('<time datetime="2025-03-04">March 4, 2025</time>');
    expect(html).toContain('<time datetime="2026-05-15">May 15, 2026</time>');
    expect(html).toContain('<svg class="sparkline__chart"');
    expect(html).toContain("named in 3 of 15 months from March 2025 to May 2026");
    expect(html).toContain('<a href="/people/vladimir-putin/">Vladimir Putin</a>');
  });

  it("should list each kind on its index by count, and give no page to a name only one article gives", async () => {
    const people = await readFile(path.join(out, "people/index.html"), "utf8");
    expect(people.indexOf(">Sergei Lavrov</a>")).toBeGreaterThan(-1);
    expect(people.indexOf(">Sergei Lavrov</a>")).toBeLessThan(people.indexOf(">Christine Lagarde</a>"));
    expect(people).not.toContain("Hakan Fidan");
    await expect(readFile(path.join(out, "people/dmitry-kuleba/index.html"))).rejects.toThrow();
  });

  it("should list an article's entities, linked when they have a page, and More on this", async () => {
    const html = await readFile(path.join(out, "2025/03/04/lavrov-meets-turkish-counterpart-in-ankara-as-grain-talks-resume/index.html"), "utf8");
    expect(html).toContain('<dt>People</dt><dd><ul class="entity-names"><li><a href="/people/sergei-lavrov/">Sergei Lavrov</a></li><li>Dmitry Kuleba</li></ul>');
    const more = html.slice(html.indexOf('id="more-heading"'), html.indexOf("</aside>", html.indexOf('id="more-heading"')));
    expect(more).toContain(LAVROV_TITLES[0]);
    expect(more).toContain(LAVROV_TITLES[1]);
  });

  it("should give each record its entities in articles.json", async () => {
    const articles = await readRecords<{ seedFile: string; entities: Record<string, string[]> }>(out);
    const tesla = articles.find((article) => article.seedFile === "12-tesla-berlin.txt")!;
    expect(Object.keys(tesla.entities)).toEqual(["people", "places", "organisations"]);
    expect(tesla.entities.places).toContain("Berlin");
  });

  it("should pass the Nu HTML Checker on the entity pages and an article page", async () => {
    const files = [...ENTITY_PAGES, "2025/03/04/lavrov-meets-turkish-counterpart-in-ankara-as-grain-talks-resume/index.html"].map((file) => path.join(out, file));
    const errors = await validateHtml(files);
    expect(errors, formatHtmlErrors(errors, out)).toEqual([]);
  }, 120_000);
});

describeBrowser("entity pages and filters in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveStatic(out, { netlifyHeaders: true })]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  it.each(ENTITY_PAGES.map((file) => `/${file.replace(/index\.html$/, "")}`))("should show %s with no axe violations, console errors or CSP violations", async (pagePath) => {
    const context = await browser.newContext();
    page = await context.newPage();
    const problems = collectPageProblems(page);
    expect((await page.goto(`${server.url}${pagePath.slice(1)}`))!.status()).toBe(200);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it("should narrow the results to a person, a place and an organisation chosen from the lists", async () => {
    const context = await browser.newContext();
    page = await context.newPage();
    const problems = collectPageProblems(page);
    const waitForStatus = (text: string) => page.waitForFunction((t) => document.querySelector("[data-search-status]")?.textContent === t, text);
    const titles = () => page.locator(".search-result__title").allInnerTexts();
    await page.goto(`${server.url}search/?q=said`);
    await expect.poll(() => page.locator("#search-person option").allInnerTexts(), { timeout: 15_000 }).toContain("Sergei Lavrov (3)");
    await page.selectOption("#search-person", "Sergei Lavrov");
    await waitForStatus("3 results for “said” naming Sergei Lavrov.");
    expect((await titles()).sort()).toEqual([...LAVROV_TITLES].sort());
    expect(new URL(page.url()).search).toBe("?q=said&person=Sergei+Lavrov");
    await page.selectOption("#search-place", "Istanbul");
    await waitForStatus("2 results for “said” naming Sergei Lavrov and Istanbul.");
    await page.goto(`${server.url}search/?organisation=NASA`);
    await waitForStatus("3 results naming NASA.");
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });
});
