import { readdir } from "node:fs/promises";
import path from "node:path";
import type { ArchivedArticle } from "../article.ts";
import { planSearchShards, writeSearchShards, writeShardList } from "../search/search-index.ts";
import type { SiteConfig } from "../site.config.ts";
import type { BuildManifest } from "./build-manifest.ts";

export interface SearchPlan {
  /** Every shard, and what it is made of. */
  shards: ReturnType<typeof planSearchShards>;
  /** Shards whose key differs from the last build's (or that it did not have). */
  changed: ReturnType<typeof planSearchShards>;
  /** Files of unchanged shards, to carry over from the last build. */
  unchangedFiles: string[];
}

/** A shard's files are a group in the build manifest, under this id. */
export const searchGroupId = (shardId: string) => `search:${shardId}`;

/** Which search shards must be indexed again, and which can be kept as they are. */
export function planSearch(articles: ArchivedArticle[], site: SiteConfig, previous: BuildManifest | null, next: BuildManifest): SearchPlan {
  const shards = planSearchShards(articles, site.language);
  const changed: SearchPlan["shards"] = [];
  const unchangedFiles: string[] = [];
  for (const shard of shards) {
    const before = previous?.groups[searchGroupId(shard.id)];
    if (before?.key === shard.key) {
      next.groups[searchGroupId(shard.id)] = before;
      unchangedFiles.push(...before.files);
    } else {
      changed.push(shard);
    }
  }
  return { shards, changed, unchangedFiles };
}

/**
 * Indexes the changed shards into `outputDir` (on two Pagefind processes) and writes the list of
 * shards; records each new shard's files in the manifest.
 */
export async function writeChangedShards(plan: SearchPlan, outputDir: string, site: SiteConfig, next: BuildManifest): Promise<void> {
  await writeSearchShards(plan.changed, outputDir, site, async (shard) => {
    const folder = path.join(outputDir, "pagefind", shard.id);
    const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    next.groups[searchGroupId(shard.id)] = { key: shard.key, files: files.map((entry) => path.relative(outputDir, path.join(entry.parentPath, entry.name))).sort() };
  });
  await writeShardList(plan.shards, outputDir);
}
