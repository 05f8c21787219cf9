import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import type { SeedLocations } from "../../src/parse/seed-warnings.ts";
import { originalUrlKey } from "../../src/archive/match-keys.ts";
import { checkArchive } from "../../src/archive/qa-checks.ts";
import { parsedArticle } from "./fixtures.ts";

function article(seedFile: string, fields: Partial<ParsedArticle> & { url?: string | null } = {}): ParsedArticle {
  const { url = null, ...rest } = fields;
  return parsedArticle({ slug: "a", title: `Title of ${seedFile}`, date: "2025-05-02", source: { name: null, domain: null, url }, wordCount: 100, seedFile, bodyHtml: "", bodyText: "", ...rest });
}

const at = (lines: Partial<SeedLocations>): SeedLocations => ({ title: 1, date: 3, caption: null, source: 9, related: [], body: 5, end: 9, ...lines });
const TODAY = "2026-01-10";
const rules = (articles: ParsedArticle[], locations?: Map<string, SeedLocations>) => checkArchive(articles, { today: TODAY, locations }).map((d) => [d.file, d.rule, d.line]);

describe("checkArchive", () => {
  it("should find nothing in an archive without duplicates, dangling related titles or future dates", () => {
    expect(rules([article("a.txt", { url: "https://x.example/a" }), article("b.txt", { date: TODAY, url: "https://x.example/b" })])).toEqual([]);
  });

  it("should warn of a date after the build day, at its date line", () => {
    const locations = new Map([["a.txt", at({ date: 4 })]]);
    expect(rules([article("a.txt", { date: "2026-01-11" })], locations)).toEqual([["a.txt", "future-date", 4]]);
  });

  it("should not report captures of one source URL that differ: they are versions of one article", () => {
    const url = "https://www.x.example/2025/05/02/story";
    expect(
      rules([article("a.txt", { url, bodyHtml: "<p>One.</p>" }), article("b.txt", { url, bodyHtml: "<p>One.</p>" }), article("c.txt", { url, title: "Title of a.txt", bodyHtml: "<p>Two.</p>" })]),
    ).toEqual([]);
  });

  it("should report two seeds with the same source URL, headline and text, each pointing at the other", () => {
    const copy = { title: "Storm Closes the Harbour", bodyHtml: "<p>The harbour closed.</p>" };
    const diagnostics = checkArchive([article("a.txt", { ...copy, url: "https://www.x.example/2025/05/02/story" }), article("b.txt", { ...copy, url: "http://x.example/2025/05/02/story/#top" })], {
      today: TODAY,
    });
    expect(diagnostics.map((d) => [d.file, d.rule, d.severity])).toEqual([
      ["a.txt", "duplicate-source", "warning"],
      ["b.txt", "duplicate-source", "warning"],
    ]);
    expect(diagnostics[0]!.message).toMatch(/^the same source URL, headline and text as b\.txt, .*: a copy, not a new version: .*delete one/);
    expect(diagnostics[1]!.message).toMatch(/^the same source URL, headline and text as a\.txt/);
  });

  it("should not report identical captures that say they were captured at different times", () => {
    const copy = { title: "Storm Closes the Harbour", bodyHtml: "<p>The harbour closed.</p>", url: "https://x.example/story" };
    expect(rules([article("a.txt", { ...copy, captured: "2025-05-02T08:00:00Z" }), article("b.txt", { ...copy, captured: "2025-05-02T20:00:00Z" })])).toEqual([]);
    expect(rules([article("a.txt", { ...copy, captured: "2025-05-02T08:00:00Z" }), article("b.txt", copy)])).toEqual([]);
  });

  it("should report the same date and title, unless the sources are the same too", () => {
    const same = { title: "Storm Closes the Harbour", date: "2025-03-03" };
    expect(rules([article("a.txt", { ...same, url: "https://x.example/1" }), article("b.txt", { ...same, title: "storm closes the harbour!", url: "https://y.example/2" })])).toEqual([
      ["a.txt", "duplicate-title", 1],
      ["b.txt", "duplicate-title", 1],
    ]);
    expect(rules([article("a.txt", { ...same, url: "https://x.example/1" }), article("b.txt", { ...same, url: "https://x.example/1" })]).map(([, rule]) => rule)).toEqual([
      "duplicate-source",
      "duplicate-source",
    ]);
  });

  it("should report a related title that matches no archived title, ignoring case and punctuation, at its line", () => {
    const related = [
      { title: "russia's economy in 2026", href: null },
      { title: "Not Archived", href: null },
    ];
    const locations = new Map([["a.txt", at({ related: [20, 22] })]]);
    const articles = [article("a.txt", { related, url: "https://x.example/a" }), article("b.txt", { title: "Russia’s Economy in 2026", url: "https://x.example/b" })];
    expect(rules(articles, locations)).toEqual([["a.txt", "unresolved-related", 22]]);
  });

  it("should leave the articles as they were", () => {
    const articles = [article("a.txt", { url: "https://x.example/a", related: [{ title: "Nowhere", href: null }] }), article("b.txt", { url: "https://x.example/a" })];
    const before = structuredClone(articles);
    checkArchive(articles, { today: TODAY });
    expect(articles).toEqual(before);
  });
});

describe("originalUrlKey", () => {
  it("should ignore www., the host's case, a trailing slash, the fragment and the scheme", () => {
    expect(originalUrlKey("https://WWW.Example.com/a/b/#x")).toBe(originalUrlKey("http://example.com/a/b"));
    expect(originalUrlKey("https://example.com/a?id=1")).not.toBe(originalUrlKey("https://example.com/a?id=2"));
  });
});
