import type { Diagnostic } from "../article.ts";
import { byCodeUnits } from "../common/order.ts";
import { createTimer } from "../common/timings.ts";
import type { BuildManifest } from "../incremental/build-manifest.ts";
import { BuildSession } from "../incremental/session.ts";
import { writeShardDescription } from "../incremental/shard-description.ts";
import { assertWritten } from "../publish/carry-over.ts";
import { finishInterruptedCommit } from "../publish/commit-journal.ts";
import { lockOutput } from "../publish/output-lock.ts";
import { discardStaging, prepareStaging, recoverOutput, swapIntoPlace } from "../publish/output-swap.ts";
import { outputFileOf } from "../site/pages.ts";
import { countByYear, pageYear, type ShardSpec, shardYears } from "../site/shard-years.ts";
import { normalisePrefix } from "../site.config.ts";
import type { BuildOptions } from "./build-site.ts";
import { planBuild } from "./plan-build.ts";
import { writeFiles } from "./write-files.ts";

export interface ShardBuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Articles in the whole archive, and in this shard's years. */
  articleCount: number;
  shardArticles: number;
  years: string[];
  /** Files written: pages, pictures and search bundles. */
  files: number;
}

/**
 * Builds one shard of a split build (`--shard K/N`) into its own folder: the whole site is
 * planned, but only the pages and search bundles of the shard's years are written, with a
 * description (`broadsheet-shard.json`) that `npm run merge` checks. Each build makes the folder
 * afresh and swaps it in, so a failed one leaves the last shard folder as it was.
 */
export async function buildShard(options: BuildOptions & { shard: ShardSpec }, session = BuildSession.forOneBuild(options.cacheDir)): Promise<ShardBuildResult> {
  const { outputDir, shard } = options;
  const release = await lockOutput(outputDir, options.onWait);
  try {
    finishInterruptedCommit(outputDir);
    await recoverOutput(outputDir);
    const lap = createTimer();
    const site = { ...options.site, pathPrefix: normalisePrefix(options.site.pathPrefix) };
    const plan = await planBuild(options.seedsDir, site, session, lap, options.progress);
    const result = { ok: plan.ok, diagnostics: plan.diagnostics, articleCount: plan.articleCount, shardArticles: 0, years: [] as string[], files: 0 };
    if (!plan.ok) return result;
    const years = shardYears(plan.articles, shard);
    const own = new Set(years);
    const pages = plan.pages.filter((page) => own.has(pageYear(page) ?? ""));
    const shards = plan.shards.filter((searchShard) => own.has(searchShard.year));
    // writeFiles records each search bundle's files in the manifest's groups; nothing else of it is used.
    const manifest: BuildManifest = { format: 4, renderVersion: plan.versions.render, outputIdentity: "", fingerprint: null, diagnostics: [], articleCount: 0, pages: new Map(), groups: {} };
    const staging = await prepareStaging(outputDir);
    try {
      await writeFiles(staging, { site, manifest, lanes: session.searchLanes, lap, progress: options.progress }, pages, shards, null);
      const pageFiles = pages.map((page) => outputFileOf(page.path));
      assertWritten(pageFiles, staging);
      const files = [...pageFiles, ...Object.values(manifest.groups).flatMap((group) => group.files)].sort(byCodeUnits);
      const counts = countByYear(plan.articles);
      const shardArticles = years.reduce((sum, year) => sum + counts.get(year)!, 0);
      await writeShardDescription(staging, { format: 1, shard, years, articles: shardArticles, archiveArticles: plan.articles.length, inputs: plan.inputs, files, groups: manifest.groups });
      await swapIntoPlace(staging, outputDir);
      lap("published");
      return { ...result, shardArticles, years, files: files.length };
    } catch (error) {
      await discardStaging(staging);
      throw error;
    }
  } finally {
    release();
  }
}
