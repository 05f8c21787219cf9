import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import { assembleArchive } from "../../src/archive/assemble-archive.ts";
import { checkArchive } from "../../src/archive/qa-checks.ts";
import { parsedArticle } from "./fixtures.ts";

const article = (seedFile: string, overrides: Partial<ParsedArticle>): ParsedArticle => parsedArticle({ slug: seedFile.replace(".txt", ""), title: seedFile, wordCount: 100, seedFile, ...overrides });

const ORIGINAL = "https://www.outlet.example/2025/12/10/some-slug-a76980";
const archived = article("archived.txt", { title: "The Headline As Archived", source: { name: null, domain: "outlet.example", url: ORIGINAL } });
const relatedOf = (articles: ParsedArticle[], file = "b.txt") => assembleArchive(articles).find((a) => a.seedFile === file)!.related;

describe("related links", () => {
  it("should link to the archived article whose original URL is the line's address, even under another title", () => {
    const b = article("b.txt", { related: [{ title: "The Headline Before It Changed", href: ORIGINAL }] });
    expect(relatedOf([archived, b])).toEqual([{ title: "The Headline Before It Changed", url: "/2026/01/03/archived/", href: ORIGINAL }]);
  });

  it("should compare addresses as the duplicate check does: www., host case, trailing slash, fragment, http or https", () => {
    for (const href of ["http://outlet.example/2025/12/10/some-slug-a76980/", "https://OUTLET.example/2025/12/10/some-slug-a76980#top", "https://www.outlet.example/2025/12/10/some-slug-a76980"]) {
      const b = article("b.txt", { related: [{ title: "Elsewhere", href }] });
      expect(relatedOf([archived, b])[0]!.url, href).toBe("/2026/01/03/archived/");
    }
  });

  it("should match by address before title", () => {
    const sameTitle = article("c.txt", { title: "Elsewhere" });
    const b = article("b.txt", { related: [{ title: "Elsewhere", href: ORIGINAL }] });
    expect(relatedOf([archived, b, sameTitle])[0]!.url).toBe("/2026/01/03/archived/");
  });

  it("should fall back to the title when no archived article has the address", () => {
    const b = article("b.txt", { related: [{ title: "the headline as archived", href: "https://other.example/x" }] });
    expect(relatedOf([archived, b])).toEqual([{ title: "the headline as archived", url: "/2026/01/03/archived/", href: "https://other.example/x" }]);
  });

  it("should keep the address of a related article that is not archived, to link out to it", () => {
    const b = article("b.txt", { related: [{ title: "Not Here", href: "https://other.example/x" }] });
    expect(relatedOf([archived, b])).toEqual([{ title: "Not Here", url: null, href: "https://other.example/x" }]);
  });
});

describe("unresolved-related", () => {
  const rules = (articles: ParsedArticle[]) =>
    checkArchive(articles, { today: "2026-06-01" })
      .filter((d) => d.rule === "unresolved-related")
      .map((d) => d.message);

  it("should not report a related line that links to an archived article by its address", () => {
    expect(rules([archived, article("b.txt", { related: [{ title: "Another Title", href: ORIGINAL }] })])).toEqual([]);
  });

  it("should not report a related line that links out to its address", () => {
    expect(rules([archived, article("b.txt", { related: [{ title: "Not Here", href: "https://other.example/x" }] })])).toEqual([]);
  });

  it("should report a related line with neither an archived match nor an address", () => {
    expect(rules([archived, article("b.txt", { related: [{ title: "Not Here", href: null }] })])).toEqual([expect.stringContaining('"Not Here"')]);
  });
});
