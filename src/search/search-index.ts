/**
 * Writes the search index with Pagefind's Node API: one Pagefind bundle per year of articles in
 * `<output>/pagefind/<year>/` (or per part of a large year, `<year>-<n>/`), and
 * `<output>/pagefind/shards.json` naming them. The search page loads the newest bundle and
 * merges the others (`mergeIndex`), so a rebuild only has to re-index the shards whose key changed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import type { IndexJob } from "./index-worker.js";
import { PAGEFIND_VERSION } from "./pagefind-version.ts";
import { SearchLanes } from "./search-lanes.ts";
import { planSearchShards, shardFacets, shardRecords, type SearchShard } from "./search-records.ts";
import { settleAll } from "../common/settle-all.ts";

export { planSearchShards, searchRecord, type SearchShard } from "./search-records.ts";

/** `pagefind/shards.json`: what the search page reads first. */
export interface ShardList {
  pagefind: string;
  /**
   * Newest first; the first is the bundle the page loads, the others are merged into it. `year`
   * is the articles' year, `from` the oldest article's date. `filters` counts the shard's articles
   * by filter value, so the page can list the choices before Pagefind has loaded.
   */
  shards: Array<{ id: string; year: string; from: string; articles: number; key: string; filters: Record<string, Record<string, number>> }>;
}

/** Indexing lanes at once: Pagefind indexes on little more than one core per process (measured: see docs/performance.md). */
const INDEXING_PROCESSES = 2;

/** Indexes every shard, writes `shards.json`. */
export async function writeSearchIndex(articles: ArchivedArticle[], outputDir: string, site: Pick<SiteConfig, "language"> & Partial<Pick<SiteConfig, "searchShards">>): Promise<SearchShard[]> {
  const shards = planSearchShards(articles, site.language, undefined, site.searchShards);
  await writeSearchShards(shards, outputDir, site);
  await writeShardList(shards, outputDir);
  return shards;
}

/**
 * Indexes shards into `<outputDir>/pagefind/<id>/`, on two lanes from `lanes` (worker threads
 * that each drive their own Pagefind process), and calls `written` after each. The second lane
 * starts once `widen` settles: a build that renders pages meanwhile indexes on one, since a
 * Pagefind process holds about a quarter of a gigabyte for a full shard (`searchShards`). Pagefind's Node
 * API never answers once its process has died (a panic on a full disk, a kill): the worker thread then ends, and this
 * fails with the shard it was writing instead of waiting for ever.
 */
export async function writeSearchShards(
  shards: SearchShard[],
  outputDir: string,
  site: Pick<SiteConfig, "language">,
  written?: (shard: SearchShard) => Promise<void>,
  lanes = new SearchLanes(),
  widen: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const queue = [...shards];
  const failed = widen.then(
    () => false,
    () => true,
  );
  const lane = async (number: number) => {
    if (number > 0 && (await failed)) return; // a failed render fails the build
    if (queue.length === 0) return;
    const worker = await lanes.take();
    let current: SearchShard | undefined;
    let onMessage: (message: { error?: string }) => void = () => {};
    let onExit: (code: number) => void = () => {};
    let onError: (error: Error) => void = () => {};
    const run = new Promise<void>((resolve, reject) => {
      const next = () => {
        current = queue.shift();
        if (!current) return resolve();
        const job: IndexJob = {
          id: current.id,
          records: shardRecords(current, site.language),
          bundle: path.join(outputDir, "pagefind", current.id),
          language: site.language,
        };
        worker.postMessage(job);
      };
      onMessage = ({ error }: { error?: string }) => {
        if (error)
          return reject(
            new Error(`the search index for ${current!.id} could not be written: ${error}${/backend closed/.test(error) ? " (Pagefind's process ended; its own message, if any, is above)" : ""}`),
          );
        (written ? written(current!) : Promise.resolve()).then(next, reject);
      };
      onExit = (code: number) => reject(new Error(`Pagefind stopped while writing the search index${current ? ` for ${current.id}` : ""} (exit code ${code}); its own message, if any, is above`));
      onError = reject;
      worker.on("message", onMessage).once("error", onError).once("exit", onExit);
      next();
    });
    try {
      await run;
    } catch (error) {
      queue.length = 0; // the other lane stops after its shard: the caller removes the folder
      await worker.terminate();
      throw error;
    } finally {
      worker.off("message", onMessage).off("exit", onExit).off("error", onError);
    }
    lanes.give(worker);
  };
  await settleAll(Array.from({ length: Math.min(INDEXING_PROCESSES, shards.length) }, (_, number) => lane(number)));
}

/** Writes `<outputDir>/pagefind/shards.json` for the given shards (newest year first). */
export async function writeShardList(shards: SearchShard[], outputDir: string, facets = new ShardFacetCounts()): Promise<void> {
  const filters = facets.of(shards);
  const list: ShardList = {
    pagefind: PAGEFIND_VERSION,
    shards: shards.map(({ id, year, articles, key }, index) => ({ id, year, from: articles.at(-1)!.date, articles: articles.length, key, filters: filters[index]! })),
  };
  await mkdir(path.join(outputDir, "pagefind"), { recursive: true });
  await writeFile(path.join(outputDir, "pagefind", "shards.json"), `${JSON.stringify(list)}\n`);
}

type Facets = ShardList["shards"][number]["filters"];

/**
 * Each shard's counts by filter value (`shardFacets`), remembered by the shard's key, which
 * stands for its records: a session that keeps one counts only the shards whose key is new (at
 * 100,000 articles, counting every shard took about a second of each save). It keeps the counts
 * of the last list only.
 */
export class ShardFacetCounts {
  private byKey = new Map<string, Facets>();

  of(shards: readonly SearchShard[]): Facets[] {
    const known = this.byKey;
    this.byKey = new Map();
    return shards.map(({ key, articles, entityFilters }) => {
      const facets = known.get(key) ?? this.byKey.get(key) ?? shardFacets(articles, entityFilters);
      this.byKey.set(key, facets);
      return facets;
    });
  }
}
