import { cp, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { formatViolations, runAxe } from "../support/axe.ts";
import { collectPageProblems, describeBrowser, launchChromium } from "../support/chromium.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { copyFixture, fixtures, runCli, tempDir } from "./cli.ts";

describeBrowser("the site in Chromium, under the Content Security Policy it ships", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const seeds = await copyFixture("archive");
    await cp(path.join(fixtures, "versions"), path.join(seeds, "versions"), { recursive: true });
    for (const { file, text } of generateSeeds(60, { seed: 3 })) await writeFile(path.join(seeds, file), text);
    await writeFile(path.join(seeds, "hostile.txt"), await import("node:fs/promises").then((fs) => fs.readFile(path.join(fixtures, "hostile-seed.txt"))));
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", seeds, "--output", out, "--no-cache"])).code).toBe(0);
    server = await serveStatic(out, { netlifyHeaders: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pages = {
    home: "/",
    article: "/2025/03/14/new-tram-line-opens-in-the-old-town/",
    "hostile article": "/2025/12/19/black-box-and-drones-script-alert-title-script/",
    "article with versions": "/2025/06/02/storm-closes-the-harbour/",
    "latest version": "/2025/06/02/storm-closes-the-harbour/v/3/",
    "older version": "/2025/06/02/storm-closes-the-harbour/v/2/",
    "first version": "/2025/06/02/storm-closes-the-harbour/v/1/",
    "versions list": "/2025/06/02/storm-closes-the-harbour/v/",
    year: "/2025/",
    month: "/2025/03/",
    day: "/2025/03/14/",
    archive: "/archive/",
    sources: "/sources/",
    outlet: "/sources/themoscowtimes-com/",
    "numbered page": "/page/1/",
    tags: "/tags/",
    tag: "/tags/transport/",
    places: "/places/",
    place: "/places/moscow/",
    "on this day": "/on-this-day/03-14/",
    "on this day index": "/on-this-day/",
    search: "/search/",
    "not found": "/no/such/page/",
  };

  it.each(Object.entries(pages))("should show the %s page with no axe violations, console errors or CSP violations", async (_name, pagePath) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const response = await page.goto(`${server.url}${pagePath.slice(1)}`);
    expect(response!.headers()["content-security-policy"]).toContain("script-src 'self'");
    expect(response!.status()).toBe(pagePath.startsWith("/no/") ? 404 : 200);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    // A 404 page's own status is reported as a console error; nothing else may be.
    expect(problems.errors.filter((error) => !error.endsWith(`404 (Not Found): ${server.url}${pagePath.slice(1)}`))).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it("should point the home page's On this day link at today's page in the reader's time zone, and follow it", async () => {
    const context = await browser.newContext({ timezoneId: "Pacific/Auckland" });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.clock.setFixedTime(new Date("2027-03-13T12:00:00Z")); // March 14 in Auckland
    await page.goto(server.url);
    const link = page.locator("a[data-on-this-day]");
    await expect.poll(() => link.getAttribute("href")).toBe("/on-this-day/03-14/");
    expect(await link.innerText()).toBe("On this day: March 14");
    await link.click();
    await page.waitForURL(`${server.url}on-this-day/03-14/`);
    expect(await page.locator("h1").innerText()).toBe("On this day: March 14");
    expect(problems.errors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);
    await context.close();
  });

  it("should lead the home page's On this day link to the index of days without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.locator("a[data-on-this-day]").getAttribute("href")).toBe("/on-this-day/");
    await context.close();
  });

  it("should lead from a calendar cell on the year page to its day's page", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}2025/`);
    const cell = page.locator('.calendar__map a[href="/2025/03/14/"]');
    expect(await cell.getAttribute("aria-label")).toMatch(/^March 14, 2025: \d+ articles?$/);
    await cell.click();
    await page.waitForURL(`${server.url}2025/03/14/`);
    expect(await page.locator("h1").innerText()).toBe("March 14, 2025");
    await context.close();
  });

  it("should fit the year's calendar on a phone without horizontal scrolling", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}2025/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("should show a version's changes without colour, named for screen readers, and walk them with the keyboard", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(`${server.url}2025/06/02/storm-closes-the-harbour/v/3/`);
    const first = page.locator("#change-1");
    // Struck through and underlined: the marks read without their colours.
    expect(await first.locator("del").evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe("line-through");
    expect(await first.locator("ins").evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe("underline");
    expect(await first.ariaSnapshot()).toMatch(/deleted: 90.*inserted: 110/s);

    // From the list of changes to the first, then from each change to the next, then back to the list.
    await page.locator('.change-list a[href="#change-1"]').focus();
    await page.keyboard.press("Enter");
    const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
    await expect.poll(focused).toBe("change-1");
    const inView = (selector: string) =>
      page.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      });
    expect(await inView("#change-1")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#change-2");
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("change-2");
    expect(await inView("#change-2")).toBe(true);
    expect(await page.locator("#change-2 ins").textContent()).toBe("[inserted: Berge]");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("change-3");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(focused).toBe("changes");
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it("should show an article's record and its references, and serve its three downloads", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${pages.article.slice(1)}`);
    await expect(page.getByRole("heading", { name: "About this record" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Cite this article" }).isVisible()).resolves.toBe(true);
    expect(await page.locator(".cite__text").count()).toBe(3);
    for (const name of ["BibTeX", "RIS", "CSL-JSON"]) {
      const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
      const response = await page.request.get(new URL(href!, server.url).href);
      expect(response.status(), name).toBe(200);
      expect(await response.text(), name).toContain(`https://example.org${pages.article}`); // the archive copy's address, in all three
    }
    await context.close();
  });

  it("should read well on a phone: no horizontal scrolling on an article", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}${pages.article.slice(1)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});
