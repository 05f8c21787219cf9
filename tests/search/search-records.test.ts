import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ArchivedArticle } from "../../src/article.ts";
import { withContent } from "../../src/search/record-content.js";
import { planSearchShards, searchRecord, shardFacets, shardRecords } from "../../src/search/search-records.ts";
import { tempDir } from "../e2e/cli.ts";
import { archive, article } from "./fixtures.ts";

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

  it("should filter by each of the article's tags, leaving out blank ones", () => {
    const record = searchRecord(article({ date: "2025-03-14", slug: "t", tags: ["transport", "  ", "cities"] }), "en");
    expect(record.filters.tag).toEqual(["transport", "cities"]);
  });

  it("should give no tag filter to an article without tags", () => {
    expect(searchRecord(archive[0]!, "en").filters).not.toHaveProperty("tag");
  });

  it("should leave out the outlet of an article without a source", () => {
    const record = searchRecord(archive[1]!, "en");
    expect(record.filters).toEqual({ year: ["2024"], month: ["2024-09"] });
    expect(record.meta).not.toHaveProperty("outlet");
  });

  it("should keep month names out of the metadata, so a word like 'march' matches only text", () => {
    expect(Object.values(searchRecord(archive[0]!, "en").meta).join(" ")).not.toMatch(/march/i);
  });

  it("should shorten a long summary at the last whole word that fits, with an ellipsis", () => {
    const text = Array.from({ length: 80 }, (_, i) => ["tram", "council", "budget", "a"][i % 4]).join(" "); // the 300th character falls inside a word
    expect(text[299]).not.toBe(" ");
    expect(text[300]).not.toBe(" ");
    const summary = searchRecord(article({ date: "2025-01-01", slug: "long", summary: text }), "en").meta.summary!;
    expect(summary).toMatch(/[a-z]…$/);
    const kept = summary.slice(0, -1);
    expect(kept.length).toBeLessThanOrEqual(300);
    expect(kept.length).toBeGreaterThan(280);
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe(" "); // cut between two words, not inside one
  });

  it("should cut a summary with no space to break at after the limit, with an ellipsis", () => {
    const summary = searchRecord(article({ date: "2025-01-01", slug: "long", summary: "x".repeat(400) }), "en").meta.summary!;
    expect(summary).toBe(`${"x".repeat(300)}…`);
  });

  it("should keep a summary that fits as it is", () => {
    const text = `${"word ".repeat(59)}words`; // exactly the limit
    expect(searchRecord(article({ date: "2025-01-01", slug: "short", summary: text }), "en").meta.summary).toBe(text);
  });

  it("should index the title when an article has no caption and no body text", () => {
    const bare = article({ date: "2025-01-01", slug: "bare", title: "Only a Title", image: null, bodyText: "" });
    expect(searchRecord(bare, "en").content).toBe("Only a Title");
  });
});

describe("shardRecords", () => {
  it("should name a body kept in the parse cache, which withContent reads into the record searchRecord makes", async () => {
    const { bodyHtml, bodyText, ...rest } = archive[0]!;
    const bodyFile = path.join(await tempDir(), "body.json");
    await writeFile(bodyFile, JSON.stringify({ html: bodyHtml, text: bodyText }));
    const stored: ArchivedArticle = { ...rest, bodyFile, sourceKey: "k" }; // a key from the parse: the shard's key reads no body
    const [shard] = planSearchShards([stored], "en");
    const [record] = shardRecords(shard!, "en");
    expect(record).not.toHaveProperty("content");
    expect(JSON.stringify(record)).not.toContain("The second one."); // the thread that plans never holds the text
    const expected = searchRecord(archive[0]!, "en");
    expect(withContent(record!)).toEqual({ ...expected, filters: { ...expected.filters, shard: [shard!.id] } });
  });

  it("should give a record its text when the body is in memory", () => {
    const [shard] = planSearchShards([archive[0]!], "en");
    expect(shardRecords(shard!, "en")[0]).toMatchObject({ content: searchRecord(archive[0]!, "en").content });
  });

  it("should say which seed's body is missing from the parse cache, and what to do", () => {
    const { bodyHtml: _html, bodyText: _text, ...rest } = archive[0]!;
    const [shard] = planSearchShards([{ ...rest, bodyFile: "/nowhere/body.json", sourceKey: "k" }], "en");
    expect(() => withContent(shardRecords(shard!, "en")[0]!)).toThrow(`${archive[0]!.seedFile}: its body is missing from the parse cache`);
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

  it("should sort each shard the same, newest first and then by path, whatever the order of the input", () => {
    const shuffled = [archive[2]!, archive[0]!, archive[4]!, archive[3]!, archive[1]!];
    for (const input of [shuffled, [...archive].reverse()]) {
      expect(planSearchShards(input, "en").map((shard) => shard.articles.map((a) => a.path))).toEqual([
        ["/2025/03/14/another/", "/2025/03/14/tram/", "/2025/01/05/budget/"],
        ["/2024/09/18/night/", "/2024/02/08/ferry/"],
      ]);
    }
  });

  it.each<[string, Partial<ArchivedArticle>]>([
    ["title", { title: "New Tram Line, Corrected" }],
    ["summary", { summary: "A corrected first paragraph." }],
    ["photo caption", { image: { caption: "A tram at dusk.", credit: "AP", url: null, alt: null } }],
    ["outlet", { source: { name: "AP", domain: "apnews.com", url: "https://apnews.com/x" } }],
    ["date within the year", { date: "2025-03-15" }],
    ["path", { path: "/2025/03/14/tram-line/" }],
  ])("should change a shard's key when an article's %s changes", (_, change) => {
    const before = planSearchShards(archive, "en")[0]!.key;
    const edited = archive.map((a) => (a.slug === "tram" ? { ...a, ...change } : a));
    expect(planSearchShards(edited, "en")[0]!.key).not.toBe(before);
  });

  it("should change a shard's key when an article's parse key or path changes, for articles the loader keyed", () => {
    const keyed = archive.map((a) => ({ ...a, sourceKey: `parse-of-${a.slug}` }));
    const before = planSearchShards(keyed, "en")[0]!.key;
    const reparsed = keyed.map((a) => (a.slug === "tram" ? { ...a, sourceKey: "parse-of-tram-edited" } : a));
    const moved = keyed.map((a) => (a.slug === "tram" ? { ...a, path: "/2025/03/14/tram-line/" } : a));
    expect(planSearchShards(reparsed, "en")[0]!.key).not.toBe(before);
    expect(planSearchShards(moved, "en")[0]!.key).not.toBe(before);
    expect(planSearchShards([...keyed].reverse(), "en")[0]!.key).toBe(before);
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

describe("planSearchShards: a year over the limits", () => {
  // 2025: two on 03-14, one on 01-05; 2024: one each on 09-18 and 02-08.
  const limits = (articles: number, words = 1000) => ({ articles, words });
  const idsAndPaths = (shards: ReturnType<typeof planSearchShards>) => shards.map((shard) => [shard.id, shard.year, shard.articles.map((a) => a.slug)]);

  it("should cut it into parts of whole days, newest part first, numbered from the oldest", () => {
    const shards = planSearchShards(archive, "en", undefined, limits(2));
    expect(idsAndPaths(shards)).toEqual([
      ["2025-2", "2025", ["another", "tram"]],
      ["2025-1", "2025", ["budget"]],
      ["2024", "2024", ["night", "ferry"]],
    ]);
  });

  it("should count words as well as articles", () => {
    const wordy = archive.map((a) => (a.slug === "budget" ? { ...a, wordCount: 10 } : a));
    expect(idsAndPaths(planSearchShards(wordy, "en", undefined, limits(10, 12)))).toEqual([
      ["2025-2", "2025", ["another", "tram"]],
      ["2025-1", "2025", ["budget"]],
      ["2024", "2024", ["night", "ferry"]],
    ]);
    expect(planSearchShards(wordy, "en", undefined, limits(10, 18)).map((shard) => shard.id)).toEqual(["2025", "2024"]);
  });

  it("should cut a day over the limits on its own between its articles", () => {
    const busyDay = [...archive, article({ date: "2025-03-14", slug: "third" })];
    expect(idsAndPaths(planSearchShards(busyDay, "en", undefined, limits(2)))).toEqual([
      ["2025-3", "2025", ["tram"]],
      ["2025-2", "2025", ["another", "third"]],
      ["2025-1", "2025", ["budget"]],
      ["2024", "2024", ["night", "ferry"]],
    ]);
  });

  it("should keep every part within the limits and every article in one part", () => {
    const many = Array.from({ length: 40 }, (_, i) => article({ date: `2025-0${1 + (i % 9)}-1${i % 7}`, slug: `story-${i}`, wordCount: 1 + (i % 5) }));
    const shards = planSearchShards(many, "en", undefined, limits(6, 15));
    expect(shards.flatMap((shard) => shard.articles.map((a) => a.slug)).sort()).toEqual(many.map((a) => a.slug).sort());
    for (const shard of shards) {
      expect(shard.articles.length).toBeLessThanOrEqual(6);
      expect(shard.articles.reduce((sum, a) => sum + a.wordCount, 0)).toBeLessThanOrEqual(15);
    }
    const days = shards.map((shard) => new Set(shard.articles.map((a) => a.date)));
    days.forEach((set, i) => days.slice(i + 1).forEach((other) => expect([...set].filter((day) => other.has(day))).toEqual([])));
  });

  it("should change only the newest part's key when an article comes on the newest day, or after it", () => {
    const withFebruary = [...archive, article({ date: "2025-02-01", slug: "february" })];
    const before = planSearchShards(withFebruary, "en", undefined, limits(3));
    expect(idsAndPaths(before).slice(0, 2)).toEqual([
      ["2025-2", "2025", ["another", "tram"]],
      ["2025-1", "2025", ["february", "budget"]],
    ]);
    const sameDay = planSearchShards([...withFebruary, article({ date: "2025-03-14", slug: "late" })], "en", undefined, limits(3));
    expect(sameDay.map((shard) => shard.id)).toEqual(["2025-2", "2025-1", "2024"]);
    expect(sameDay[0]!.key).not.toBe(before[0]!.key);
    expect(sameDay.slice(1).map((shard) => shard.key)).toEqual(before.slice(1).map((shard) => shard.key));
    const later = planSearchShards([...withFebruary, article({ date: "2025-04-01", slug: "april" })], "en", undefined, limits(2));
    expect(later.map((shard) => shard.id)).toEqual(["2025-3", "2025-2", "2025-1", "2024"]);
    expect(later.slice(1).map((shard) => shard.key)).toEqual(planSearchShards(withFebruary, "en", undefined, limits(2)).map((shard) => shard.key));
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

  it("should count no outlet for an article without a source", () => {
    expect(shardFacets(planSearchShards(archive, "en")[1]!.articles)).toEqual({ year: { "2024": 2 }, month: { "2024-09": 1, "2024-02": 1 }, outlet: { Reuters: 1 } });
  });

  it("should count every tag of every article, once per article, trimmed", () => {
    const tagged = [article({ date: "2025-03-14", slug: "a", tags: ["transport", " cities ", "Transport"] }), article({ date: "2025-03-13", slug: "b", tags: ["cities"] })];
    expect(shardFacets(tagged).tag).toEqual({ transport: 1, cities: 2 });
  });

  it("should give empty counts for no articles", () => {
    expect(shardFacets([])).toEqual({ year: {}, month: {}, outlet: {} });
  });
});

describe("entity filters", () => {
  const named = (people: string[]) => ({ people, places: [], organisations: [] });

  it("should filter by the people, places and organisations that have pages, and by no other", () => {
    const one = article({ slug: "one", date: "2025-03-14", entities: { people: ["Sergei Lavrov", "Hakan Fidan"], places: ["Ankara"], organisations: [] } });
    const two = article({ slug: "two", date: "2025-03-15", entities: { people: ["Sergei Lavrov"], places: ["Ankara"], organisations: [] } });
    const [shard] = planSearchShards([two, one], "en");
    expect(searchRecord(one, "en", shard!.entityFilters.get(one.path)).filters).toEqual({ year: ["2025"], month: ["2025-03"], outlet: ["Reuters"], person: ["Sergei Lavrov"], place: ["Ankara"] });
    expect(shardFacets(shard!.articles, shard!.entityFilters)).toMatchObject({ person: { "Sergei Lavrov": 2 }, place: { Ankara: 2 } });
  });

  it("should filter by a name as its page spells it, whatever the article's spelling", () => {
    const articles = ["SERGEI LAVROV", "Sergei Lavrov", "Sergei Lavrov"].map((name, index) => article({ slug: `s${index}`, date: `2025-03-1${index}`, entities: named([name]) }));
    const [shard] = planSearchShards(articles.reverse(), "en");
    expect(articles.map((each) => shard!.entityFilters.get(each.path)!.person)).toEqual([["Sergei Lavrov"], ["Sergei Lavrov"], ["Sergei Lavrov"]]);
  });

  it("should change a shard's key when an article of another year gives one of its names a page", () => {
    const keyed = (overrides: Parameters<typeof article>[0]) => article({ ...overrides, sourceKey: `parse-of-${overrides.slug}` });
    const old = keyed({ slug: "old", date: "2024-05-01", entities: named(["Hakan Fidan"]) });
    const other = keyed({ slug: "other", date: "2025-01-01", entities: named(["Someone Else"]) });
    const before = planSearchShards([other, old], "en").find((shard) => shard.id === "2024")!.key;
    const added = keyed({ slug: "new", date: "2025-02-01", entities: named(["Hakan Fidan"]) });
    expect(planSearchShards([added, other, old], "en").find((shard) => shard.id === "2024")!.key).not.toBe(before);
  });
});
