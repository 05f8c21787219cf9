import type { ArchivedArticle } from "../../src/article.ts";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";

/** Archived articles for the given dates (any order), named after their position. */
export function archiveOf(dates: string[], overrides: (index: number) => Partial<ArchivedArticle> = () => ({})): ArchivedArticle[] {
  return assembleArchive(
    dates.map((date, index) => ({
      slug: `story-${index}`,
      title: `Story ${index}`,
      date,
      author: null,
      source: { name: "Reuters", domain: "reuters.com", url: `https://www.reuters.com/${index}` },
      image: null,
      summary: `Summary ${index}`,
      related: [],
      wordCount: 10,
      seedFile: `${String(index).padStart(4, "0")}.txt`,
      seedSha256: "0".repeat(64),
      tags: [],
      entities: { people: [], places: [], organisations: [] },
      bodyHtml: `<p>Body ${index}</p>`,
      bodyText: `Body ${index}`,
      ...overrides(index),
    })),
  );
}
