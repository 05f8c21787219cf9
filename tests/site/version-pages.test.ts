import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";
import { planSite } from "../../src/site/plan-site.ts";
import type { VersionPage, VersionsPage } from "../../src/site/pages.ts";
import { planArticleVersions } from "../../src/site/version-pages.ts";
import { siteConfig } from "../../src/site.config.ts";
import { parsedArticle } from "../archive/fixtures.ts";

const source = { name: "Coast Post", domain: "coastpost.example", url: "https://coastpost.example/storm" };
const capture = (seedFile: string, captured: string, title: string, bodyText: string): ParsedArticle =>
  parsedArticle({ seedFile, captured, title, slug: "storm", date: "2025-06-02", source, bodyText, wordCount: bodyText.split(" ").length });
const archive = assembleArchive([
  capture("1.txt", "2025-06-02T07:30Z", "Storm", "Winds of 90 km/h."),
  capture("2.txt", "2025-06-02T12:00Z", "Storm Closes Harbour", "Winds of 90 km/h.\n\nFerries stopped."),
  capture("3.txt", "2025-06-02T18:00Z", "Storm Closes Harbour", "Winds of 110 km/h.\n\nFerries stopped."),
  parsedArticle({ seedFile: "other.txt", slug: "other" }),
]);

describe("planArticleVersions", () => {
  const pages = archive.flatMap(planArticleVersions);
  const versions = pages.filter((page): page is VersionPage => page.kind === "version");

  it("should plan a page per version and the list of versions, for articles with versions only", () => {
    expect(pages.map((page) => [page.kind, page.path])).toEqual([
      ["version", "/2025/06/02/storm/v/1/"],
      ["version", "/2025/06/02/storm/v/2/"],
      ["version", "/2025/06/02/storm/v/3/"],
      ["versions", "/2025/06/02/storm/v/"],
    ]);
  });

  it("should point older versions' canonical at the article, the latest's at itself, and link the neighbours", () => {
    expect(versions.map((page) => [page.canonical, page.previous?.path ?? null, page.next?.path ?? null])).toEqual([
      ["/2025/06/02/storm/", null, "/2025/06/02/storm/v/2/"],
      ["/2025/06/02/storm/", "/2025/06/02/storm/v/1/", "/2025/06/02/storm/v/3/"],
      ["/2025/06/02/storm/v/3/", "/2025/06/02/storm/v/2/", null],
    ]);
    expect(versions[1]!.breadcrumbs.map((crumb) => crumb.label)).toEqual(["Home", "2025", "June", "2", "Storm Closes Harbour", "Versions", "Version 2"]);
    expect(versions[1]!.title).toBe("Version 2 of 3: Storm Closes Harbour");
  });

  it("should give the first version its text and no diff, the others what changed from the one before", () => {
    expect(versions[0]!.diff).toBeNull();
    expect(versions[0]!.paragraphs).toEqual([{ kind: "same", parts: [{ text: "Winds of 90 km/h." }] }]);
    expect(versions[1]!.diff!.counts).toMatchObject({ headlineChanged: true, wordsAdded: 2, paragraphsAdded: 1 });
    expect(versions[2]!.diff!.counts).toMatchObject({ headlineChanged: false, wordsAdded: 1, wordsRemoved: 1, paragraphsEdited: 1 });
  });

  it("should list every version with its date, headline and counts", () => {
    const index = pages.at(-1) as VersionsPage;
    expect(index.versions.map(({ n, label, captured, counts }) => [n, label, captured, counts?.paragraphsChanged ?? null])).toEqual([
      [1, "Storm", "2025-06-02T07:30Z", null],
      [2, "Storm Closes Harbour", "2025-06-02T12:00Z", 1],
      [3, "Storm Closes Harbour", "2025-06-02T18:00Z", 1],
    ]);
  });
});

describe("planSite with versions", () => {
  it("should put the list of versions and the latest version in the sitemap, not the older versions", () => {
    const sitemap = planSite(archive, siteConfig).find((page) => page.kind === "sitemap")!;
    expect(sitemap.kind === "sitemap" && sitemap.paths.filter((path) => path.includes("storm"))).toEqual(["/2025/06/02/storm/", "/2025/06/02/storm/v/3/", "/2025/06/02/storm/v/"]);
  });
});
