import type { ParsedArticle } from "../../src/article.ts";

/** A parsed article with the fewest fields a seed can give (a title, a date, one word), and the given ones. */
export function parsedArticle(overrides: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    slug: "a-story",
    title: "A Story",
    date: "2026-01-03",
    author: null,
    source: { name: null, domain: null, url: null },
    image: null,
    summary: "",
    related: [],
    wordCount: 1,
    seedFile: "a.txt",
    seedSha256: "0".repeat(64),
    tags: [],
    entities: { people: [], places: [], organisations: [] },
    bodyHtml: "<p>x</p>",
    bodyText: "x",
    ...overrides,
  };
}
