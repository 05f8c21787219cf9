// The search page's talk with Pagefind (pagefind.app/docs/api/). The build writes one Pagefind
// bundle per year (or per part of a large year) and lists them, newest first, in
// pagefind/shards.json; the engine reads that list, searches the newest bundle alone for a first
// answer, and a second Pagefind with every other bundle merged in for the whole one. `fetch` and
// the bundle's import come in as parameters so that tests can hand it a fake Pagefind.

import { chosenFilters } from "./address-state.js";

/** @typedef {import("./address-state.js").Query} Query */
/** @typedef {import("./words.js").FilterCounts} FilterCounts */
/** @typedef {{ id: string, year: string, from: string, articles: number, filters: FilterCounts }} Shard one entry of shards.json: `from` is its oldest article's date */
/** @typedef {{ shards: Shard[], filters: FilterCounts, total: number }} Archive shards.json, with the counts over all shards */
/** @typedef {{ url: string, excerpt?: string, meta: Record<string, string | undefined> }} HitData */
/** @typedef {{ data: () => Promise<HitData> }} Hit */
/** @typedef {{ filters?: Record<string, string>, sort?: Record<string, "asc" | "desc"> }} SearchOptions */
/**
 * The part of Pagefind's browser API the page uses.
 * @typedef {object} Pagefind
 * @property {(options: object) => Promise<void>} options
 * @property {(indexPath: string, options: object) => Promise<void>} mergeIndex
 * @property {(term: string | null, options: SearchOptions) => Promise<{ results: Hit[], filters: FilterCounts }>} search
 * @property {() => Promise<FilterCounts>} filters loads the filter indexes (counts need them)
 * @property {(term: string) => Promise<void>} preload
 */
/** @typedef {{ count: number, take: (n: number) => Promise<Hit[]> }} Found a search's results: `take(n)` gives the first n in the chosen order */
/** @typedef {{ data: HitData[], next: number, more: boolean }} Page `next`: where the page after this one starts */
/**
 * @typedef {{ found: Found, year: string, since: string | null, complete: boolean }} FirstAnswer
 * the newest bundle's results: of its year, or `since` a date when the year has several bundles;
 * `complete` when the query asks for that year alone and the bundle holds all of it
 */

/**
 * The address of the second Pagefind, which every year is merged into. A module is one instance
 * per address, and Pagefind finds its files from the address's path, so a query makes a second
 * Pagefind out of the same files (which the browser has fetched already).
 */
export const EVERY_YEAR = "?every-year";

/**
 * @param {object} options
 * @param {string} options.prefix the site's path prefix, `/` or `/news/`
 * @param {(url: string, init: RequestInit) => Promise<Response>} [options.fetch]
 * @param {(url: string) => Promise<Pagefind>} [options.importPagefind]
 */
export function createEngine({ prefix, fetch = (url, init) => globalThis.fetch(url, init), importPagefind = (url) => import(url) }) {
  const archive = once(() => loadShardList(fetch, prefix));
  // The newest year alone answers in a few hundred kilobytes; every year merged, in megabytes for a large archive.
  const newest = once(() => archive().then(({ shards }) => loadPagefind(importPagefind, prefix, shards.slice(0, 1), "")));
  const pagefind = once(() => archive().then(({ shards }) => (shards.length > 1 ? loadPagefind(importPagefind, prefix, shards, EVERY_YEAR) : newest())));
  // Filter counts for a search need Pagefind's filter indexes, loaded after the first results.
  const filterIndexes = once(() => pagefind().then((loaded) => loaded?.filters()));

  return {
    /** shards.json and its counts: enough for the page before Pagefind has loaded. */
    archive,
    /**
     * Pagefind for the newest year; null when the archive has no articles. The other years load
     * with the first search for all of them, after the newest year's answer, so they never hold it up.
     */
    load: newest,
    /** @param {string} term starts loading the newest year's index pieces for words being typed */
    preload: (term) => newest().then((loaded) => loaded?.preload(term)),
    /**
     * The query's results in the newest bundle, to show while every bundle loads; null when the
     * archive has one bundle or none, or the query asks for another year.
     * @param {Query} query
     * @returns {Promise<FirstAnswer | null>}
     */
    async searchNewest(query) {
      const { shards } = await archive();
      const year = yearAsked(query);
      const [first, second] = shards;
      if (!first || !second || (year && year !== first.year)) return null;
      const loaded = await newest();
      if (!loaded) return null;
      const wholeYear = second.year !== first.year;
      const found = await runSearch(loaded, query, [first]);
      return { found, year: first.year, since: wholeYear ? null : first.from, complete: wholeYear && year === first.year };
    },
    /**
     * The query's results; null when the archive has no articles.
     * @param {Query} query
     * @returns {Promise<Found | null>}
     */
    async search(query) {
      const loaded = await pagefind();
      if (!loaded) return null;
      return runSearch(loaded, query, (await archive()).shards);
    },
    /**
     * For each filter, how many results each choice would give; null when the filter indexes did not load.
     * @param {Query} query
     * @returns {Promise<FilterCounts | null>}
     */
    async filterCounts(query) {
      const loaded = await pagefind();
      if (!loaded) return null;
      return filterIndexes().then(
        () => countByFilter(loaded, query),
        () => null,
      );
    },
  };
}

/**
 * Results `from` to `from + size`, with their data. `take` may load more results than the page
 * shows (a whole year, for a date sort), so what comes next is counted from the page's end.
 * @param {Found} found
 * @param {number} from
 * @param {number} size
 * @returns {Promise<Page>}
 */
export async function pageOf(found, from, size) {
  const hits = await found.take(from + size);
  const data = await Promise.all(hits.slice(from, from + size).map((hit) => hit.data()));
  const next = from + data.length;
  return { data, next, more: next < found.count };
}

/**
 * `pagefind/shards.json`, with the articles' count and the filters' counts over all shards.
 * @param {(url: string, init: RequestInit) => Promise<Response>} fetch
 * @param {string} prefix
 * @returns {Promise<Archive>}
 */
async function loadShardList(fetch, prefix) {
  const response = await fetch(`${prefix}pagefind/shards.json`, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${prefix}pagefind/shards.json: HTTP ${response.status}`);
  const { shards } = /** @type {{ shards: Shard[] }} */ (await response.json());
  /** @type {FilterCounts} */
  const filters = {};
  for (const shard of shards) {
    for (const [key, counts] of Object.entries(shard.filters)) {
      const total = (filters[key] ??= {});
      for (const [value, count] of Object.entries(counts)) total[value] = (total[value] ?? 0) + count;
    }
  }
  return { shards, filters, total: shards.reduce((sum, shard) => sum + shard.articles, 0) };
}

/**
 * Loads the first shard's Pagefind bundle (under `instance`, its module's query) and merges the other shards' into it.
 * @param {(url: string) => Promise<Pagefind>} importPagefind
 * @param {string} prefix
 * @param {Shard[]} shards
 * @param {string} instance
 * @returns {Promise<Pagefind | null>}
 */
async function loadPagefind(importPagefind, prefix, shards, instance) {
  const [first, ...others] = shards;
  if (!first) return null;
  const pagefind = await importPagefind(`${prefix}pagefind/${first.id}/pagefind.js${instance}`);
  // The records hold paths without the site's prefix; Pagefind puts `baseUrl` before them.
  const options = { baseUrl: prefix, excerptLength: 32, excerptEllipsis: "…" };
  await pagefind.options(options);
  await Promise.all(
    others.map((shard) => {
      const indexPath = `${prefix}pagefind/${shard.id}/`;
      return pagefind.mergeIndex(indexPath, options).catch((error) => {
        throw new Error(`${indexPath}: the search index of ${shard.id} did not load`, { cause: error });
      });
    }),
  );
  return pagefind;
}

/**
 * Searches with the query's filters. Pagefind orders the results of merged indexes by score
 * alone, so a date sort across bundles is made here: bundle by bundle (newest or oldest first,
 * each record's `shard` filter naming its bundle), each sorted by Pagefind.
 * @param {Pagefind} pagefind
 * @param {Query} query
 * @param {Shard[]} shards the bundles searched, newest first
 * @returns {Promise<Found>}
 */
async function runSearch(pagefind, query, shards) {
  const term = query.q || null; // null: every article that passes the filters
  const filters = chosenFilters(query);
  const found = await pagefind.search(term, { filters });
  const count = found.results.length;
  const direction = term && query.sort === "relevance" ? null : query.sort === "oldest" ? "asc" : "desc";
  if (!direction || count === 0) return { count, take: async () => found.results };

  const year = yearAsked(query);
  const left = shards.filter((shard) => !year || shard.year === year).map((shard) => shard.id);
  if (direction === "asc") left.reverse();
  /** @type {Hit[]} */
  const hits = [];
  /** @param {number} n */
  const take = async (n) => {
    while (hits.length < n && left.length > 0) {
      const shard = /** @type {string} */ (left.shift());
      const inShard = await pagefind.search(term, { filters: { ...filters, shard }, sort: { date: direction } });
      hits.push(...inShard.results);
    }
    return hits;
  };
  return { count, take };
}

/**
 * The year a query keeps to, by its year or its month; "" for every year.
 * @param {Query} query
 */
function yearAsked(query) {
  return query.year || query.month.slice(0, 4);
}

/**
 * For each filter, how many results each choice would give with the other filters kept.
 * @param {Pagefind} pagefind
 * @param {Query} query
 * @returns {Promise<FilterCounts>}
 */
async function countByFilter(pagefind, query) {
  const term = query.q || null;
  const filters = chosenFilters(query);
  const counts = { ...(await pagefind.search(term, { filters })).filters };
  for (const key of /** @type {import("./address-state.js").FilterKey[]} */ (Object.keys(filters))) {
    const { [key]: _, ...others } = filters;
    counts[key] = (await pagefind.search(term, { filters: others })).filters[key] ?? {};
  }
  return counts;
}

/**
 * A function that runs `make` once and keeps its promise.
 * @template T
 * @param {() => Promise<T>} make
 * @returns {() => Promise<T>}
 */
function once(make) {
  /** @type {Promise<T> | undefined} */
  let promise;
  return () => (promise ??= make());
}
