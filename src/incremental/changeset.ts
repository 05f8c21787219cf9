import { outputFileOf } from "../site/pages.ts";
import type { BuildManifest } from "./build-manifest.ts";
import { keyOf, pageCount, pagePaths as allPaths } from "./page-key-parts.ts";

/** What a build plans to write: every page with its key and file, every search shard with its key. */
export interface PlannedSite {
  pages: ReadonlyArray<{ path: string; key: string; file: string }>;
  shards: ReadonlyArray<{ id: string; key: string }>;
}

/** How the planned site differs from the site the previous manifest describes. */
export interface Changeset {
  /** Paths of the pages to render: new, or with another key (a renamed page is new at its new path). */
  render: string[];
  /** Files of the pages kept as they are. */
  keep: string[];
  /** Files of the pages that are gone. */
  removePages: string[];
  /** Ids of the shards to index: new, or with another key. */
  index: string[];
  /** Files of the shards kept as they are. */
  keepShardFiles: string[];
  /** Files of the shards that are gone or indexed anew (a file written again under its name stays). */
  removeShardFiles: string[];
  /** Nothing to render, index or remove: the site would come out as it is. */
  unchanged: boolean;
}

/** The changeset from the previous manifest (null: no usable previous site) to a planned site. Pure. */
export function diffSite(previous: BuildManifest | null, planned: PlannedSite): Changeset {
  const before: Pick<BuildManifest, "pages" | "groups"> = previous ?? { pages: new Map(), groups: {} };
  const render: string[] = [];
  const keep: string[] = [];
  let plannedAgain = 0; // of the pages the last build had
  for (const { path, key, file } of planned.pages) {
    const was = keyOf(before.pages, path);
    if (was !== undefined) plannedAgain++;
    if (was === key) keep.push(file);
    else render.push(path);
  }
  // When every page the last build had is planned again (most saves), none is looked for among the planned.
  const removePages = plannedAgain === pageCount(before.pages) ? [] : removedPages(before.pages, planned.pages);

  const index: string[] = [];
  const keepShardFiles: string[] = [];
  const keptGroups = new Set<string>();
  for (const { id, key } of planned.shards) {
    const group = before.groups[searchGroupId(id)];
    if (group?.key === key) {
      keepShardFiles.push(...group.files);
      keptGroups.add(searchGroupId(id));
    } else {
      index.push(id);
    }
  }
  const removeShardFiles = Object.entries(before.groups)
    .filter(([id]) => !keptGroups.has(id))
    .flatMap(([, group]) => group.files);

  const unchanged = previous !== null && render.length === 0 && index.length === 0 && removePages.length === 0 && removeShardFiles.length === 0;
  return { render, keep, removePages, index, keepShardFiles, removeShardFiles, unchanged };
}

function removedPages(pages: BuildManifest["pages"], planned: PlannedSite["pages"]): string[] {
  const pagePaths = new Set(planned.map((page) => page.path));
  return [...allPaths(pages)].filter((path) => !pagePaths.has(path)).map(outputFileOf);
}

/** A shard's files are a group in the build manifest, under this id. */
export const searchGroupId = (shardId: string): string => `search:${shardId}`;
