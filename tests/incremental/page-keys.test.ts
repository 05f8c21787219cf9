import { describe, expect, it } from "vitest";
import type { ArchivedArticle } from "../../src/article.ts";
import { articleTokens, FROM_ARTICLE_ALONE, keyPages, pageKey } from "../../src/incremental/page-keys.ts";
import { siteConfig } from "../../src/site.config.ts";
import { outputFileOf, type Page } from "../../src/site/pages.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { archiveOf } from "../site/fixtures.ts";

const DATES = ["2024-02-28", "2024-02-29", "2024-03-01", "2025-12-31", "2026-01-01"];

/** Every page's key, by path, for an archive made with the given changes to its articles. */
function keysOf(overrides: (index: number) => Partial<ArchivedArticle> = () => ({}), dates = DATES): Map<string, string> {
  const archive = archiveOf(dates, overrides);
  const pages: Page[] = planSite(archive, siteConfig);
  const tokens = articleTokens(archive);
  return new Map(pages.map((page) => [page.path, pageKey(page, "v1", tokens)]));
}

/** The paths whose keys differ between two sets of keys. */
function changed(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...a.keys()].filter((path) => a.get(path) !== b.get(path)).sort();
}

describe("pageKey", () => {
  const reference = keysOf();

  it("should give equal keys for equal data made afresh, and other keys under another render version", () => {
    expect(changed(reference, keysOf())).toEqual([]);
    const pages = planSite(archiveOf(DATES), siteConfig);
    expect(pages.every((page) => pageKey(page, "v2") !== reference.get(page.path))).toBe(true);
  });

  it("should change the keys of the pages that show a changed summary, and only those", () => {
    const keys = keysOf((index) => (index === 3 ? { summary: "A new summary" } : {}));
    const paths = changed(reference, keys);
    // The article page, its day, month and year, the home page, the outlet's list and the feeds.
    expect(paths).toEqual(expect.arrayContaining(["/2025/12/31/story-3/", "/2025/12/31/", "/2025/12/", "/2025/", "/"]));
    expect(paths).not.toContain("/2024/02/29/story-1/");
    expect(paths).not.toContain("/2024/");
  });

  it("should stand for an article's body by its sourceKey when it has one, and hash the body when not", () => {
    const withBody = (body: string, sourceKey?: string) => keysOf((index) => (index === 0 ? { bodyHtml: body, bodyText: body, ...(sourceKey ? { sourceKey } : {}) } : {}));
    expect(changed(reference, withBody("<p>Other</p>"))).toContain("/2024/02/28/story-0/");
    expect(changed(withBody("<p>One</p>", "key-1"), withBody("<p>Other</p>", "key-1"))).toEqual([]);
    expect(changed(withBody("<p>One</p>", "key-1"), withBody("<p>One</p>", "key-2"))).toContain("/2024/02/28/story-0/");
  });

  it("should stand for an On this day page's list items by their articles' tokens", () => {
    const archive = archiveOf(DATES, () => ({ sourceKey: "parsed" }));
    const tokens = articleTokens(archive);
    const day = planSite(archive, siteConfig).find((page) => page.kind === "onthisday")!;
    if (day.kind !== "onthisday") throw new Error("no On this day page");
    // The item is made from the article its token stands for: its text is not hashed again.
    const retitled = { ...day, groups: day.groups.map((group) => ({ ...group, items: group.items.map((item) => ({ ...item, summary: "Not hashed" })) })) };
    expect(pageKey(retitled, "v1", tokens)).toBe(pageKey(day, "v1", tokens));
    expect(pageKey({ ...day, heading: "Another" }, "v1", tokens)).not.toBe(pageKey(day, "v1", tokens));
  });

  it("should change the keys of an article's reference downloads when its parse does, and only its", () => {
    const reparsed = (sourceKey: string) => keysOf((index) => (index === 2 ? { sourceKey } : {}));
    const paths = changed(reparsed("key-1"), reparsed("key-2")).filter((path) => /\/cite\.\w+$/.test(path));
    expect(paths).toEqual(["/2024/03/01/story-2/cite.bib", "/2024/03/01/story-2/cite.json", "/2024/03/01/story-2/cite.ris"]);
    // The download is made from the article its token stands for: the article is not hashed again.
    const archive = archiveOf(DATES, () => ({ sourceKey: "parsed" }));
    const tokens = articleTokens(archive);
    const cite = planSite(archive, siteConfig).find((page) => page.kind === "cite")!;
    expect(pageKey({ ...cite, article: { ...archive[0]!, title: "Not hashed" } } as Page, "v1", tokens)).toBe(pageKey(cite, "v1", tokens));
  });

  it("should change an article's key when an earlier version changes, though the newest did not", () => {
    const series = (older: Partial<ArchivedArticle>) =>
      keysOf((index) => (index < 2 ? { source: { name: null, domain: null, url: "https://x.example/story" }, sourceKey: `key-${index}`, ...(index === 0 ? older : {}) } : {}));
    const paths = changed(series({}), series({ sourceKey: "key-0-edited", bodyText: "Edited" }));
    expect(paths).toEqual(expect.arrayContaining(["/2024/02/28/story-0/", "/2024/02/28/story-0/v/1/", "/2024/02/28/story-0/v/2/"]));
    expect(paths).not.toContain("/2026/01/01/story-4/");
  });

  it("should change the key of the records' file of a changed article's year only, and of the index when a year's count changes", () => {
    const records = (keys: Map<string, string>) => changed(reference, keys).filter((path) => path.endsWith("/articles.json"));
    expect(records(keysOf((index) => (index === 3 ? { summary: "A new summary" } : {})))).toEqual(["/2025/articles.json"]);
    expect(records(keysOf((index) => (index === 0 ? { sourceKey: "edited" } : {})))).toEqual(["/2024/articles.json"]);
    expect(records(keysOf(() => ({}), [...DATES, "2024-05-01"]))).toEqual(["/2024/articles.json", "/articles.json"]);
  });
});

describe("FROM_ARTICLE_ALONE", () => {
  // Two archives that share articles 0–4 (two captures of one original among them), the second with more around them.
  const captured = (index: number): Partial<ArchivedArticle> => ({
    sourceKey: `key-${index}`,
    ...(index < 2 ? { source: { name: null, domain: null, url: "https://x.example/story" } } : {}),
    ...(index === 3 ? { image: { url: "https://x.example/a.jpg", alt: "A", caption: "A caption", credit: "AFP" } } : {}),
  });
  const pagesOf = (dates: string[]) => new Map(planSite(archiveOf(dates, captured), siteConfig, { parserVersion: "p1" }).map((page) => [page.path, page]));
  const small = pagesOf(DATES);
  const large = pagesOf([...DATES, "2024-02-29", "2025-06-01", "2026-01-01", "2027-03-04"]);

  it("should name, for each kind, fields that are the same for an article in another archive", () => {
    const shared = [...small.values()].filter((page) => page.kind === "article" || page.kind === "cite");
    expect(shared.map((page) => page.kind)).toEqual(expect.arrayContaining(["article", "cite"]));
    for (const page of shared) {
      const other = large.get(page.path)!;
      for (const field of FROM_ARTICLE_ALONE[page.kind])
        expect({ path: page.path, [field]: other[field as keyof typeof other] }).toEqual({ path: page.path, [field]: page[field as keyof typeof page] });
    }
    // The archives differ in what the rest of the archive gives a page, so a field made from it would be caught.
    const article = [...small.values()].find((page) => page.kind === "article" && page.article.versions)!;
    expect(article.kind === "article" && article.provenance.parserVersion).toBe("p1");
    expect(shared.some((page) => page.kind === "article" && JSON.stringify(page.older) !== JSON.stringify((large.get(page.path) as typeof page).older))).toBe(true);
  });

  it("should leave those fields to the article's token only when the article has a key from its parse", () => {
    const page = [...small.values()].find((each) => each.kind === "article")!;
    if (page.kind !== "article") throw new Error("no article page");
    const unkeyed = { ...page, article: { ...page.article, sourceKey: undefined } };
    expect(pageKey({ ...page, title: "Not hashed" }, "v1")).toBe(pageKey(page, "v1"));
    expect(pageKey({ ...unkeyed, title: "Hashed" }, "v1")).not.toBe(pageKey(unkeyed, "v1"));
    expect(pageKey({ ...page, older: { label: "Another", path: "/another/" } }, "v1")).not.toBe(pageKey(page, "v1"));
  });
});

describe("keyPages", () => {
  it("should give every page, in order, its path, pageKey's key and its output file", () => {
    const archive = archiveOf(DATES, () => ({}));
    const pages = planSite(archive, siteConfig);
    const tokens = articleTokens(archive);
    expect(keyPages(pages, archive, "v1")).toEqual(pages.map((page) => ({ path: page.path, key: pageKey(page, "v1", tokens), file: outputFileOf(page.path) })));
  });
});
