import { describe, expect, it } from "vitest";
import type { ArticleEntities } from "../../src/article.ts";
import { entityIndex } from "../../src/site/entity-index.ts";
import { COMMON, moreOnThis } from "../../src/site/more-on-this.ts";
import { archiveOf } from "./fixtures.ts";

const named = (people: string[], places: string[] = []): ArticleEntities => ({ people, places, organisations: [] });

describe("moreOnThis", () => {
  it("should rank the articles that share the rarest entities first", () => {
    // 0 and 1 share a rare person (2 articles); 0 and 2..4 share a common place (4 articles).
    const entitiesOf = [named(["Hakan Fidan"], ["Moscow"]), named(["Hakan Fidan"]), named([], ["Moscow"]), named([], ["Moscow"]), named([], ["Moscow"])];
    const articles = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"], (i) => ({ entities: entitiesOf[i]! }));
    const lists = moreOnThis(articles, entityIndex(articles));
    const first = articles.find((article) => article.slug === "story-0")!;
    // Ties (the three Moscow articles) go newest first.
    expect(lists.get(first.path)!.map((link) => link.label)).toEqual(["Story 1", "Story 4", "Story 3", "Story 2"]);
    expect(lists.get(articles.find((article) => article.slug === "story-1")!.path)!.map((link) => link.label)).toEqual(["Story 0"]);
  });

  it("should give at most five, and none for an article sharing nothing", () => {
    const dates = Array.from({ length: 8 }, (_, i) => `2025-02-0${i + 1}`);
    const articles = archiveOf(dates, (i) => ({ entities: i === 7 ? named(["Nobody Else"]) : named([], ["Kyiv"]) }));
    const lists = moreOnThis(articles, entityIndex(articles));
    expect(lists.get(articles.find((a) => a.slug === "story-0")!.path)).toHaveLength(5);
    expect(lists.get(articles.find((a) => a.slug === "story-7")!.path)).toEqual([]);
  });

  it("should skip an entity named by more than COMMON articles", () => {
    const dates = Array.from({ length: COMMON + 1 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    const articles = archiveOf(dates, () => ({ entities: named([], ["Moscow"]) }));
    const lists = moreOnThis(articles, entityIndex(articles));
    expect([...lists.values()].every((list) => list.length === 0)).toBe(true);
  });

  it("should leave the lists of articles that share nothing with an added article as they were", () => {
    const entitiesOf = [named(["A Person"]), named(["A Person"]), named(["B Person"]), named(["B Person"], ["Kyiv"]), named([], ["Kyiv"])];
    const before = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05"], (i) => ({ entities: entitiesOf[i]! }));
    const after = archiveOf(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-04", "2025-01-05", "2025-01-06"], (i) => ({ entities: entitiesOf[i] ?? named(["B Person"]) }));
    const was = moreOnThis(before, entityIndex(before));
    const now = moreOnThis(after, entityIndex(after));
    for (const slug of ["story-0", "story-1"]) {
      const path = before.find((a) => a.slug === slug)!.path;
      expect(now.get(path)).toEqual(was.get(path));
    }
  });
});
