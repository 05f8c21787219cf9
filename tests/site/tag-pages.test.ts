import { describe, expect, it } from "vitest";
import { planSite } from "../../src/site/plan-site.ts";
import { articleTags, planTagPages, tagPath } from "../../src/site/tag-pages.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

describe("tagPath", () => {
  it("should slug a tag into its page's path", () => {
    expect(tagPath("Climate Change")).toBe("/tags/climate-change/");
    expect(tagPath("  cities ")).toBe("/tags/cities/");
  });

  it("should give a tag slugify makes nothing of a path of its own", () => {
    expect(tagPath("!!!")).toMatch(/^\/tags\/tag-[0-9a-f]{8}\/$/);
    expect(tagPath("???")).not.toBe(tagPath("!!!"));
  });

  it("should give no path to a blank tag", () => {
    expect(tagPath("   ")).toBe("");
  });
});

describe("articleTags", () => {
  it("should trim an article's tags and drop blanks and those that share a page", () => {
    const [article] = archiveOf(["2025-01-01"], () => ({ tags: [" Transport ", "", "transport", "cities"] }));
    expect(articleTags(article!)).toEqual(["Transport", "cities"]);
  });
});

describe("planTagPages", () => {
  const tagsOf: string[][] = [["transport"], ["transport", "cities"], ["Transport"], ["cities"], ["transport"], []];
  const articles = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06"], (i) => ({ tags: tagsOf[i]! }));

  it("should list every tag by its number of articles, merging spellings under the most used", () => {
    const { overview } = planTagPages(articles, 50);
    expect(overview).toMatchObject({ kind: "tags", path: "/tags/" });
    expect(overview.tags).toEqual([
      { name: "transport", path: "/tags/transport/", count: 4 },
      { name: "cities", path: "/tags/cities/", count: 2 },
    ]);
  });

  it("should list a tag's articles newest first, paged as outlets are", () => {
    const { tags } = planTagPages(articles, 2);
    expect(tags.map((page) => page.path)).toEqual(["/tags/transport/", "/tags/transport/page/1/", "/tags/transport/page/2/", "/tags/cities/"]);
    expect(tags[0]!.items.map((item) => item.date)).toEqual(["2025-01-05", "2025-01-03"]);
    expect(tags[0]!.breadcrumbs).toEqual([
      { label: "Home", path: "/" },
      { label: "Tags", path: "/tags/" },
      { label: "transport", path: "/tags/transport/" },
    ]);
    expect(tags[3]).toMatchObject({ section: "tag", heading: "cities", title: "Articles tagged “cities”" });
  });

  it("should break a tie between spellings by code-unit order, whichever article is newest", () => {
    const tied = archiveOf(["2025-01-01", "2025-01-02"], (i) => ({ tags: [i === 0 ? "transport" : "Transport"] }));
    expect(planTagPages(tied, 50).overview.tags[0]!.name).toBe("Transport");
    expect(planTagPages([...tied].reverse(), 50).overview.tags[0]!.name).toBe("Transport");
  });

  it("should leave older tag pages unchanged when a newer article is tagged", () => {
    const before = planTagPages(articles, 2).tags;
    const more = archiveOf([...["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06"], "2025-01-07"], (i) => ({ tags: i === 6 ? ["transport"] : tagsOf[i]! }));
    const after = planTagPages(more, 2).tags;
    const pageOne = (pages: typeof before) => pages.find((page) => page.path === "/tags/transport/page/1/")!.items;
    expect(pageOne(after)).toEqual(pageOne(before));
    expect(after.find((page) => page.path === "/tags/cities/")).toEqual(before.find((page) => page.path === "/tags/cities/"));
  });

  it("should put the tag pages in the sitemap", () => {
    const pages = planSite(articles, siteConfig);
    const sitemap = pages.find((page) => page.kind === "sitemap");
    expect(sitemap?.kind === "sitemap" && sitemap.paths).toEqual(expect.arrayContaining(["/tags/", "/tags/transport/", "/tags/cities/"]));
  });
});
