import { readdir } from "node:fs/promises";
import path from "node:path";
import type { BuildManifest } from "../incremental/build-manifest.ts";
import { searchGroupId } from "../incremental/changeset.ts";
import { countOf, type PageSource } from "../site/pages.ts";
import type { SiteConfig } from "../site.config.ts";
import type { SearchLanes } from "../search/search-lanes.ts";
import type { ShardFacetCounts } from "../search/search-index.ts";
import type { SearchShard } from "../search/search-records.ts";
import { noProgress, type Progress } from "../common/progress.ts";
import { settleAll } from "../common/settle-all.ts";

/** What every write of one build shares. */
export interface WriteContext {
  site: SiteConfig;
  manifest: BuildManifest;
  lanes: SearchLanes;
  /** The shards' filter counts the session remembers, for `shards.json`. */
  facets?: ShardFacetCounts;
  lap: (phase: string) => void;
  progress?: Progress;
}

/**
 * Renders pages and indexes search shards into a folder, side by side (Pagefind indexes in its
 * own process while Eleventy renders, in a second one too once the render is done: at 100,000
 * articles two Pagefinds beside the render lanes made the build's peak). Each indexed shard's
 * files are recorded in the manifest's groups; `allShards`, when given, is written as the list
 * the search page reads.
 */
export async function writeFiles(
  folder: string,
  { site, manifest, lanes, facets, lap, progress = noProgress }: WriteContext,
  pages: PageSource,
  shards: SearchShard[],
  allShards: SearchShard[] | null,
): Promise<void> {
  // Eleventy and Pagefind load only when there is something for them to do.
  const rendering = async () => {
    const count = countOf(pages);
    if (count === 0) return;
    const { renderPages } = await import("../render/render-pages.ts");
    const step = progress.step("pages rendered", count);
    await renderPages(pages, site, folder, { onRendered: (rendered) => step.add(rendered) }).finally(() => step.finish());
    lap(`render ${count} pages`);
  };
  const indexing = async (rendered: Promise<void>) => {
    if (shards.length === 0 && allShards === null) return;
    const { writeSearchShards, writeShardList } = await import("../search/search-index.ts");
    const step = progress.step("search shards indexed", shards.length);
    await writeSearchShards(
      shards,
      folder,
      site,
      async (shard) => {
        const entries = await readdir(path.join(folder, "pagefind", shard.id), { recursive: true, withFileTypes: true });
        const files = entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
        manifest.groups[searchGroupId(shard.id)] = { key: shard.key, files: files.sort() };
        step.add(1);
      },
      lanes,
      rendered,
    ).finally(() => step.finish());
    if (allShards) await writeShardList(allShards, folder, facets);
    lap(`index ${shards.length} search shards`);
  };
  const rendered = rendering();
  await settleAll([rendered, indexing(rendered)]);
}
