/**
 * Writes the search index with Pagefind's Node API: one Pagefind bundle per year of articles in
 * `<output>/pagefind/<year>/`, and `<output>/pagefind/shards.json` naming them. The search page
 * loads the newest year's bundle and merges the others (`mergeIndex`), so a rebuild only has to
 * re-index the years whose key changed.
 */
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { PAGEFIND_VERSION } from "./pagefind-version.ts";
import { planSearchShards, searchRecord, shardFacets, type SearchShard } from "./search-records.ts";

export { planSearchShards, searchRecord, type SearchShard } from "./search-records.ts";

/** `pagefind/shards.json`: what the search page reads first. */
export interface ShardList {
  pagefind: string;
  /**
   * Newest year first; the first is the bundle the page loads, the others are merged into it.
   * `filters` counts the shard's articles by filter value, so the page can list the choices
   * before Pagefind has loaded.
   */
  shards: Array<{ id: string; articles: number; key: string; filters: Record<string, Record<string, number>> }>;
}

/** The Pagefind module: its Node API drives one indexing process per instance of the module. */
type Pagefind = typeof pagefind;

/**
 * Indexing processes run at once. Pagefind indexes on little more than one core per process, so
 * two processes index faster than one (measured: see docs/performance.md).
 */
const INDEXING_PROCESSES = 2;

/**
 * The Pagefind module for an indexing lane. Lane 0 uses the module as imported; another lane
 * imports it again under another URL (a query string), which ESM loads as a separate instance of
 * the module, with its own indexing process.
 */
async function indexerFor(lane: number): Promise<Pagefind> {
  return lane === 0 ? pagefind : ((await import(`${import.meta.resolve("pagefind")}?lane=${lane}`)) as Pagefind);
}

/** Records sent to Pagefind before waiting for its answers: all of a large shard's at once held too much memory (measured: see docs/performance.md). */
const RECORDS_IN_FLIGHT = 256;

/** The files of a bundle that the search page uses; Pagefind's own UI bundles are removed. */
const KEPT = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/** Indexes every shard, writes `shards.json`, and stops Pagefind's indexing processes. */
export async function writeSearchIndex(articles: ArchivedArticle[], outputDir: string, site: Pick<SiteConfig, "language">): Promise<SearchShard[]> {
  const shards = planSearchShards(articles, site.language);
  await writeSearchShards(shards, outputDir, site);
  await writeShardList(shards, outputDir);
  return shards;
}

/**
 * Indexes shards on two Pagefind processes at once (each shard as `writeSearchShard` does), calls
 * `written` after each, and stops the processes.
 */
export async function writeSearchShards(shards: SearchShard[], outputDir: string, site: Pick<SiteConfig, "language">, written?: (shard: SearchShard) => Promise<void>): Promise<void> {
  const queue = [...shards];
  const indexers: Pagefind[] = [];
  try {
    const lane = async (number: number) => {
      const indexer = await indexerFor(number);
      indexers.push(indexer);
      for (let shard = queue.shift(); shard; shard = queue.shift()) {
        await writeSearchShard(shard, outputDir, site, indexer);
        await written?.(shard);
      }
    };
    await Promise.all(Array.from({ length: Math.min(INDEXING_PROCESSES, shards.length) }, (_, number) => lane(number)));
  } finally {
    await Promise.all(indexers.map((indexer) => indexer.close()));
  }
}

/** Writes one shard's Pagefind bundle into `<outputDir>/pagefind/<id>/`, replacing what was there. */
async function writeSearchShard(shard: SearchShard, outputDir: string, site: Pick<SiteConfig, "language">, indexer: Pagefind): Promise<void> {
  const bundle = path.join(outputDir, "pagefind", shard.id);
  await rm(bundle, { recursive: true, force: true });
  const { index, errors } = await indexer.createIndex({ forceLanguage: site.language });
  if (!index) throw new Error(`Pagefind could not start indexing: ${errors.join("; ")}`);
  try {
    const failed: string[] = [];
    for (let start = 0; start < shard.articles.length; start += RECORDS_IN_FLIGHT) {
      const articles = shard.articles.slice(start, start + RECORDS_IN_FLIGHT);
      const added = await Promise.all(articles.map((article) => index.addCustomRecord(searchRecord(article, site.language))));
      failed.push(...added.flatMap((response, i) => response.errors.map((error) => `${articles[i]!.seedFile}: ${error}`)));
    }
    if (failed.length > 0) throw new Error(`Pagefind could not index ${failed.length} articles:\n${failed.join("\n")}`);
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
  await pruneBundle(bundle);
}

/** Writes `<outputDir>/pagefind/shards.json` for the given shards (newest year first). */
export async function writeShardList(shards: SearchShard[], outputDir: string): Promise<void> {
  const list: ShardList = {
    pagefind: PAGEFIND_VERSION,
    shards: shards.map(({ id, articles, key }) => ({ id, articles: articles.length, key, filters: shardFacets(articles) })),
  };
  await mkdir(path.join(outputDir, "pagefind"), { recursive: true });
  await writeFile(path.join(outputDir, "pagefind", "shards.json"), `${JSON.stringify(list)}\n`);
}

/** Removes Pagefind's UI bundles and the WebAssembly of languages the index does not use. */
async function pruneBundle(bundle: string): Promise<void> {
  const entry = JSON.parse(await readFile(path.join(bundle, "pagefind-entry.json"), "utf8")) as { languages: Record<string, { wasm?: string }> };
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm ?? "unknown"}.pagefind`));
  const unused = (await readdir(bundle)).filter((name) => !KEPT.test(name) && !wasm.has(name));
  await Promise.all(unused.map((name) => rm(path.join(bundle, name), { recursive: true, force: true })));
}
