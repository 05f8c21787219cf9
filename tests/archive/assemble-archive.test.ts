import { describe, expect, it } from "vitest";
import type { ArchivedArticle, ParsedArticle } from "../../src/article.ts";
import { assembleArchive, toRecord } from "../../src/archive/assemble-archive.ts";
import { titleKey } from "../../src/archive/match-keys.ts";
import { mulberry32 } from "../../src/bench/synthetic-seeds.ts";
import { normalisePrefix } from "../../src/site.config.ts";
import { changedSeeds, parsedArticle, randomParsedArticle } from "./fixtures.ts";

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

describe("assembleArchive given the last archive", () => {
  it("should give what it gives without, through any sequence of seeds added, changed and removed", () => {
    for (let run = 0; run < 20; run++) {
      const random = mulberry32(run + 1);
      let seeds = new Map(Array.from({ length: 12 }, (_, index) => [`s${index}.txt`, randomParsedArticle(random, `s${index}.txt`)]));
      const count = { next: 12 };
      let last: ArchivedArticle[] = [];
      let prefix = "/";
      for (let step = 0; step < 15; step++) {
        const parsed = [...seeds.values()];
        const archive = assembleArchive(parsed, prefix, last);
        expect(archive, `run ${run}, step ${step}`).toEqual(assembleArchive(parsed, prefix));
        last = archive;
        const changed = changedSeeds(random, seeds, (file) => randomParsedArticle(random, file), count);
        if (changed) seeds = changed;
        else prefix = prefix === "/" ? "/news/" : "/";
      }
    }
  });

  it("should give back the last archive's object for an article made again from the same captures", () => {
    const a = article({ seedFile: "a.txt", title: "First", slug: "first" });
    const b = article({ seedFile: "b.txt", slug: "other", related: [{ title: "Second", href: null }] });
    const first = assembleArchive([a, b], "/", []);
    const again = new Map(assembleArchive([a, b, article({ seedFile: "c.txt", date: "2026-02-01" })], "/", first).map((x) => [x.seedFile, x]));
    for (const x of first) expect(again.get(x.seedFile)).toBe(x);
    // A related line that now finds its article, a new path and a new capture each make a new object.
    const second = article({ seedFile: "0.txt", title: "Second", slug: "first" });
    const moved = new Map(assembleArchive([a, b, second], "/", first).map((x) => [x.seedFile, x]));
    expect(moved.get("a.txt")).not.toBe(first[0]);
    expect(moved.get("b.txt")).not.toBe(first[1]);
    const recaptured = { ...a, captured: "2026-01-04T08:00:00Z", source: { ...a.source, url: "https://x.example/first" } };
    const original = { ...a, source: { ...a.source, url: "https://x.example/first" } };
    const before = assembleArchive([original], "/", []);
    expect(assembleArchive([original], "/", before)[0]).toBe(before[0]);
    expect(assembleArchive([original, { ...recaptured, seedFile: "z.txt" }], "/", before)[0]).not.toBe(before[0]);
    // Made without a last archive, an archive remembers nothing of its captures: no later call takes its objects.
    const alone = assembleArchive([a, b]);
    for (const x of assembleArchive([a, b], "/", alone)) expect(alone).not.toContain(x);
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
