// The engine against a fake Pagefind: a few articles in memory, searched by word and filter, and
// every call recorded, so the tests see what the page would ask of Pagefind.
import { describe, expect, it } from "vitest";
import type { Query } from "../../../public/search/address-state.js";
import { createEngine, pageOf, type Found, type Pagefind, type SearchOptions, type Shard } from "../../../public/search/engine.js";

interface Article {
  url: string;
  date: string;
  outlet: string;
  words: string[];
}

const ARTICLES: Article[] = [
  { url: "/2025/03/14/tram-line/", date: "2025-03-14", outlet: "City Herald", words: ["tram", "line"] },
  { url: "/2025/01/10/tram-budget/", date: "2025-01-10", outlet: "Reuters", words: ["tram", "budget"] },
  { url: "/2024/02/08/ferry/", date: "2024-02-08", outlet: "AP News", words: ["ferry", "tram"] },
  { url: "/2023/06/01/tram-strike/", date: "2023-06-01", outlet: "Reuters", words: ["tram", "strike"] },
  { url: "/2023/09/30/glacier/", date: "2023-09-30", outlet: "AP News", words: ["glacier"] },
];
// The fake's relevance order: not the date order, as Pagefind's score would not be.
const SCORE_ORDER = ["/2024/02/08/ferry/", "/2023/06/01/tram-strike/", "/2025/03/14/tram-line/", "/2025/01/10/tram-budget/", "/2023/09/30/glacier/"];

const filtersOf = (article: Article): Record<string, string> => ({ year: article.date.slice(0, 4), month: article.date.slice(0, 7), outlet: article.outlet });

/** shards.json for the articles: one shard per year, newest first; or a year cut in two at `cut` (the date its newer part starts on). */
function shardsOf(articles: Article[], cut?: string): Shard[] {
  const years = [...new Set(articles.map((article) => article.date.slice(0, 4)))].sort().reverse();
  return years.flatMap((year) => {
    const inYear = articles.filter((article) => article.date.startsWith(year));
    const shard = (id: string, list: Article[]): Shard => ({ id, year, from: list.map((article) => article.date).sort()[0]!, articles: list.length, filters: countFilters(list) });
    if (!cut?.startsWith(year)) return [shard(year, inYear)];
    return [
      shard(
        `${year}-2`,
        inYear.filter((article) => article.date >= cut),
      ),
      shard(
        `${year}-1`,
        inYear.filter((article) => article.date < cut),
      ),
    ];
  });
}

/** The articles of a shard, by its bundle's id (a year, or a year's part). */
function articlesIn(shards: Shard[], id: string): Article[] {
  const shard = shards.find((candidate) => candidate.id === id)!;
  const newer = shards.find((other) => other.year === shard.year && other.from > shard.from);
  return ARTICLES.filter((article) => article.date.startsWith(shard.year) && article.date >= shard.from && (!newer || article.date < newer.from));
}

function countFilters(articles: Article[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const article of articles) {
    for (const [key, value] of Object.entries(filtersOf(article))) (counts[key] ??= {})[value] = (counts[key][value] ?? 0) + 1;
  }
  return counts;
}

interface FakeOptions {
  shards?: Shard[];
  shardListStatus?: number;
  failMerge?: string;
  failFilters?: boolean;
}

/**
 * An engine on a fake fetch and fake Pagefinds, with what each was asked. Each address imported
 * is a Pagefind of its own (as a browser makes one module per address), which finds the articles
 * of its own bundle and of the bundles merged into it. As Pagefind does, it sorts each bundle's
 * results (by date, or by the fake's relevance), and the results of merged bundles by score
 * alone: by date, a result's score is its rank within its bundle.
 */
function fakeEngine({ shards = shardsOf(ARTICLES), shardListStatus = 200, failMerge, failFilters = false }: FakeOptions = {}) {
  const calls = { fetched: [] as string[], imported: [] as string[], options: [] as object[], merged: [] as Array<[string, object]>, searches: [] as Array<[string | null, SearchOptions]> };
  const bundleOf = (path: string) => path.match(/pagefind\/([^/]+)\//)![1]!;
  const makePagefind = (url: string): Pagefind => {
    const bundles = [bundleOf(url)];
    const held = () => bundles.flatMap((id) => articlesIn(shards, id));
    return {
      async options(options) {
        calls.options.push(options);
      },
      async mergeIndex(indexPath, options) {
        calls.merged.push([indexPath, options]);
        if (failMerge && indexPath.includes(failMerge)) throw new Error("HTTP 404");
        bundles.push(bundleOf(indexPath));
      },
      async search(term, options) {
        calls.searches.push([term, options]);
        const passes = (article: Article) =>
          (term === null || article.words.includes(term)) &&
          Object.entries(options.filters ?? {}).every(([key, value]) => (key === "shard" ? articlesIn(shards, value).includes(article) : filtersOf(article)[key] === value));
        const direction = options.sort?.date === "asc" ? 1 : -1;
        const scored = bundles.flatMap((id) => {
          const found = articlesIn(shards, id).filter(passes);
          if (!options.sort?.date) return found.map((article) => ({ article, score: -SCORE_ORDER.indexOf(article.url) }));
          return found.sort((a, b) => direction * a.date.localeCompare(b.date)).map((article, rank) => ({ article, score: 1 - rank / found.length }));
        });
        const found = scored.sort((a, b) => b.score - a.score).map(({ article }) => article);
        return { results: found.map((article) => ({ data: async () => ({ url: article.url, meta: { date: article.date } }) })), filters: countFilters(found) };
      },
      async filters() {
        if (failFilters) throw new Error("filter index did not load");
        return countFilters(held());
      },
      async preload() {},
    };
  };
  const engine = createEngine({
    prefix: "/news/",
    fetch: async (url) => {
      calls.fetched.push(url);
      return new Response(JSON.stringify({ pagefind: "1.6.0", shards }), { status: shardListStatus });
    },
    importPagefind: async (url) => {
      calls.imported.push(url);
      return makePagefind(url);
    },
  });
  return { engine, calls };
}

const query = (fields: Partial<Query>): Query => ({ q: "", sort: "relevance", year: "", month: "", outlet: "", tag: "", person: "", place: "", organisation: "", ...fields });
const urlsOf = async (found: Found | null, n = 10) => Promise.all((await found!.take(n)).map(async (hit) => (await hit.data()).url));

describe("loading the archive", () => {
  it("should add up the shards' articles and filter counts", async () => {
    const { engine, calls } = fakeEngine();
    const archive = await engine.archive();
    expect(calls.fetched).toEqual(["/news/pagefind/shards.json"]);
    expect(archive.total).toBe(5);
    expect(archive.filters).toEqual({
      year: { 2025: 2, 2024: 1, 2023: 2 },
      month: { "2025-03": 1, "2025-01": 1, "2024-02": 1, "2023-06": 1, "2023-09": 1 },
      outlet: { "City Herald": 1, Reuters: 2, "AP News": 2 },
    });
  });

  it("should name shards.json and its status when it does not load", async () => {
    const { engine } = fakeEngine({ shardListStatus: 404 });
    await expect(engine.archive()).rejects.toThrow("/news/pagefind/shards.json: HTTP 404");
  });

  it("should load the newest year's bundle alone, then a second Pagefind from it with every other year merged in, under the prefix", async () => {
    const { engine, calls } = fakeEngine();
    await engine.load();
    expect(calls.imported).toEqual(["/news/pagefind/2025/pagefind.js"]);
    expect(calls.merged).toEqual([]);
    await engine.search(query({ q: "tram" }));
    expect(calls.imported).toEqual(["/news/pagefind/2025/pagefind.js", "/news/pagefind/2025/pagefind.js?every-year"]);
    expect(calls.options).toEqual([
      { baseUrl: "/news/", excerptLength: 32, excerptEllipsis: "…" },
      { baseUrl: "/news/", excerptLength: 32, excerptEllipsis: "…" },
    ]);
    expect(calls.merged.map(([indexPath]) => indexPath)).toEqual(["/news/pagefind/2024/", "/news/pagefind/2023/"]);
    expect(calls.merged.every(([, options]) => (options as { baseUrl: string }).baseUrl === "/news/")).toBe(true);
  });

  it("should load Pagefind once however often it is asked", async () => {
    const { engine, calls } = fakeEngine();
    await Promise.all([engine.load(), engine.search(query({ q: "tram" })), engine.preload("tr")]);
    await engine.search(query({ q: "ferry" }));
    await engine.searchNewest(query({ q: "ferry" }));
    expect(calls.fetched).toHaveLength(1);
    expect(calls.imported).toHaveLength(2);
    expect(calls.merged).toHaveLength(2);
  });

  it("should load one Pagefind, merging nothing, when one year holds the archive", async () => {
    const { engine, calls } = fakeEngine({ shards: shardsOf(ARTICLES.filter((article) => article.date.startsWith("2024"))) });
    await engine.load();
    expect(calls.imported).toEqual(["/news/pagefind/2024/pagefind.js"]);
    expect(calls.merged).toEqual([]);
  });

  it("should name the year whose index did not load", async () => {
    const { engine } = fakeEngine({ failMerge: "/2024/" });
    const failure = await engine.search(query({ q: "tram" })).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toBe("/news/pagefind/2024/: the search index of 2024 did not load");
    expect((failure?.cause as Error).message).toBe("HTTP 404");
  });

  it("should not load Pagefind when the archive has no articles", async () => {
    const { engine, calls } = fakeEngine({ shards: [] });
    expect(await engine.load()).toBeNull();
    expect(await engine.search(query({ q: "tram" }))).toBeNull();
    expect(await engine.filterCounts(query({ q: "tram" }))).toBeNull();
    expect(calls.imported).toEqual([]);
  });
});

describe("searching", () => {
  it("should pass the words and the chosen filters to Pagefind", async () => {
    const { engine, calls } = fakeEngine();
    const found = await engine.search(query({ q: "tram", year: "2025", outlet: "Reuters" }));
    expect(calls.searches).toEqual([["tram", { filters: { year: "2025", outlet: "Reuters" } }]]);
    expect(found?.count).toBe(1);
  });

  it("should ask for every article that passes the filters when no words are given", async () => {
    const { engine, calls } = fakeEngine();
    const found = await engine.search(query({ outlet: "AP News" }));
    expect(calls.searches[0]).toEqual([null, { filters: { outlet: "AP News" } }]);
    expect(found?.count).toBe(2);
  });

  it("should keep Pagefind's order when sorting by relevance", async () => {
    const { engine } = fakeEngine();
    expect(await urlsOf(await engine.search(query({ q: "tram" })))).toEqual(SCORE_ORDER.slice(0, 4));
  });

  it("should sort by date across the years, newest first, one bundle at a time", async () => {
    const { engine, calls } = fakeEngine();
    const found = await engine.search(query({ q: "tram", sort: "newest" }));
    expect(await urlsOf(found, 2)).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/"]);
    expect(calls.searches.slice(1)).toEqual([["tram", { filters: { shard: "2025" }, sort: { date: "desc" } }]]);
    expect(await urlsOf(found, 4)).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/", "/2024/02/08/ferry/", "/2023/06/01/tram-strike/"]);
  });

  it("should sort by date oldest first, starting with the oldest year", async () => {
    const { engine } = fakeEngine();
    expect(await urlsOf(await engine.search(query({ q: "tram", sort: "oldest" })))).toEqual(["/2023/06/01/tram-strike/", "/2024/02/08/ferry/", "/2025/01/10/tram-budget/", "/2025/03/14/tram-line/"]);
  });

  it("should sort by date within the chosen year only", async () => {
    const { engine, calls } = fakeEngine();
    expect(await urlsOf(await engine.search(query({ q: "tram", sort: "newest", year: "2025" })))).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/"]);
    expect(calls.searches.slice(1).map(([, options]) => options.filters?.year)).toEqual(["2025"]);
  });

  it("should list every article by date, newest first, when only a filter is chosen", async () => {
    const { engine } = fakeEngine();
    expect(await urlsOf(await engine.search(query({ outlet: "Reuters" })))).toEqual(["/2025/01/10/tram-budget/", "/2023/06/01/tram-strike/"]);
  });
});

describe("the first answer, from the newest year", () => {
  it("should search the newest year alone, saying which year and that more may follow", async () => {
    const { engine, calls } = fakeEngine();
    const first = await engine.searchNewest(query({ q: "tram" }));
    expect(calls.imported).toEqual(["/news/pagefind/2025/pagefind.js"]);
    expect(calls.merged).toEqual([]);
    expect(first?.year).toBe("2025");
    expect(first?.complete).toBe(false);
    expect(await urlsOf(first!.found)).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/"]);
  });

  it("should be the whole answer when the query asks for the newest year or one of its months", async () => {
    const { engine } = fakeEngine();
    expect((await engine.searchNewest(query({ q: "tram", year: "2025" })))?.complete).toBe(true);
    expect((await engine.searchNewest(query({ q: "tram", month: "2025-03" })))?.complete).toBe(true);
  });

  it("should give none when the query asks for another year, or one year holds the archive", async () => {
    expect(await fakeEngine().engine.searchNewest(query({ q: "tram", year: "2023" }))).toBeNull();
    expect(await fakeEngine().engine.searchNewest(query({ q: "tram", month: "2024-02" }))).toBeNull();
    const oneYear = fakeEngine({ shards: shardsOf(ARTICLES.filter((article) => article.date.startsWith("2024"))) });
    expect(await oneYear.engine.searchNewest(query({ q: "ferry" }))).toBeNull();
  });

  it("should search the newest part alone when the newest year is in parts, saying from which date, and never as the whole answer", async () => {
    const { engine, calls } = fakeEngine({ shards: shardsOf(ARTICLES, "2025-02-01") });
    const first = await engine.searchNewest(query({ q: "tram" }));
    expect(calls.imported).toEqual(["/news/pagefind/2025-2/pagefind.js"]);
    expect(first).toMatchObject({ year: "2025", since: "2025-03-14", complete: false });
    expect(await urlsOf(first!.found)).toEqual(["/2025/03/14/tram-line/"]);
    expect((await engine.searchNewest(query({ q: "tram", year: "2025" })))?.complete).toBe(false);
    expect(await urlsOf(await engine.search(query({ q: "tram", sort: "newest" })))).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/", "/2024/02/08/ferry/", "/2023/06/01/tram-strike/"]);
    expect(calls.merged.map(([indexPath]) => indexPath)).toEqual(["/news/pagefind/2025-1/", "/news/pagefind/2024/", "/news/pagefind/2023/"]);
  });

  it("should say no date when the newest year is one bundle", async () => {
    expect((await fakeEngine().engine.searchNewest(query({ q: "tram" })))?.since).toBeNull();
  });
});

describe("filter counts", () => {
  it("should count each filter's choices with the other chosen filters kept", async () => {
    const { engine } = fakeEngine();
    const counts = await engine.filterCounts(query({ q: "tram", year: "2025", outlet: "Reuters" }));
    expect(counts?.month).toEqual({ "2025-01": 1 }); // both filters kept
    expect(counts?.year).toEqual({ 2023: 1, 2025: 1 }); // Reuters' tram articles in every year
    expect(counts?.outlet).toEqual({ "City Herald": 1, Reuters: 1 }); // 2025's tram articles from every outlet
  });

  it("should give no counts when Pagefind's filter indexes do not load", async () => {
    const { engine } = fakeEngine({ failFilters: true });
    expect(await engine.filterCounts(query({ q: "tram" }))).toBeNull();
  });
});

describe("pageOf", () => {
  it("should give the data of the results from the page's start", async () => {
    const { engine } = fakeEngine();
    const found = await engine.search(query({ q: "tram", sort: "oldest" }));
    const page = await pageOf(found!, 1, 2);
    expect(page.data.map((data) => data.url)).toEqual(["/2024/02/08/ferry/", "/2025/01/10/tram-budget/"]);
  });

  it("should offer more results while fewer than all of them are shown", async () => {
    const { engine } = fakeEngine();
    const found = await engine.search(query({ q: "tram" })); // 4 results, all loaded at once
    expect((await pageOf(found!, 0, 2)).more).toBe(true);
    expect((await pageOf(found!, 2, 2)).more).toBe(false);
  });

  it("should start the next page after the last result shown, not the last one loaded", async () => {
    const { engine } = fakeEngine();
    const found = await engine.search(query({ q: "tram", sort: "newest" })); // 2025's two results load together
    const first = await pageOf(found!, 0, 1);
    const second = await pageOf(found!, first.next, 1);
    expect([...first.data, ...second.data].map((data) => data.url)).toEqual(["/2025/03/14/tram-line/", "/2025/01/10/tram-budget/"]);
  });
});
