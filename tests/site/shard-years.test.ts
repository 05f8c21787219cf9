import { describe, expect, it } from "vitest";
import { planSite } from "../../src/site/plan-site.ts";
import { balanceYears, countByYear, pageYear, shardYears } from "../../src/site/shard-years.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const years = (counts: Record<string, number>) => new Map(Object.entries(counts));

describe("balanceYears", () => {
  it("should give each year, most articles first, to the shard with the fewest articles so far", () => {
    // 2020 (10) → 1; 2021 (7) → 2; 2022 (5) → 2 (12); 2023 (4) → 1 (14).
    expect(balanceYears(years({ 2020: 10, 2021: 7, 2022: 5, 2023: 4 }), 2)).toEqual([
      ["2023", "2020"],
      ["2022", "2021"],
    ]);
  });

  it("should break ties by the older year first and the lower shard number", () => {
    // All 3: 2019 → 1, 2020 → 2, 2021 → 3, 2022 → 1.
    expect(balanceYears(years({ 2022: 3, 2021: 3, 2020: 3, 2019: 3 }), 3)).toEqual([["2022", "2019"], ["2020"], ["2021"]]);
  });

  it("should leave the last shards empty when there are more shards than years", () => {
    expect(balanceYears(years({ 2024: 1, 2025: 2 }), 4)).toEqual([["2025"], ["2024"], [], []]);
  });

  it("should put every year in the one shard of a split in one", () => {
    expect(balanceYears(years({ 2001: 5, 2003: 1, 2002: 9 }), 1)).toEqual([["2003", "2002", "2001"]]);
  });

  it("should give no shard a year when the archive is empty", () => {
    expect(balanceYears(new Map(), 2)).toEqual([[], []]);
  });
});

describe("shardYears", () => {
  it("should count the articles of each year and give the years of the shard asked for", () => {
    const archive = archiveOf(["2023-01-02", "2024-03-04", "2024-05-06", "2022-07-08"]);
    expect(countByYear(archive)).toEqual(years({ 2024: 2, 2023: 1, 2022: 1 }));
    expect(shardYears(archive, { index: 1, count: 2 })).toEqual(["2024"]);
    expect(shardYears(archive, { index: 2, count: 2 })).toEqual(["2023", "2022"]);
  });
});

describe("pageYear", () => {
  it("should give a year's articles, date pages, records' file and archived feed documents to it, and the pages across years to none", () => {
    const pages = planSite(archiveOf(["2023-05-01", "2024-02-03"]), siteConfig);
    const owned = (year: string | null) =>
      pages
        .filter((page) => pageYear(page) === year)
        .map((page) => page.path)
        .sort();
    expect(owned("2023")).toEqual([
      "/2023/",
      "/2023/05/",
      "/2023/05/01/",
      "/2023/05/01/story-0/",
      "/2023/05/01/story-0/cite.bib",
      "/2023/05/01/story-0/cite.json",
      "/2023/05/01/story-0/cite.ris",
      "/2023/articles.json",
      "/feed/archive/2023-05.xml",
    ]);
    expect(owned("2024")).toEqual([
      "/2024/",
      "/2024/02/",
      "/2024/02/03/",
      "/2024/02/03/story-1/",
      "/2024/02/03/story-1/cite.bib",
      "/2024/02/03/story-1/cite.json",
      "/2024/02/03/story-1/cite.ris",
      "/2024/articles.json",
      "/feed/archive/2024-02.xml",
    ]);
    expect(owned(null)).toEqual(
      expect.arrayContaining(["/", "/404.html", "/archive/", "/articles.json", "/feed.json", "/feed.xml", "/on-this-day/", "/robots.txt", "/search/", "/sitemap.xml", "/sources/", "/tags/"]),
    );
    expect(owned(null).filter((path) => /^\/\d{4}\//.test(path))).toEqual([]);
  });
});
