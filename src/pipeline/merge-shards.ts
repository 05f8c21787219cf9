import type { Progress } from "../common/progress.ts";
import { copyFileSync } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../article.ts";
import { createTimer } from "../common/timings.ts";
import type { BuildManifest } from "../incremental/build-manifest.ts";
import { searchGroupId } from "../incremental/changeset.ts";
import { pageKeysOf } from "../incremental/page-key-parts.ts";
import { keyPages } from "../incremental/page-keys.ts";
import { BuildSession } from "../incremental/session.ts";
import { checkShards, MergeRefused, readShardDescription, type ShardDescription } from "../incremental/shard-description.ts";
import { carryOver } from "../publish/carry-over.ts";
import { finishInterruptedCommit } from "../publish/commit-journal.ts";
import { lockOutput } from "../publish/output-lock.ts";
import { recoverOutput } from "../publish/output-swap.ts";
import { publishUpdate } from "../publish/publish.ts";
import { balanceYears, countByYear, pageYear } from "../site/shard-years.ts";
import { normalisePrefix, type SiteConfig } from "../site.config.ts";
import { planBuild } from "./plan-build.ts";
import { writeFiles } from "./write-files.ts";

export interface MergeOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  cacheDir: string | null;
  /** The shard folders, in any order. */
  shardDirs: string[];
  onWait?: (pid: number) => void;
  progress?: Progress;
}

export interface MergeResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articleCount: number;
  shards: number;
  /** Files taken from the shards (hard links), and pages rendered by the merge. */
  linked: number;
  rendered: number;
}

/**
 * Joins the folders of a split build into one site (`npm run merge`). It plans the whole site
 * from the seeds, as each shard did, and refuses shards that are not one whole split built from
 * these seeds by this code (`MergeRefused`). Then it publishes, as a build does, a new site made
 * of the shards' files (hard links, or copies across file systems) and the pages of no year,
 * which it renders (lists, outlets, tags, on this day, feeds, the sitemap, the records' index `articles.json`,
 * `pagefind/shards.json`), with the manifest a plain build would have written: the next
 * `npm run build` into the same folder changes only what changed.
 */
export async function mergeShards(options: MergeOptions, session = BuildSession.forOneBuild(options.cacheDir)): Promise<MergeResult> {
  const { outputDir, cacheDir } = options;
  const lap = createTimer();
  const given = await Promise.all(options.shardDirs.map(async (folder) => ({ folder, description: await readShardDescription(folder) })));
  const release = await lockOutput(outputDir, options.onWait);
  try {
    finishInterruptedCommit(outputDir);
    await recoverOutput(outputDir);
    const site = { ...options.site, pathPrefix: normalisePrefix(options.site.pathPrefix) };
    const plan = await planBuild(options.seedsDir, site, session, lap, options.progress);
    const result: MergeResult = { ok: plan.ok, diagnostics: plan.diagnostics, articleCount: plan.articleCount, shards: given.length, linked: 0, rendered: 0 };
    if (!plan.ok) return result;
    const shards = checkShards(given, plan.inputs, options.seedsDir);
    const folderOf = new Map(given.map(({ folder, description }) => [description.shard.index, folder]));
    const groups = checkContents(shards, folderOf, plan);

    const years = new Set(shards.flatMap((shard) => shard.years));
    const rest = plan.pages.filter((page) => !years.has(pageYear(page) ?? ""));
    const keyed = keyPages(plan.pages, plan.articles, plan.versions.render);
    const manifest: BuildManifest = {
      format: 4,
      renderVersion: plan.versions.render,
      outputIdentity: "",
      fingerprint: plan.fingerprint,
      diagnostics: plan.diagnostics,
      articleCount: plan.articles.length,
      pages: pageKeysOf(keyed),
      groups,
    };
    const context = { site, manifest, lanes: session.searchLanes, lap, progress: options.progress };
    const write = async (staging: string) => {
      for (const shard of shards) takeFiles(shard, folderOf.get(shard.shard.index)!, staging);
      lap("link shard files");
      await writeFiles(staging, context, rest, [], plan.shards);
    };
    const noRemake = async () => {};
    await publishUpdate(outputDir, { write, keep: [], remake: noRemake, checkKept: false, remove: [], written: keyed.map((page) => page.file), manifest, cacheDir }, true);
    lap("published");
    return { ...result, linked: shards.reduce((sum, shard) => sum + shard.files.length, 0), rendered: rest.length };
  } finally {
    release();
  }
}

/** Each shard holds the years this merge would give it, and search bundles with the keys it plans; their groups, for the manifest. */
function checkContents(shards: ShardDescription[], folderOf: ReadonlyMap<number, string>, plan: Awaited<ReturnType<typeof planBuild>>): BuildManifest["groups"] {
  const cut = balanceYears(countByYear(plan.articles), shards.length);
  shards.forEach((shard, index) => {
    if (shard.years.join() !== cut[index]!.join()) {
      const holds = (years: string[]) => (years.length > 0 ? years.join(", ") : "no year");
      throw new MergeRefused(
        `shard ${index + 1}/${shards.length} (${folderOf.get(index + 1)}) holds ${holds(shard.years)}, where this merge expects ${holds(cut[index]!)}: build every shard again from the same commit`,
      );
    }
  });
  const groups: BuildManifest["groups"] = Object.assign({}, ...shards.map((shard) => shard.groups));
  for (const searchShard of plan.shards) {
    if (groups[searchGroupId(searchShard.id)]?.key !== searchShard.key) {
      throw new MergeRefused(`the search index of ${searchShard.id} in its shard is not the one these seeds make: build every shard again from the same commit`);
    }
  }
  return groups;
}

/** A shard's files into the new site: hard links, or copies where the shard is on another file system. */
function takeFiles(shard: ShardDescription, folder: string, staging: string): void {
  for (const file of carryOver(shard.files, folder, staging)) {
    try {
      copyFileSync(path.join(folder, file), path.join(staging, file));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      throw new MergeRefused(`shard ${shard.shard.index}/${shard.shard.count} (${folder}) lacks ${file}, which it lists: copy the whole folder, or build the shard again`);
    }
  }
}
