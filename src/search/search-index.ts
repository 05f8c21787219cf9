/**
 * Writes the search index with Pagefind's Node API: one Pagefind bundle per year of articles in
 * `<output>/pagefind/<year>/`, and `<output>/pagefind/shards.json` naming them. The search page
 * loads the newest year's bundle and merges the others (`mergeIndex`), so a rebuild only has to
 * re-index the years whose key changed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startTsWorker } from "../common/ts-worker.ts";
import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import type { IndexJob } from "./index-worker.ts";
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

/** Indexing lanes at once: Pagefind indexes on little more than one core per process (measured: see docs/performance.md). */
const INDEXING_PROCESSES = 2;

/** Indexes every shard, writes `shards.json`. */
export async function writeSearchIndex(articles: ArchivedArticle[], outputDir: string, site: Pick<SiteConfig, "language">): Promise<SearchShard[]> {
  const shards = planSearchShards(articles, site.language);
  await writeSearchShards(shards, outputDir, site);
  await writeShardList(shards, outputDir);
  return shards;
}

/**
 * Indexes shards into `<outputDir>/pagefind/<id>/`, on two worker threads that each drive their
 * own Pagefind process, and calls `written` after each. Pagefind's Node API never answers once
 * its process has died (a panic on a full disk, a kill): the worker thread then ends, and this
 * fails with the shard it was writing instead of waiting for ever.
 */
export async function writeSearchShards(shards: SearchShard[], outputDir: string, site: Pick<SiteConfig, "language">, written?: (shard: SearchShard) => Promise<void>): Promise<void> {
  const queue = [...shards];
  const lane = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startTsWorker(new URL("./index-worker.ts", import.meta.url));
      let current: SearchShard | undefined;
      let finished = false;
      const fail = (error: Error) => {
        finished = true;
        void worker.terminate();
        reject(error);
      };
      const next = () => {
        current = queue.shift();
        if (!current) {
          finished = true;
          return void worker.terminate().then(() => resolve());
        }
        const job: IndexJob = { id: current.id, records: current.articles.map((article) => searchRecord(article, site.language)), bundle: path.join(outputDir, "pagefind", current.id), language: site.language };
        worker.postMessage(job);
      };
      worker.once("online", next);
      worker.on("message", ({ error }: { error?: string }) => {
        if (error) return fail(new Error(`the search index for ${current!.id} could not be written: ${error}${/backend closed/.test(error) ? " (Pagefind's process ended; its own message, if any, is above)" : ""}`));
        (written ? written(current!) : Promise.resolve()).then(next, fail);
      });
      worker.once("error", fail);
      worker.once("exit", (code) => {
        if (!finished) fail(new Error(`Pagefind stopped while writing the search index${current ? ` for ${current.id}` : ""} (exit code ${code}); its own message, if any, is above`));
      });
    });
  await Promise.all(Array.from({ length: Math.min(INDEXING_PROCESSES, shards.length) }, lane));
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
