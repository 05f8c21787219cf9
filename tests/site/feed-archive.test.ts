import { describe, expect, it } from "vitest";
import { feedArchivePath, planFeedArchive, subscriptionHistory } from "../../src/site/feed-archive.ts";
import type { FeedPage } from "../../src/site/pages.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const dates = ["2024-11-30", "2025-01-02", "2025-01-20", "2025-03-14", "2025-03-01"];

describe("planFeedArchive", () => {
  it("should make one Atom document a month with articles, newest month first, holding all its articles newest first", () => {
    const archives = planFeedArchive(archiveOf(dates), "Broadsheet");
    expect(archives.map((page) => [page.kind, page.path, page.articles.map((article) => article.date)])).toEqual([
      ["atom", "/feed/archive/2025-03.xml", ["2025-03-14", "2025-03-01"]],
      ["atom", "/feed/archive/2025-01.xml", ["2025-01-20", "2025-01-02"]],
      ["atom", "/feed/archive/2024-11.xml", ["2024-11-30"]],
    ]);
    expect(archives[0]).toMatchObject({ title: "Broadsheet: March 2025", updated: "2025-03-14" });
  });

  it("should link each month to the months with articles before and after it, skipping empty ones", () => {
    const archives = planFeedArchive(archiveOf(dates), "Broadsheet");
    expect(archives.map((page) => page.history)).toEqual([
      { archived: "March 2025", prevArchive: "/feed/archive/2025-01.xml", nextArchive: null },
      { archived: "January 2025", prevArchive: "/feed/archive/2024-11.xml", nextArchive: "/feed/archive/2025-03.xml" },
      { archived: "November 2024", prevArchive: null, nextArchive: "/feed/archive/2025-01.xml" },
    ]);
  });

  it("should leave other months' documents unchanged when an article is added to a month", () => {
    const before = planFeedArchive(archiveOf(dates), "Broadsheet");
    const after = planFeedArchive(archiveOf([...dates, "2025-01-25"]), "Broadsheet");
    const byPath = (pages: FeedPage[], path: string) => pages.find((page) => page.path === path);
    expect(byPath(after, feedArchivePath("2025-03"))).toEqual(byPath(before, feedArchivePath("2025-03")));
    expect(byPath(after, feedArchivePath("2024-11"))).toEqual(byPath(before, feedArchivePath("2024-11")));
    expect(byPath(after, feedArchivePath("2025-01"))!.articles).toHaveLength(3);
  });

  it("should plan no archive document for an empty archive", () => {
    expect(planFeedArchive([], "Broadsheet")).toEqual([]);
    expect(subscriptionHistory([])).toEqual({ archived: null, prevArchive: null, nextArchive: null });
  });
});

describe("planSite's feed history", () => {
  it("should link the subscription feed's prev-archive to the newest month, and keep the archive out of the sitemap", () => {
    const pages = planSite(archiveOf(dates), siteConfig);
    expect(pages.find((page) => page.path === "/feed.xml")).toMatchObject({ history: { archived: null, prevArchive: "/feed/archive/2025-03.xml", nextArchive: null } });
    expect(pages.filter((page) => page.path.startsWith("/feed/archive/"))).toHaveLength(3);
    const sitemap = pages.find((page) => page.kind === "sitemap");
    expect(sitemap?.kind === "sitemap" && sitemap.paths.some((path) => path.startsWith("/feed/"))).toBe(false);
  });
});
