import { describe, expect, it } from "vitest";
import { planRecordFiles, recordsJson } from "../../src/site/articles-json.ts";
import { archiveOf } from "./fixtures.ts";

describe("planRecordFiles", () => {
  const archive = archiveOf(["2024-02-28", "2026-01-01", "2024-03-01", "2025-12-31"]).sort((a, b) => b.date.localeCompare(a.date));

  it("should name each year's file, newest first, with its count, under the path prefix", () => {
    const [index] = planRecordFiles(archive, "/news/");
    expect(index.path).toBe("/articles.json");
    expect(JSON.parse(index.json)).toEqual({
      articles: 4,
      years: [
        { year: "2026", articles: 1, url: "/news/2026/articles.json" },
        { year: "2025", articles: 1, url: "/news/2025/articles.json" },
        { year: "2024", articles: 2, url: "/news/2024/articles.json" },
      ],
    });
  });

  it("should give a year's file its articles, newest first, written as records without bodies or paths", () => {
    const [, ...years] = planRecordFiles(archive, "/");
    expect(years.map((page) => page.path)).toEqual(["/2026/articles.json", "/2025/articles.json", "/2024/articles.json"]);
    const file = JSON.parse(recordsJson(years[2]!)) as { year: string; articles: Array<Record<string, unknown>> };
    expect(file.year).toBe("2024");
    expect(file.articles.map((record) => record.url)).toEqual(["/2024/03/01/story-2/", "/2024/02/28/story-0/"]);
    expect(file.articles[0]).not.toHaveProperty("path");
    expect(file.articles[0]).not.toHaveProperty("bodyHtml");
    expect(file.articles[0]).not.toHaveProperty("bodyText");
  });

  it("should make an empty archive's index name no year", () => {
    const [index, ...years] = planRecordFiles([], "/");
    expect(JSON.parse(index.json)).toEqual({ articles: 0, years: [] });
    expect(years).toEqual([]);
  });
});
