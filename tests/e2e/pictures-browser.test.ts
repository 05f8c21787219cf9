import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { formatViolations, runAxe } from "../support/axe.ts";
import { collectPageProblems, describeBrowser, launchChromium } from "../support/chromium.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";
import { fixtures, runCli, tempDir } from "./cli.ts";

describeBrowser("lead pictures in Chromium, under the Content Security Policy the site ships", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    const out = path.join(await tempDir(), "site");
    expect((await runCli("build", ["--seeds", path.join(fixtures, "variants"), "--output", out, "--no-cache"])).code).toBe(0);
    server = await serveStatic(out, { netlifyHeaders: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visit = async (pagePath: string, viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const origins = new Set<string>();
    page.on("request", (request) => origins.add(new URL(request.url()).origin));
    await page.goto(`${server.url}${pagePath.slice(1)}`, { waitUntil: "load" });
    return { context, page, problems, origins };
  };

  it("should load a picture beside its seed from the site, in WebP, with no CSP violation or axe finding", async () => {
    const { context, page, problems, origins } = await visit("/2025/12/19/first-snow-covers-the-old-town/");
    const img = await page.locator(".lead-photo img").evaluate((element: HTMLImageElement) => ({ complete: element.complete, width: element.naturalWidth, src: element.currentSrc }));
    expect(img.complete).toBe(true);
    expect(img.width).toBeGreaterThan(0);
    expect(img.src).toMatch(/\/2025\/12\/19\/first-snow-covers-the-old-town\/photo-\d+\.webp$/);
    expect([...origins]).toEqual([new URL(server.url).origin]);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.errors).toEqual([]);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await context.close();
  });

  it("should fit a picture to a phone's width", async () => {
    const { context, page } = await visit("/2025/12/19/first-snow-covers-the-old-town/", { width: 360, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await page.locator(".lead-photo img").evaluate((element: HTMLImageElement) => element.getBoundingClientRect().width)).toBeLessThanOrEqual(360);
    await context.close();
  });

  it("should show a remote picture as a link, requesting nothing from another site", async () => {
    const { context, page, problems, origins } = await visit("/2025/12/12/flood-waters-recede-in-the-river-valley/");
    expect(await page.locator(".lead-photo__link").getAttribute("href")).toBe("https://images.citypost.example/2025/12/sandbags.jpg");
    expect(await page.locator("img").count()).toBe(0);
    expect([...origins]).toEqual([new URL(server.url).origin]);
    expect(problems.cspViolations).toEqual([]);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await context.close();
  });
});
