import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAxe, formatViolations } from "./axe.ts";
import { collectPageProblems, describeBrowser, launchChromium } from "./chromium.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";
import { formatHtmlErrors, validateHtml } from "./vnu.ts";

const page = (title: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="icon" href="data:,"></head>\n<body>\n<main>\n<h1>${title}</h1>\n${body}\n</main>\n</body>\n</html>\n`;

const site = mkdtempSync(join(tmpdir(), "broadsheet-support-"));
const files: Record<string, string | Buffer> = {
  "index.html": page("Home", "<p>Front page.</p>"),
  "a/b/index.html": page("Deep", "<p>Nested page.</p>"),
  "404.html": page("Not found", "<p>No such page.</p>"),
  "invalid.html": page("Invalid", "<p><div>A div in a paragraph.</div></p>"),
  "no-alt.html": page("No alt", '<img src="logo.png" width="10" height="10">'),
  "inline-script.html": page("Inline", '<script>document.title = "inline script ran";</script>'),
  "style.css": "body { font-family: sans-serif; }",
  "app.js": "export {};",
  "data.json": "{}",
  "feed.xml": '<?xml version="1.0"?><feed/>',
  "logo.svg": '<svg xmlns="http://www.w3.org/2000/svg"/>',
  "logo.png": Buffer.from("89504e470d0a1a0a", "hex"),
  "font.woff2": Buffer.alloc(4),
  "pagefind/pagefind-entry.json": "{}",
  "pagefind/pagefind.en_1.pf_meta": Buffer.alloc(4),
  "pagefind/wasm.unknown.pagefind": Buffer.alloc(4),
  "pagefind/pagefind.wasm": Buffer.alloc(4),
  _headers: "/*\n  X-Frame-Options: DENY\n/a/*\n  Content-Security-Policy: default-src 'self'\n",
};
for (const [name, content] of Object.entries(files)) {
  mkdirSync(dirname(join(site, name)), { recursive: true });
  writeFileSync(join(site, name), content);
}
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("serveStatic", () => {
  let root: StaticServer;
  let news: StaticServer;
  beforeAll(async () => {
    root = await serveStatic(site);
    news = await serveStatic(site, { prefix: "/news/", headers: { "X-Test": "yes" }, netlifyHeaders: true });
  });
  afterAll(async () => Promise.all([root.close(), news.close()]));

  it("should serve index.html for a directory, at / and under a prefix", async () => {
    expect(root.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(news.url).toBe(`http://127.0.0.1:${news.port}/news/`);
    for (const url of [root.url, `${root.url}a/b/`, news.url, `${news.url}a/b/`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    }
    expect(await (await fetch(`${news.url}a/b/`)).text()).toContain("<h1>Deep</h1>");
  });

  it("should redirect a directory without its trailing slash", async () => {
    for (const [url, location] of [
      [`${news.url}a/b`, "/news/a/b/"],
      [news.url.slice(0, -1), "/news/"],
    ]) {
      const response = await fetch(url!, { redirect: "manual" });
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toBe(location);
    }
  });

  it("should send the right Content-Type for each kind of file", async () => {
    const expected: Record<string, string> = {
      "style.css": "text/css; charset=utf-8",
      "app.js": "text/javascript; charset=utf-8",
      "data.json": "application/json",
      "feed.xml": "application/xml",
      "logo.svg": "image/svg+xml",
      "logo.png": "image/png",
      "font.woff2": "font/woff2",
      "pagefind/pagefind-entry.json": "application/json",
      "pagefind/pagefind.en_1.pf_meta": "application/octet-stream",
      "pagefind/wasm.unknown.pagefind": "application/octet-stream",
      "pagefind/pagefind.wasm": "application/wasm",
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await fetch(news.url + file);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type"), file).toBe(type);
    }
  });

  it("should answer 404 with the site’s 404.html", async () => {
    for (const url of [`${root.url}missing/`, `${news.url}missing.css`, `${root.url}_headers`, `${news.url}_headers`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toContain("<h1>Not found</h1>");
    }
  });

  it("should refuse paths that leave the directory", async () => {
    for (const path of ["news/..%2f..%2f..%2f..%2fetc%2fpasswd", "news/a%00.html"]) {
      const response = await fetch(`http://127.0.0.1:${news.port}/${path}`);
      expect(response.status, path).toBe(403);
    }
    // URL parsing turns %2e%2e into "..", so this one lands outside /news/: not found.
    const dots = await fetch(`http://127.0.0.1:${news.port}/news/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(dots.status).toBe(404);
    expect(await dots.text()).not.toContain("root:");
  });

  it("should add the given headers and those of _headers that match", async () => {
    const deep = await fetch(`${news.url}a/b/`);
    expect(deep.headers.get("x-test")).toBe("yes");
    expect(deep.headers.get("x-frame-options")).toBe("DENY");
    expect(deep.headers.get("content-security-policy")).toBe("default-src 'self'");
    const home = await fetch(news.url);
    expect(home.headers.get("content-security-policy")).toBeNull();
    expect((await fetch(root.url)).headers.get("x-frame-options")).toBeNull();
  });
});

describe("validateHtml", () => {
  it("should report errors in an invalid page and none in valid ones, in one run", async () => {
    const errors = await validateHtml(["index.html", "a/b/index.html", "invalid.html"].map((f) => join(site, f)));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.file === join(site, "invalid.html"))).toBe(true);
    expect(errors[0]).toMatchObject({ line: 7, message: expect.stringContaining("“p”") });
    expect(formatHtmlErrors(errors, site)).toMatch(/^invalid\.html:7:\d+: /);
  });

  it("should throw on a missing file instead of passing it", async () => {
    await expect(validateHtml([join(site, "nope.html")])).rejects.toThrow(/no such file/);
  });
});

describeBrowser("in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveStatic(site, { prefix: "/news/" })]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  it("should load a page from the server without errors", async () => {
    const tab = await browser.newPage();
    const problems = collectPageProblems(tab);
    const response = await tab.goto(`${server.url}a/b/`);
    expect(response?.status()).toBe(200);
    expect(await tab.locator("h1").innerText()).toBe("Deep");
    expect(problems.errors).toEqual([]);
  });

  it("should find an axe violation for an image without alt, and none on a clean page", async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}no-alt.html`);
    expect((await runAxe(tab)).map((v) => v.id)).toContain("image-alt");
    await tab.goto(server.url);
    const violations = await runAxe(tab);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it("should detect a CSP violation when the policy blocks an inline script", async () => {
    const policy = "default-src 'self'; img-src 'self' data:"; // data: for the page's blank icon
    const strict = await serveStatic(site, { headers: { "Content-Security-Policy": policy } });
    try {
      const tab = await browser.newPage();
      const problems = collectPageProblems(tab);
      await tab.goto(`${strict.url}inline-script.html`);
      expect(await tab.title()).toBe("Inline");
      expect(problems.cspViolations).toHaveLength(1);
      expect(problems.cspViolations[0]).toMatch(/Content Security Policy/);
      // axe still runs under the strict policy and adds no violation of its own.
      expect((await runAxe(tab)).map((v) => v.id)).toEqual([]);
      expect(problems.cspViolations).toHaveLength(1);

      await tab.goto(`${server.url}inline-script.html`);
      expect(await tab.title()).toBe("inline script ran");
    } finally {
      await strict.close();
    }
  });
});

// Rehearse a machine without Chromium by running the browser suite above in a child vitest.
describe.skipIf(process.env.BROADSHEET_CHROMIUM)("describeBrowser without Chromium", () => {
  const run = async (env: Record<string, string | undefined>) => {
    const args = ["node_modules/vitest/vitest.mjs", "run", "tests/support/support.test.ts", "-t", "in Chromium"];
    const options = { env: { ...process.env, BROADSHEET_CHROMIUM: "/nonexistent/chromium", ...env } };
    return promisify(execFile)(process.execPath, args, options).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: error.stdout + error.stderr }),
    );
  };

  it("should skip the suite and print how to install Chromium", async () => {
    const { code, output } = await run({ CI: undefined, BROADSHEET_CHROMIUM_HINT_SHOWN: undefined });
    expect(code, output).toBe(0);
    expect(output.match(/apt-get install -y chromium/g), output).toHaveLength(1);
    expect(output).toMatch(/3 skipped/);
  });

  it("should fail under CI=true", async () => {
    const { code, output } = await run({ CI: "true" });
    expect(code, output).toBe(1);
    expect(output).toMatch(/Chromium not found.*CI=true/);
  });
});
