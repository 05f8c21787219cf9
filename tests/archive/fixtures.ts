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

/** A seed's article drawn from few titles, dates, addresses and bodies, so that checks find copies, namesakes, captures of one original and dangling lines. */
export function randomParsedArticle(random: () => number, seedFile: string): ParsedArticle {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const titles = ["Storm Closes the Harbour", "storm closes the harbour!", "Budget Passes", "A Quiet Day", "Ferry Returns"];
  const url = pick([null, "https://x.example/story", "http://www.x.example/story/", "https://y.example/other"]);
  return parsedArticle({
    seedFile,
    title: pick(titles),
    date: pick(["2025-03-03", "2025-03-04", "2027-01-01"]),
    source: { name: null, domain: null, url },
    captured: pick([undefined, undefined, "2025-03-03T08:00:00Z"]),
    bodyHtml: pick(["<p>One.</p>", "<p>Two.</p>"]),
    related: Array.from({ length: Math.floor(random() * 3) }, () => ({ title: pick([...titles, "Not Archived"]), href: random() < 0.3 ? "https://z.example/" : null })),
  });
}

/**
 * Seeds by file after one random change: a seed added (`s<n>.txt`, n from `count`), one removed, or
 * one changed (a changed seed is a new object, as a parse gives it); or null, one time in ten,
 * for the caller's own change (a build day, a path prefix).
 */
export function changedSeeds(random: () => number, seeds: ReadonlyMap<string, ParsedArticle>, make: (file: string) => ParsedArticle, count: { next: number }): Map<string, ParsedArticle> | null {
  const changed = new Map(seeds);
  const files = [...seeds.keys()];
  const change = random();
  if (change < 0.3) {
    const file = `s${count.next++}.txt`;
    changed.set(file, make(file));
  } else if (change < 0.55 && files.length > 2) changed.delete(files[Math.floor(random() * files.length)]!);
  else if (change < 0.9) {
    const file = files[Math.floor(random() * files.length)]!;
    changed.set(file, make(file));
  } else return null;
  return changed;
}
