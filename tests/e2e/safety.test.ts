import { cp, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { attr, byClass, byTag, parsePage, textOf } from "./html.ts";
import { fixtures, htmlFiles, readRecords, runCli, tempDir } from "./cli.ts";

const DANGEROUS_URL = /^(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "poster", "srcset", "background", "ping"]);

describe("a hostile seed", () => {
  let out: string;
  let pages: Array<{ file: string; html: string }>;
  beforeAll(async () => {
    const seeds = path.join(await tempDir(), "seeds");
    await cp(path.join(fixtures, "archive"), seeds, { recursive: true });
    await cp(path.join(fixtures, "hostile-seed.txt"), path.join(seeds, "hostile.txt"));
    out = path.join(await tempDir(), "site");
    const run = await runCli("build", ["--seeds", seeds, "--output", out]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    pages = await Promise.all((await htmlFiles(out)).map(async (file) => ({ file, html: await readFile(file, "utf8") })));
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  it("should add no script, no event handler and no dangerous URL to any page", () => {
    for (const { file, html } of pages) {
      for (const element of parsePage(html)) {
        const where = `${path.relative(out, file)}: <${element.tagName}>`;
        if (element.tagName === "script") {
          // The site's own scripts are files; an inline script may only be JSON-LD data.
          const type = attr(element, "type");
          expect(attr(element, "src") !== undefined || type === "application/ld+json", where).toBe(true);
          if (type === "application/ld+json") {
            const json = element.childNodes.map((node) => ("value" in node ? node.value : "")).join("");
            expect(json, `${where} holds a "<"`).not.toContain("<");
            expect(() => JSON.parse(json), where).not.toThrow();
          }
        }
        expect(["iframe", "object", "embed", "svg", "img", "style", "form", "base", "meta"].includes(element.tagName) && !isSiteOwn(element), where).toBe(false);
        for (const { name, value } of element.attrs) {
          expect(name.startsWith("on"), `${where} has ${name}`).toBe(false);
          expect(name === "style", `${where} has a style attribute`).toBe(false);
          const compact = value.replace(/[\u0000-\u0020]/g, "");
          if (URL_ATTRIBUTES.has(name)) expect(DANGEROUS_URL.test(compact), `${where} ${name}="${value}"`).toBe(false);
        }
      }
    }
  });

  it("should show HTML-looking text in plain-text fields exactly as written", async () => {
    const page = pages.find(({ file }) => file.includes("/2025/12/19/"))!;
    const elements = parsePage(page.html);
    expect(byTag(elements, "h1").map(textOf)).toEqual([`"Black Box" & <Drones><script>alert('title')</script>`]);
    expect(textOf(byClass(elements, "byline")[0]!)).toBe("By <img src=x onerror=alert(1)>");
    expect(textOf(byClass(elements, "lead-photo__caption")[0]!)).toBe(`A caption with <script>alert('caption')</script> and <b onmouseover="alert(1)">bold</b>.`);
    expect(textOf(byClass(elements, "lead-photo__credit")[0]!)).toBe(`<i onclick="alert(1)">CREDIT</i>`);
    expect(textOf(byClass(elements, "article__body")[0]!)).toContain("A body <script>alert('body')</script> with");
    expect(textOf(byClass(elements, "related")[0]!)).toContain("<script>alert('related')</script>");
    // The references are citeproc's text output, escaped: the title's markup stays text in each style (which may recase it).
    const references = byClass(elements, "cite__text");
    expect(references).toHaveLength(3);
    for (const reference of references) {
      expect(reference.childNodes.every((node) => node.nodeName === "#text")).toBe(true);
      expect(textOf(reference)).toMatch(/<Drones><script>alert\('title’?'?\)<\/script>/i);
    }

    const articles = await readRecords<{ title: string; seedFile: string }>(out);
    expect(articles.find((a) => a.seedFile === "hostile.txt")!.title).toBe(`"Black Box" & <Drones><script>alert('title')</script>`);
  });

  it("should show unsafe links as their text", () => {
    const page = pages.find(({ file }) => file.includes("/2025/12/19/"))!;
    const body = textOf(byClass(parsePage(page.html), "article__body")[0]!);
    expect(body).toContain("a javascript link and a data link and spaced and");
  });
});

/** The site's own head elements (meta tags, the favicon) are not seed content. */
function isSiteOwn(element: { tagName: string; attrs: Array<{ name: string; value: string }> }): boolean {
  const className = element.attrs.find((a) => a.name === "class")?.value;
  // The site's own drawings: the photo icon and the calendars, made from counts and dates, never from seed text.
  const siteSvg = ["lead-photo__icon", "calendar__map", "calendar__key", "year-strip"];
  return element.tagName === "meta" || (element.tagName === "svg" && siteSvg.includes(className ?? "")) || (element.tagName === "form" && (className === "site-search" || className === "search-form"));
}
