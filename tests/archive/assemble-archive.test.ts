import { describe, expect, it } from "vitest";
import type { ParsedArticle } from "../../src/article.ts";
import { assembleArchive, toRecord } from "../../src/archive/assemble-archive.ts";
import { titleKey } from "../../src/archive/match-keys.ts";
import { normalisePrefix } from "../../src/site.config.ts";
import { parsedArticle } from "./fixtures.ts";

const article = (overrides: Partial<ParsedArticle>): ParsedArticle => parsedArticle(overrides);

describe("assembleArchive", () => {
  it("should give each article /YYYY/MM/DD/slug/", () => {
    const [only] = assembleArchive([article({})]);
    expect(only).toMatchObject({ path: "/2026/01/03/a-story/", url: "/2026/01/03/a-story/", slug: "a-story" });
  });

  it("should number repeats of a date and slug in seed-file order, whatever the input order", () => {
    const seeds = [article({ seedFile: "c.txt" }), article({ seedFile: "a.txt" }), article({ seedFile: "b.txt" })];
    const urls = Object.fromEntries(assembleArchive(seeds).map((a) => [a.seedFile, a.url]));
    expect(urls).toEqual({ "a.txt": "/2026/01/03/a-story/", "b.txt": "/2026/01/03/a-story-2/", "c.txt": "/2026/01/03/a-story-3/" });
    expect(assembleArchive([...seeds].reverse()).map((a) => a.url)).toEqual(assembleArchive(seeds).map((a) => a.url));
  });

  it("should not number the same slug on different dates", () => {
    const urls = assembleArchive([article({ seedFile: "a.txt" }), article({ seedFile: "b.txt", date: "2026-01-04" })]).map((a) => a.url);
    expect(urls).toEqual(["/2026/01/04/a-story/", "/2026/01/03/a-story/"]);
  });

  it("should order newest first, same-day articles in seed-file order", () => {
    const order = assembleArchive([
      article({ seedFile: "old.txt", date: "2024-05-01", slug: "old" }),
      article({ seedFile: "z.txt", date: "2026-01-03", slug: "z" }),
      article({ seedFile: "y.txt", date: "2026-01-03", slug: "y" }),
    ]).map((a) => a.seedFile);
    expect(order).toEqual(["y.txt", "z.txt", "old.txt"]);
  });

  it("should link related titles to archived articles, ignoring case and punctuation", () => {
    const archive = assembleArchive([
      article({ seedFile: "a.txt", title: "Russia’s Economy in 2026: More War", slug: "economy" }),
      article({
        seedFile: "b.txt",
        slug: "b",
        related: [
          { title: "russias economy in 2026 more war", href: null },
          { title: "Not Archived", href: null },
        ],
      }),
    ]);
    expect(archive.find((a) => a.seedFile === "b.txt")!.related).toEqual([
      { title: "russias economy in 2026 more war", url: "/2026/01/03/economy/", href: null },
      { title: "Not Archived", url: null, href: null },
    ]);
  });

  it("should put the path prefix in URLs but not in paths", () => {
    const [only] = assembleArchive([article({})], "news");
    expect(only).toMatchObject({ path: "/2026/01/03/a-story/", url: "/news/2026/01/03/a-story/" });
  });

  it("should be pure: the same archive from the same articles in any order, fresh objects, the input untouched", () => {
    const a = article({ seedFile: "a.txt", title: "First", slug: "first" });
    const b = article({ seedFile: "b.txt", slug: "first", related: [{ title: "Second", href: null }] });
    const input = structuredClone([a, b]);
    const first = assembleArchive([a, b]);
    const again = assembleArchive([b, a]);
    expect(again).toEqual(first);
    again.forEach((x, index) => expect(x).not.toBe(first[index])); // nothing is remembered from call to call
    expect([a, b]).toEqual(input);
    // b's related title now resolves; a moves to -2 behind an earlier seed file with its slug.
    const c = article({ seedFile: "0.txt", title: "Second", slug: "first" });
    const moved = new Map(assembleArchive([a, b, c]).map((x) => [x.seedFile, x]));
    expect(moved.get("a.txt")).toMatchObject({ path: "/2026/01/03/first-2/" });
    expect(moved.get("b.txt")!.related).toEqual([{ title: "Second", url: "/2026/01/03/first/", href: null }]);
    for (const x of first) expect(moved.get(x.seedFile)).not.toBe(x);
    expect(assembleArchive([a, b], "news").map((x) => x.url)).toEqual(["/news/2026/01/03/first/", "/news/2026/01/03/first-2/"]);
  });
});

describe("toRecord", () => {
  it("should hold exactly the record's fields, in the contract's order", () => {
    const [only] = assembleArchive([article({})]);
    expect(Object.keys(toRecord(only!))).toEqual(["slug", "url", "title", "date", "author", "source", "image", "summary", "related", "wordCount", "seedFile", "seedSha256", "tags", "entities"]);
  });
});

describe("helpers", () => {
  it("should normalise path prefixes", () => {
    expect(["", "/", "news", "/news", "/news/", "news/"].map(normalisePrefix)).toEqual(["/", "/", "/news/", "/news/", "/news/", "/news/"]);
  });
  it("should key titles without punctuation or case", () => {
    expect(titleKey("  “Black  Box” & Drones! ")).toBe(titleKey("black box  drones"));
  });
});
