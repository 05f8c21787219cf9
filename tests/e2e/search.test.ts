// Search in a real browser: the fixture archive built by the real CLI, served on localhost under
// a strict Content Security Policy, at / and under /news/, searched in headless Chromium.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { formatViolations, runAxe } from "../support/axe.ts";
import { collectPageProblems, describeBrowser, launchChromium, type PageProblems } from "../support/chromium.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { fixtures, runCli, runScript, tempDir } from "./cli.ts";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const TITLES = {
  ferry: "Harbour Ferry Service Resumes After the Storm",
  nightTrams: "Night Trams Return to the Harbour District",
  tramOpens: "New Tram Line Opens in the Old Town",
  budget: "City Council Approves the 2025 Budget",
  tramStrike: "Tram Drivers Vote to Strike Over Night Shifts",
  cafe: "Zürich Café Owners Protest New Rent Rules",
  putin: "Путин встретился с журналистами",
};

/** 23 articles with the word "quokka", 13 in 2022 and 10 in 2021: more than two pages of results. */
const QUOKKAS = Array.from({ length: 23 }, (_, i) => ({ title: `Quokka Sighting ${i + 1}`, date: i < 13 ? `January ${i + 1}, 2022` : `June ${i - 12}, 2021` }));
const QUOKKAS_NEWEST = [...QUOKKAS.slice(0, 13).reverse(), ...QUOKKAS.slice(13).reverse()].map(({ title }) => title);

async function quokkaSeeds(): Promise<string> {
  const seeds = path.join(await tempDir(), "seeds");
  await mkdir(seeds);
  for (const [i, { title, date }] of QUOKKAS.entries()) {
    await writeFile(path.join(seeds, `quokka-${i + 1}.txt`), `# ${title}\n\n${date}\n\nA quokka was seen near the harbour again.\n\nOriginal url:\n\n<https://example.com/quokka/${i + 1}>\n`);
  }
  return seeds;
}

/** The site of `seeds` with search indexes of at most five articles, as a year too large for one Pagefind process is indexed (the site's `searchShards`). */
async function buildInParts(seeds: string): Promise<string> {
  const out = path.join(await tempDir(), "site");
  const run = await runScript("tests/support/build-in-parts.ts", [seeds, out, "5"]);
  if (run.code !== 0) throw new Error(`build failed:\n${run.stderr}`);
  return out;
}

async function buildFixture(args: string[] = [], seeds = path.join(fixtures, "search-archive")): Promise<string> {
  const out = path.join(await tempDir(), "site");
  const run = await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache", ...args]);
  if (run.code !== 0) throw new Error(`build failed:\n${run.stderr}`);
  return out;
}

describeBrowser("search in Chromium", () => {
  let browser: Browser;
  let root: StaticServer;
  let news: StaticServer;
  let empty: StaticServer;
  let many: StaticServer;
  let parts: StaticServer;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    const noSeeds = path.join(await tempDir(), "seeds");
    await mkdir(noSeeds);
    const [rootSite, newsSite, emptySite, manySite, partsSite, launched] = await Promise.all([
      buildFixture(),
      buildFixture(["--path-prefix", "/news/"]),
      buildFixture([], noSeeds),
      quokkaSeeds().then((seeds) => buildFixture([], seeds)),
      quokkaSeeds().then(buildInParts),
      launchChromium(),
    ]);
    browser = launched;
    const headers = { "Content-Security-Policy": CSP };
    [root, news, empty, many, parts] = await Promise.all([
      serveStatic(rootSite, { headers }),
      serveStatic(newsSite, { prefix: "/news/", headers }),
      serveStatic(emptySite, { headers }),
      serveStatic(manySite, { headers }),
      serveStatic(partsSite, { headers }),
    ]);
  });
  afterAll(async () => Promise.all([browser?.close(), root?.close(), news?.close(), empty?.close(), many?.close(), parts?.close()]));

  /** A fresh tab that records console errors and CSP violations; each test checks them at its end. */
  async function open(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    await page?.context().close();
    const context = await browser.newContext(options);
    page = await context.newPage();
    problems = collectPageProblems(page);
    await page.goto(url);
    return page;
  }

  /** Like `open`, with the requests `held` matches kept waiting until the function it gives is called. */
  async function openHolding(url: string, held: RegExp): Promise<() => void> {
    await page?.context().close();
    const context = await browser.newContext();
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(held, async (route) => {
      await released;
      await route.continue();
    });
    page = await context.newPage();
    problems = collectPageProblems(page);
    await page.goto(url);
    return release;
  }

  const status = () => page.locator("[data-search-status]");
  const titles = () => page.locator(".search-result__title").allInnerTexts();
  /** Waits until the status line says `text` (the search it describes has finished). */
  const waitForStatus = (text: string) => page.waitForFunction((t) => document.querySelector("[data-search-status]")?.textContent === t, text);
  const expectNoProblems = () => expect(problems.errors).toEqual([]);

  it("should list the article with the typed word first, with the word marked", async () => {
    expect((await fetch(`${root.url}search/`)).headers.get("content-security-policy")).toBe(CSP);
    await open(`${root.url}search/`);
    await expect.poll(() => status().innerText()).toBe("Type a word to search 9 articles, or choose a year, month or outlet.");
    await page.locator("#search-q").pressSequentially("ferry");
    await waitForStatus("2 results for “ferry”.");
    expect(await titles()).toEqual([TITLES.ferry, TITLES.nightTrams]);
    const first = page.locator(".search-result").first();
    expect(await first.locator("mark").first().innerText()).toMatch(/^ferry$/i);
    expect(await first.locator("time").getAttribute("datetime")).toBe("2024-02-08");
    expect(await first.locator(".search-result__meta").innerText()).toBe("February 8, 2024 · AP News");
    expect(await first.locator("a").getAttribute("href")).toBe("/2024/02/08/harbour-ferry-service-resumes-after-the-storm/");
    expect(new URL(page.url()).search).toBe("?q=ferry");
    expectNoProblems();
  });

  it("should narrow the results with each filter and keep them in the address", async () => {
    await open(`${root.url}search/?q=tram`);
    await waitForStatus("4 results for “tram”.");
    await page.selectOption("#search-year", "2024");
    await waitForStatus("1 result for “tram” in 2024.");
    expect(await titles()).toEqual([TITLES.nightTrams]);
    expect(new URL(page.url()).search).toBe("?q=tram&year=2024");
    expect(await page.locator("#search-year option:checked").innerText()).toBe("2024 (1)");

    await page.selectOption("#search-year", "");
    await page.selectOption("#search-outlet", "Reuters");
    await waitForStatus("1 result for “tram” from Reuters.");
    expect(await titles()).toEqual([TITLES.tramStrike]);
    await page.selectOption("#search-month", "2025-03");
    await waitForStatus("No results for “tram” in March 2025 from Reuters. Try removing a filter.");
    expect(await titles()).toEqual([]);
    expectNoProblems();
  });

  it("should narrow the results to a tag chosen from the tags the articles carry", async () => {
    await open(`${root.url}search/?q=tram`);
    await waitForStatus("4 results for “tram”.");
    await expect.poll(() => page.locator("#search-tag option").allInnerTexts()).toEqual(["All tags", "cities (1)", "transport (1)"]);
    await page.selectOption("#search-tag", "transport");
    await waitForStatus("1 result for “tram” tagged “transport”.");
    expect(await titles()).toEqual([TITLES.tramOpens]);
    expect(new URL(page.url()).search).toBe("?q=tram&tag=transport");
    expectNoProblems();
  });

  it("should restore a search from the address: words, filters, sort and results", async () => {
    await open(`${root.url}search/?q=tram&year=2025&month=2025-03&outlet=City+Herald&sort=newest`);
    await waitForStatus("1 result for “tram” in March 2025 from City Herald.");
    expect(await titles()).toEqual([TITLES.tramOpens]);
    expect(await page.inputValue("#search-q")).toBe("tram");
    for (const [select, value] of [
      ["year", "2025"],
      ["month", "2025-03"],
      ["outlet", "City Herald"],
      ["sort", "newest"],
    ]) {
      expect(await page.inputValue(`#search-${select}`), select).toBe(value);
    }
    expectNoProblems();
  });

  it("should sort by date across the years, newest or oldest first", async () => {
    await open(`${root.url}search/?q=tram&sort=newest`);
    await waitForStatus("4 results for “tram”.");
    expect(await titles()).toEqual([TITLES.tramOpens, TITLES.budget, TITLES.nightTrams, TITLES.tramStrike]);
    await page.selectOption("#search-sort", "oldest");
    await page.waitForFunction(() => document.querySelector(".search-result__title")?.textContent?.startsWith("Tram Drivers"));
    expect(await titles()).toEqual([TITLES.tramStrike, TITLES.nightTrams, TITLES.budget, TITLES.tramOpens]);
    expectNoProblems();
  });

  it("should go back to the previous search with the back button", async () => {
    await open(`${root.url}search/`);
    await page.fill("#search-q", "ferry");
    await page.press("#search-q", "Enter");
    await waitForStatus("2 results for “ferry”.");
    await page.fill("#search-q", "glacier");
    await waitForStatus("1 result for “glacier”.");
    expect(new URL(page.url()).search).toBe("?q=glacier");
    await page.goBack();
    await waitForStatus("2 results for “ferry”.");
    expect(await page.inputValue("#search-q")).toBe("ferry");
    expect(new URL(page.url()).search).toBe("?q=ferry");
    expectNoProblems();
  });

  it("should say plainly when no article has the word", async () => {
    await open(`${root.url}search/?q=xylophone`);
    await waitForStatus("No results for “xylophone”. Check the spelling, or try fewer or other words.");
    expect(await titles()).toEqual([]);
    expect(await status().getAttribute("role")).toBe("status");
    expectNoProblems();
  });

  it("should find the Cyrillic article from the English search page", async () => {
    await open(`${root.url}search/?q=${encodeURIComponent("журналистами")}`);
    await waitForStatus("1 result for “журналистами”.");
    expect(await titles()).toEqual([TITLES.putin]);
    await page.fill("#search-q", "путин");
    await waitForStatus("1 result for “путин”.");
    expect(await titles()).toEqual([TITLES.putin]);
    expectNoProblems();
  });

  it("should find words with accents, typed with or without them", async () => {
    await open(`${root.url}search/`);
    for (const word of ["Zürich", "zurich", "café", "brûlée"]) {
      await page.fill("#search-q", word);
      await waitForStatus(`1 result for “${word}”.`);
      expect(await titles(), word).toEqual([TITLES.cafe]);
    }
    expectNoProblems();
  });

  it("should say that search needs JavaScript when it is off, and link to the index", async () => {
    await open(`${root.url}search/?q=tram`, { javaScriptEnabled: false });
    expect(await page.locator("main").innerText()).toContain("Search needs JavaScript");
    expect(await page.getByRole("link", { name: "latest articles" }).getAttribute("href")).toBe("/");
    expect(await page.locator("#search").isVisible()).toBe(false);
  });

  it("should lead from the header's search box on every page to the results", async () => {
    await open(`${root.url}2024/02/08/harbour-ferry-service-resumes-after-the-storm/`);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("lighthouse");
    await page.keyboard.press("Enter");
    await waitForStatus("2 results for “lighthouse”.");
    expect(new URL(page.url()).pathname).toBe("/search/");
    expectNoProblems();
  });

  it("should work under a path prefix: results, links and the header's search box", async () => {
    await open(`${news.url}2025/03/14/new-tram-line-opens-in-the-old-town/`);
    await page.getByRole("searchbox", { name: "Search the archive" }).fill("tram");
    await page.keyboard.press("Enter");
    await waitForStatus("4 results for “tram”.");
    expect(new URL(page.url()).pathname).toBe("/news/search/");
    await page.selectOption("#search-sort", "newest");
    await page.waitForFunction(() => new URLSearchParams(location.search).get("sort") === "newest");
    await page.waitForFunction(() => document.querySelector(".search-result__title")?.textContent === "New Tram Line Opens in the Old Town");
    const link = page.locator(".search-result__title a").first();
    expect(await link.getAttribute("href")).toBe("/news/2025/03/14/new-tram-line-opens-in-the-old-town/");
    await Promise.all([page.waitForURL(`${news.url}2025/03/14/new-tram-line-opens-in-the-old-town/`), link.click()]);
    expect(await page.locator("h1").innerText()).toBe(TITLES.tramOpens);
    expectNoProblems();
  });

  it("should say so when the archive is empty", async () => {
    await open(`${empty.url}search/?q=tram`);
    await waitForStatus("The archive has no articles to search yet.");
    expectNoProblems();
  });

  it("should show ten results at a time, newest first across the years, and more at the button", async () => {
    await open(`${many.url}search/?q=quokka&sort=newest`);
    await waitForStatus("23 results for “quokka”.");
    const more = page.getByRole("button", { name: "Show more results" });
    expect(await titles()).toEqual(QUOKKAS_NEWEST.slice(0, 10));
    await more.click();
    await expect.poll(titles).toEqual(QUOKKAS_NEWEST.slice(0, 20));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(QUOKKAS_NEWEST[10]);
    await more.click();
    await expect.poll(titles).toEqual(QUOKKAS_NEWEST);
    expect(await more.isVisible()).toBe(false);
    expectNoProblems();
  });

  it("should show each page of results once when the button is clicked again before the page came", async () => {
    await open(`${many.url}search/?q=quokka&sort=newest`);
    await waitForStatus("23 results for “quokka”.");
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.context().route(/\/fragment\//, async (route) => {
      await released;
      await route.continue();
    });
    const more = page.getByRole("button", { name: "Show more results" });
    await more.click();
    await more.click();
    release();
    await expect.poll(titles).toEqual(QUOKKAS_NEWEST);
    await expect.poll(() => more.isVisible()).toBe(false);
    expectNoProblems();
  });

  it("should show the newest year's results first, saying the other years are still searched, then every year's", async () => {
    // 2021's index arrives late, as an older year's would over a slow line.
    const release = await openHolding(`${many.url}search/?q=quokka&sort=newest`, /\/pagefind\/2021\//);
    await waitForStatus("13 results for “quokka” in 2022 so far; searching the other years…");
    expect(await titles()).toEqual(QUOKKAS_NEWEST.slice(0, 10));
    release();
    await waitForStatus("23 results for “quokka”.");
    expect(await titles()).toEqual(QUOKKAS_NEWEST.slice(0, 10));
    expectNoProblems();
  });

  it("should search a year in parts: the newest part first, saying from which day, then every part of every year", async () => {
    const release = await openHolding(`${parts.url}search/?q=quokka&sort=newest`, /\/pagefind\/2022-2\//);
    // 2022's thirteen quokkas in parts of five, oldest first: the newest part holds January 11 to 13.
    await waitForStatus("3 results for “quokka” since January 11, 2022 so far; searching the rest of the archive…");
    expect(await titles()).toEqual(QUOKKAS_NEWEST.slice(0, 3));
    release();
    await waitForStatus("23 results for “quokka”.");
    expect(await titles()).toEqual(QUOKKAS_NEWEST.slice(0, 10));
    const more = page.getByRole("button", { name: "Show more results" });
    await more.click();
    await expect.poll(titles).toEqual(QUOKKAS_NEWEST.slice(0, 20));
    await more.click();
    await expect.poll(titles).toEqual(QUOKKAS_NEWEST);
    await page.goto(`${parts.url}search/?q=quokka&sort=oldest&year=2021`);
    await waitForStatus("10 results for “quokka” in 2021.");
    expect(await titles()).toEqual([...QUOKKAS_NEWEST.slice(13)].reverse());
    expectNoProblems();
  });

  it("should show more results by relevance too, each of them once", async () => {
    await open(`${many.url}search/?q=quokka`);
    await waitForStatus("23 results for “quokka”.");
    expect(await titles()).toHaveLength(10);
    const more = page.getByRole("button", { name: "Show more results" });
    await more.click();
    await expect.poll(async () => (await titles()).length).toBe(20);
    await more.click();
    await expect.poll(async () => (await titles()).length).toBe(23);
    expect((await titles()).sort()).toEqual(QUOKKAS.map(({ title }) => title).sort());
    expect(await more.isVisible()).toBe(false);
    expectNoProblems();
  });

  it("should have no accessibility violations with results on screen", async () => {
    await open(`${root.url}search/?q=harbour&year=2024`);
    await waitForStatus("2 results for “harbour” in 2024.");
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    expectNoProblems();
  });
});
