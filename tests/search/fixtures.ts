import type { ArchivedArticle } from "../../src/article.ts";

/** An archived article with a caption, a body and an outlet, at the path its date and slug give. */
export function article(overrides: Partial<ArchivedArticle> & { date: string; slug: string }): ArchivedArticle {
  const path = `/${overrides.date.replaceAll("-", "/")}/${overrides.slug}/`;
  return {
    path,
    url: `/news${path}`,
    title: "A Story",
    author: null,
    source: { name: "Reuters", domain: "reuters.com", url: "https://www.reuters.com/x" },
    image: { caption: "A tram at dawn.", credit: "AP", url: null, alt: null },
    summary: "The first paragraph.",
    related: [],
    wordCount: 4,
    seedFile: `${overrides.slug}.txt`,
    seedSha256: "0".repeat(64),
    tags: [],
    entities: { people: [], places: [], organisations: [] },
    bodyHtml: "<p>The first paragraph.</p>",
    bodyText: "The first paragraph.\n\nThe second one.",
    ...overrides,
  };
}

/** Five articles over two years: two on the same day, one without an outlet or a photo, two outlets. */
export const archive = [
  article({ date: "2025-03-14", slug: "tram", title: "New Tram Line" }),
  article({ date: "2024-09-18", slug: "night", title: "Night Trams", source: { name: null, domain: null, url: null }, image: null }),
  article({ date: "2025-01-05", slug: "budget", title: "Budget", source: { name: "City Herald", domain: "cityherald.example", url: "https://cityherald.example/b" } }),
  article({ date: "2024-02-08", slug: "ferry", title: "Ferry" }),
  article({ date: "2025-03-14", slug: "another", title: "Another Story on the Same Day" }),
];
