import { describe, expect, it } from "vitest";
import { planArticlePage } from "../../src/site/article-pages.ts";
import { pagedListPaths, planPagedList } from "../../src/site/list-pages.ts";
import { planOutletPages } from "../../src/site/outlet-pages.ts";
import { outputFileOf } from "../../src/site/pages.ts";
import { planSite, planSitemaps } from "../../src/site/plan-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const list = { section: "home" as const, root: "/", heading: "Latest", lede: "", title: "Latest", breadcrumbs: [] };

describe("planPagedList", () => {
  it("should put a short list on its root alone", () => {
    const pages = planPagedList(archiveOf(["2025-01-01", "2025-01-02"]), 3, list);
    expect(pages.map((p) => [p.path, p.items.length, p.pagination])).toEqual([["/", 2, null]]);
  });

  it("should show the newest on the root and every article on stable numbered pages", () => {
    const articles = archiveOf(Array.from({ length: 7 }, (_, i) => `2025-01-${String(i + 1).padStart(2, "0")}`));
    const pages = planPagedList(articles, 3, list);
    expect(pages.map((p) => p.path)).toEqual(["/", "/page/1/", "/page/2/", "/page/3/"]);
    expect(pages[0]!.items.map((i) => i.date)).toEqual(["2025-01-07", "2025-01-06", "2025-01-05"]);
    expect(pages[1]!.items.map((i) => i.date)).toEqual(["2025-01-03", "2025-01-02", "2025-01-01"]);
    // The root shows 7, 6, 5; the newest article it does not show (4) is on page 2.
    expect(pages[0]!.pagination!.older).toEqual({ label: "2", path: "/page/2/" });
  });
});

describe("list items", () => {
  it("should be one frozen item an article, shared by the home page, its day and every other list", () => {
    const articles = archiveOf(["2025-01-01", "2025-01-02"]);
    const pages = planSite(articles, siteConfig);
    const itemsOf = (path: string) =>
      pages.filter((page) => page.path === path).flatMap((page) => ("items" in page ? page.items : "groups" in page ? page.groups.flatMap((group) => group.items) : []));
    const [onHome] = itemsOf("/").filter((item) => item.path === articles[0]!.path);
    const [onDay] = itemsOf("/2025/01/02/");
    expect(onDay).toBe(onHome);
    expect(Object.isFrozen(onHome)).toBe(true);
  });
});

describe("planArticlePage", () => {
  it("should link each article to its older and newer neighbours", () => {
    const articles = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03"]);
    const pages = articles.map((_, index) => planArticlePage(articles, index));
    expect(pages.map((p) => [p.article.date, p.older?.path ?? null, p.newer?.path ?? null])).toEqual([
      ["2025-01-03", "/2025/01/02/story-1/", null],
      ["2025-01-02", "/2025/01/01/story-0/", "/2025/01/03/story-2/"],
      ["2025-01-01", null, "/2025/01/02/story-1/"],
    ]);
    expect(pages[0]!.breadcrumbs.map((b) => b.path)).toEqual(["/", "/2025/", "/2025/01/", "/2025/01/03/"]);
  });

  it("should make the captures of one source URL one page, at the first's URL, linking every version", () => {
    const articles = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03"], (i) => (i < 2 ? { source: { name: "AP", domain: "apnews.com", url: "https://apnews.com/x" } } : {}));
    const pages = articles.map((_, index) => planArticlePage(articles, index));
    expect(pages.map((p) => [p.path, p.title])).toEqual([
      ["/2025/01/03/story-2/", "Story 2"],
      ["/2025/01/01/story-0/", "Story 1"],
    ]);
    expect(pages[1]!.versions).toEqual([
      { label: "Version 1", path: "/2025/01/01/story-0/v/1/", n: 1, captured: "2025-01-01" },
      { label: "Version 2", path: "/2025/01/01/story-0/v/2/", n: 2, captured: "2025-01-02" },
    ]);
    expect(pages[0]!.versions).toEqual([]);
  });
});

describe("planOutletPages", () => {
  it("should list outlets by count, skipping articles without a source", () => {
    const articles = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03"], (i) =>
      i === 0 ? { source: { name: null, domain: null, url: null } } : i === 1 ? { source: { name: "BBC News", domain: "bbc.co.uk", url: "https://bbc.co.uk/1" } } : {},
    );
    const { overview, outlets } = planOutletPages(articles, 50);
    expect(overview.outlets).toEqual([
      { name: "BBC News", domain: "bbc.co.uk", path: "/sources/bbc-co-uk/", count: 1 },
      { name: "Reuters", domain: "reuters.com", path: "/sources/reuters-com/", count: 1 },
    ]);
    expect(outlets.map((p) => p.path)).toEqual(["/sources/bbc-co-uk/", "/sources/reuters-com/"]);
  });
});

describe("planSite", () => {
  it("should plan every kind of page once, each at a unique path", () => {
    const pages = planSite(archiveOf(["2024-12-31", "2025-01-01"]), siteConfig);
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(["/", "/archive/", "/sources/", "/search/", "/404.html", "/feed.xml", "/feed.json", "/sitemap.xml", "/robots.txt", "/articles.json"]));
    const sitemap = pages.find((p) => p.kind === "sitemap")!;
    expect(sitemap.kind === "sitemap" && sitemap.paths).toEqual(expect.arrayContaining(["/2025/01/01/story-1/", "/2024/12/31/story-0/", "/2025/"]));
  });

  it("should list in the sitemap every HTML page but the older versions, whose canonical page is their article", () => {
    const dates = Array.from({ length: 60 }, (_, i) => `2025-0${1 + Math.floor(i / 28)}-${String(1 + (i % 28)).padStart(2, "0")}`);
    const entities = { people: ["Anna Berg"], places: [], organisations: [] }; // a name with a list of two pages
    const articles = archiveOf(dates, (i) => (i < 3 ? { source: { name: "AP", domain: "apnews.com", url: "https://apnews.com/x" }, entities } : { entities }));
    const pages = planSite(articles, siteConfig);
    const sitemap = pages.find((p) => p.kind === "sitemap")!;
    const html = pages.filter((p) => outputFileOf(p.path).endsWith("index.html") && !(p.kind === "version" && p.canonical !== p.path)).map((p) => p.path);
    expect(sitemap.kind === "sitemap" && [...sitemap.paths].sort()).toEqual(html.sort());
    expect(html).toEqual(expect.arrayContaining(["/2025/01/01/story-0/v/3/", "/2025/01/01/story-0/v/"]));
    expect(html).not.toContain("/2025/01/01/story-0/v/1/");
    expect(html).toEqual(expect.arrayContaining(["/people/anna-berg/", "/people/anna-berg/page/1/", "/people/anna-berg/page/2/"]));
  });

  it("should plan an empty archive", () => {
    const pages = planSite([], siteConfig);
    expect(pages.find((p) => p.path === "/")).toMatchObject({ kind: "list", items: [] });
  });
});

describe("pagedListPaths", () => {
  it("should give the paths planPagedList makes", () => {
    for (const count of [0, 1, 3, 4, 7, 9]) {
      const pages = planPagedList(archiveOf(Array.from({ length: count }, (_, i) => `2025-01-${String(i + 1).padStart(2, "0")}`)), 3, { ...list, root: "/x/" });
      expect(pagedListPaths("/x/", count, 3)).toEqual(pages.map((page) => page.path));
    }
  });
});

describe("planSitemaps", () => {
  it("should split a sitemap past the limit and index the parts", () => {
    const sitemaps = planSitemaps(["/a/", "/b/", "/c/"], 2);
    expect(sitemaps.map((s) => [s.path, s.paths, s.sitemaps])).toEqual([
      ["/sitemap.xml", [], ["/sitemap-1.xml", "/sitemap-2.xml"]],
      ["/sitemap-1.xml", ["/a/", "/b/"], []],
      ["/sitemap-2.xml", ["/c/"], []],
    ]);
    expect(planSitemaps(["/a/"], 2).map((s) => s.path)).toEqual(["/sitemap.xml"]);
  });
});
