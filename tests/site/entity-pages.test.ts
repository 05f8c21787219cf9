import { describe, expect, it } from "vitest";
import type { ArticleEntities } from "../../src/article.ts";
import { articleEntityGroups, entityIndex } from "../../src/site/entity-index.ts";
import { planEntityPages } from "../../src/site/entity-pages.ts";
import { monthCounts, sparkline } from "../../src/site/entity-sparkline.ts";
import { planSite } from "../../src/site/plan-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { archiveOf } from "./fixtures.ts";

const named = (people: string[], places: string[] = [], organisations: string[] = []): ArticleEntities => ({ people, places, organisations });

describe("entityIndex", () => {
  // Story 0 is the oldest; archiveOf returns them newest first.
  const entitiesOf = [named(["Sergei Lavrov"], ["Moscow"]), named(["sergei lavrov"], ["Ankara"]), named(["Sergei Lavrov", "Hakan Fidan"], ["Moscow"]), named([], ["Kyiv"])];
  const articles = archiveOf(["2025-03-01", "2025-03-02", "2025-05-03", "2025-06-04"], (i) => ({ entities: entitiesOf[i]! }));

  it("should give a page only to a name two articles share, counting spellings that differ in case as one", () => {
    const index = entityIndex(articles);
    expect(index.paged.people.map(({ name, path, articles }) => [name, path, articles.length])).toEqual([["Sergei Lavrov", "/people/sergei-lavrov/", 3]]);
    expect(index.paged.places.map(({ name, path }) => [name, path])).toEqual([["Moscow", "/places/moscow/"]]);
    expect(index.paged.organisations).toEqual([]);
  });

  it("should list an article's entities by kind, linked when they have a page", () => {
    const index = entityIndex(articles);
    const third = articles.find((article) => article.slug === "story-2")!;
    expect(articleEntityGroups(third, index)).toEqual([
      {
        label: "People",
        items: [
          { name: "Sergei Lavrov", path: "/people/sergei-lavrov/" },
          { name: "Hakan Fidan", path: null },
        ],
      },
      { label: "Places", items: [{ name: "Moscow", path: "/places/moscow/" }] },
    ]);
  });

  it("should plan an entity's page with its count, first and last mention and the names it shares articles with", () => {
    const { indexes, lists } = planEntityPages(entityIndex(articles), 50);
    expect(indexes.map((page) => [page.path, page.entities.length])).toEqual([
      ["/people/", 1],
      ["/places/", 1],
      ["/organisations/", 0],
    ]);
    const lavrov = lists.get("/people/sergei-lavrov/")![0]!;
    expect(lavrov.items.map((item) => item.title)).toEqual(["Story 2", "Story 1", "Story 0"]);
    expect(lavrov.entity).toMatchObject({
      kind: "person",
      count: 3,
      first: { date: "2025-03-01" },
      last: { date: "2025-05-03" },
      mentionedWith: [{ name: "Moscow", path: "/places/moscow/", kind: "place", count: 2 }],
    });
  });

  it("should name the ten entities mentioned with it most, ties in alphabetical order whatever the case", () => {
    const others = ["ankara", "Baku", "berlin", "Cairo", "delhi", "Erfurt", "fez", "Gdansk", "hue", "Izmir", "jena", "Kobe"];
    const places = [
      ["Kyiv", "Zurich", ...others],
      ["Kyiv", "Zurich", ...[...others].reverse()],
      ["Kyiv", "Zurich"],
    ];
    const archive = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03"], (i) => ({ entities: named([], places[i]!) }));
    const kyiv = planEntityPages(entityIndex(archive), 50).lists.get("/places/kyiv/")![0]!;
    expect(kyiv.entity!.mentionedWith.map(({ name, count }) => [name, count])).toEqual([["Zurich", 3], ...others.slice(0, 9).map((name) => [name, 2])]);
  });

  it("should count a name an article gives in two spellings once among those mentioned with another", () => {
    const archive = archiveOf(["2025-01-01", "2025-01-02"], () => ({ entities: named(["Sergei Lavrov", "sergei lavrov"], ["Kyiv"]) }));
    const kyiv = planEntityPages(entityIndex(archive), 50).lists.get("/places/kyiv/")![0]!;
    expect(kyiv.entity!.mentionedWith.map(({ name, count }) => [name, count])).toEqual([["Sergei Lavrov", 2]]);
  });

  it("should put the summary on the first page of a long list only", () => {
    const many = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"], () => ({ entities: named([], ["Kyiv"]) }));
    const pages = planEntityPages(entityIndex(many), 2).lists.get("/places/kyiv/")!;
    expect(pages.map((page) => [page.path, Boolean(page.entity)])).toEqual([
      ["/places/kyiv/", true],
      ["/places/kyiv/page/1/", false],
      ["/places/kyiv/page/2/", false],
      ["/places/kyiv/page/3/", false],
    ]);
  });

  it("should plan only the lists of the entities it is asked for, and name the others in order", () => {
    const { lists } = planEntityPages(entityIndex(articles), 50, (entity) => entity.kind === "places");
    expect([...lists]).toEqual([
      ["/people/sergei-lavrov/", null],
      ["/places/moscow/", [expect.objectContaining({ path: "/places/moscow/" })]],
    ]);
  });

  it("should add the index pages and entity pages to the site, and their entities to the sitemap", () => {
    const pages = planSite(articles, siteConfig);
    const sitemap = pages.find((page) => page.kind === "sitemap")!;
    expect(sitemap.paths).toEqual(expect.arrayContaining(["/people/", "/places/", "/organisations/", "/people/sergei-lavrov/", "/places/moscow/"]));
  });
});

describe("sparkline", () => {
  it("should count the articles of each month from the first mention to the last, as the page holds them", () => {
    expect(monthCounts(["2025-05-01", "2025-03-10", "2025-03-20"])).toEqual({ start: "2025-03", counts: [2, 0, 1] });
    expect(monthCounts(["2025-01-01", "2024-11-30"])).toEqual({ start: "2024-11", counts: [1, 0, 1] });
    expect(monthCounts([])).toEqual({ start: "", counts: [] });
  });

  it("should draw a bar a month from the first mention to the last, a sliver for a month without one", () => {
    const line = sparkline(monthCounts(["2025-03-10", "2025-03-20", "2025-05-01"]));
    expect(line.bars.map(({ x, height, label }) => [x, height, label])).toEqual([
      [0, 24, "March 2025: 2 articles"],
      [5, 1, "April 2025: none"],
      [10, 12, "May 2025: 1 article"],
    ]);
    expect(line.width).toBe(14);
    expect(line.summary).toBe("named in 2 of 3 months from March 2025 to May 2025; most in March 2025 (2 articles).");
    expect(sparkline(monthCounts(["2025-03-10"])).summary).toBe("named in March 2025; most in March 2025 (1 article).");
    expect(sparkline(monthCounts([])).summary).toBe("not named.");
  });

  it("should cross a year's end", () => {
    expect(sparkline(monthCounts(["2024-12-31", "2025-01-01"])).bars.map((bar) => bar.label)).toEqual(["December 2024: 1 article", "January 2025: 1 article"]);
  });
});
