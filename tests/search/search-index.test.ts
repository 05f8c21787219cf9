import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArchivedArticle } from "../../src/article.ts";
import { planSearchShards, searchRecord, writeSearchIndex, type ShardList } from "../../src/search/search-index.ts";
import { shardFacets } from "../../src/search/search-records.ts";
import { tempDir } from "../e2e/cli.ts";

function article(overrides: Partial<ArchivedArticle> & { date: string; slug: string }): ArchivedArticle {
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
    tags: [],
    bodyHtml: "<p>The first paragraph.</p>",
    bodyText: "The first paragraph.\n\nThe second one.",
    ...overrides,
  };
}

const archive = [
  article({ date: "2025-03-14", slug: "tram", title: "New Tram Line" }),
  article({ date: "2024-09-18", slug: "night", title: "Night Trams", source: { name: null, domain: null, url: null }, image: null }),
  article({ date: "2025-01-05", slug: "budget", title: "Budget", source: { name: "City Herald", domain: "cityherald.example", url: "https://cityherald.example/b" } }),
  article({ date: "2024-02-08", slug: "ferry", title: "Ferry" }),
  article({ date: "2025-03-14", slug: "another", title: "Another Story on the Same Day" }),
];

describe("searchRecord", () => {
  it("should index the caption and the body, with the title as searchable metadata", () => {
    const record = searchRecord(archive[0]!, "en");
    expect(record.content).toBe("A tram at dawn.\n\nThe first paragraph.\n\nThe second one.");
    expect(record.meta).toEqual({ title: "New Tram Line", date: "2025-03-14", summary: "The first paragraph.", outlet: "Reuters" });
  });

  it("should give the path without the site's prefix, which the search page adds", () => {
    expect(searchRecord(archive[0]!, "en").url).toBe("/2025/03/14/tram/");
  });

  it("should give every record the site's language, whatever the article's script", () => {
    const russian = article({ date: "2025-03-05", slug: "putin", title: "Путин встретился с журналистами", bodyText: "Владимир Путин ответил" });
    expect(searchRecord(russian, "en").language).toBe("en");
  });

  it("should filter by year, month and outlet, and sort by the ISO date", () => {
    expect(searchRecord(archive[0]!, "en")).toMatchObject({
      filters: { year: ["2025"], month: ["2025-03"], outlet: ["Reuters"] },
      sort: { date: "2025-03-14" },
    });
  });

  it("should leave out the outlet of an article without a source", () => {
    const record = searchRecord(archive[1]!, "en");
    expect(record.filters).toEqual({ year: ["2024"], month: ["2024-09"] });
    expect(record.meta).not.toHaveProperty("outlet");
  });

  it("should keep month names out of the metadata, so a word like 'march' matches only text", () => {
    expect(Object.values(searchRecord(archive[0]!, "en").meta).join(" ")).not.toMatch(/march/i);
  });

  it("should shorten a long summary at a word, with an ellipsis", () => {
    const long = article({ date: "2025-01-01", slug: "long", summary: "word ".repeat(200).trim() });
    const summary = searchRecord(long, "en").meta.summary!;
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary).toMatch(/word…$/);
  });

  it("should index the title when an article has no caption and no body text", () => {
    const bare = article({ date: "2025-01-01", slug: "bare", title: "Only a Title", image: null, bodyText: "" });
    expect(searchRecord(bare, "en").content).toBe("Only a Title");
  });
});

describe("planSearchShards", () => {
  it("should make one shard per year, newest year first, each newest article first", () => {
    const shards = planSearchShards(archive, "en");
    expect(shards.map((shard) => shard.id)).toEqual(["2025", "2024"]);
    expect(shards[0]!.articles.map((a) => a.path)).toEqual(["/2025/03/14/another/", "/2025/03/14/tram/", "/2025/01/05/budget/"]);
    expect(shards[1]!.articles.map((a) => a.slug)).toEqual(["night", "ferry"]);
  });

  it("should give the same keys for the same articles in any order", () => {
    const keys = planSearchShards(archive, "en").map((shard) => shard.key);
    expect(planSearchShards([...archive].reverse(), "en").map((shard) => shard.key)).toEqual(keys);
    expect(keys[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("should change only the key of the year whose articles changed", () => {
    const [before2025, before2024] = planSearchShards(archive, "en");
    const edited = archive.map((a) => (a.slug === "ferry" ? { ...a, bodyText: `${a.bodyText} A correction.` } : a));
    const [after2025, after2024] = planSearchShards(edited, "en");
    expect(after2025!.key).toBe(before2025!.key);
    expect(after2024!.key).not.toBe(before2024!.key);
  });

  it("should change every key with the language", () => {
    const en = planSearchShards(archive, "en").map((shard) => shard.key);
    const de = planSearchShards(archive, "de").map((shard) => shard.key);
    expect(de.every((key, i) => key !== en[i])).toBe(true);
  });

  it("should plan nothing for an empty archive", () => {
    expect(planSearchShards([], "en")).toEqual([]);
  });
});

describe("shardFacets", () => {
  it("should count a shard's articles by year, month and outlet", () => {
    expect(shardFacets(planSearchShards(archive, "en")[0]!.articles)).toEqual({
      year: { "2025": 3 },
      month: { "2025-03": 2, "2025-01": 1 },
      outlet: { Reuters: 2, "City Herald": 1 },
    });
  });
});

describe("writeSearchIndex", () => {
  it("should write one Pagefind bundle per year, without Pagefind's UI files, and list them", async () => {
    const out = await tempDir();
    const shards = await writeSearchIndex(archive, out, { language: "en" });
    expect((await readdir(path.join(out, "pagefind"))).sort()).toEqual(["2024", "2025", "shards.json"]);
    const bundle = (await readdir(path.join(out, "pagefind/2025"))).sort();
    expect(bundle.filter((name) => !name.endsWith(".pf_meta"))).toEqual(["filter", "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"]);
    const entry = JSON.parse(await readFile(path.join(out, "pagefind/2025/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages.en.page_count).toBe(3);

    const list = JSON.parse(await readFile(path.join(out, "pagefind/shards.json"), "utf8")) as ShardList;
    expect(list.shards.map(({ id, articles, key }) => ({ id, articles, key }))).toEqual(shards.map((s) => ({ id: s.id, articles: s.articles.length, key: s.key })));
    expect(list.shards[1]!.filters).toEqual({ year: { "2024": 2 }, month: { "2024-09": 1, "2024-02": 1 }, outlet: { Reuters: 1 } });
  });

  it("should write the same bytes for the same articles", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await writeSearchIndex(archive, a, { language: "en" });
    await writeSearchIndex([...archive].reverse(), b, { language: "en" });
    const files = (await readdir(path.join(a, "pagefind"), { recursive: true })).sort();
    expect((await readdir(path.join(b, "pagefind"), { recursive: true })).sort()).toEqual(files);
    for (const file of files.filter((f) => f.includes("."))) {
      expect(await readFile(path.join(b, "pagefind", file)), file).toEqual(await readFile(path.join(a, "pagefind", file)));
    }
  });
});
