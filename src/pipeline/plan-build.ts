import type { ArchivedArticle, Diagnostic, ParsedArticle } from "../article.ts";
import { assembleArchive } from "../archive/assemble-archive.ts";
import { localToday } from "../common/calendar-date.ts";
import { noProgress } from "../common/progress.ts";
import { buildFingerprint, seedsDigest } from "../incremental/fingerprint.ts";
import type { ShardInputs } from "../incremental/shard-description.ts";
import type { BuildSession } from "../incremental/session.ts";
import { buildCodeVersion, renderVersion } from "../incremental/versions.ts";
import { planSearchShards, type SearchShard } from "../search/search-records.ts";
import type { Page } from "../site/pages.ts";
import { type Entity, entityIndex, type EntityIndex } from "../site/entity-index.ts";
import { planSite, planSiteParts, type SitePlan } from "../site/plan-site.ts";
import type { SiteConfig } from "../site.config.ts";
import { parseOptionsFor, parseSeedFiles, readSeedFiles } from "./load-seeds.ts";

/** The whole site as a split build's shard and its merge see it: planned, not yet written. */
export interface PlannedBuild {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** Seeds parsed (when some failed, the archive is not assembled and `articles` is empty). */
  articleCount: number;
  articles: ArchivedArticle[];
  pages: Page[];
  shards: SearchShard[];
  versions: { parser: string; render: string };
  /** What a plain build of the same seeds would call its fingerprint, for the merged site's manifest. */
  fingerprint: string;
  /** What every shard of a split and its merge must agree on. */
  inputs: ShardInputs;
}

/**
 * Reads and parses every seed (the parse cache makes this cheap), assembles the archive and plans
 * every page and search shard, as a plain build does: a shard's pages need the whole archive
 * (URLs with `-2`, related links, neighbours), so each shard and the merge plan all of it.
 */
export async function planBuild(seedsDir: string, site: SiteConfig, session: BuildSession, lap: (phase: string) => void, progress = noProgress): Promise<PlannedBuild> {
  const files = await readSeedFiles(seedsDir, session.seedReader);
  const versions = { parser: await session.parserVersion(), render: await renderVersion(site) };
  const today = localToday();
  const fingerprint = buildFingerprint(files, versions, today);
  const inputs: ShardInputs = { seeds: seedsDigest(files), code: await buildCodeVersion(), site };
  lap("read seeds");
  const { articles: parsed, diagnostics } = await parseSeedFiles(files, { ...parseOptionsFor(site), today }, session, progress);
  lap("parse seeds");
  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === "error");
  if (!ok) return { ok, diagnostics, articleCount: parsed.length, articles: [], pages: [], shards: [], versions, fingerprint, inputs };
  const { articles, pages, shards } = planArchive(parsed, site, versions);
  lap("assemble and plan");
  return { ok, diagnostics, articleCount: articles.length, articles, pages, shards, versions, fingerprint, inputs };
}

/** The archive, every page and every search shard of parsed seeds: what every build plans, whole or split, in one place. */
export function planArchive(parsed: ParsedArticle[], site: SiteConfig, versions: { parser: string }): { articles: ArchivedArticle[]; pages: Page[]; shards: SearchShard[] } {
  const { articles, entities } = assembleArchiveIndex(parsed, site);
  return { articles, pages: planSite(articles, site, { parserVersion: versions.parser }, entities), shards: planSearchShards(articles, site.language, entities, site.searchShards) };
}

/** The archive and its index of names, which the name pages, the articles' own pages and the search's filters share. `last`: see `assembleArchive`. */
export function assembleArchiveIndex(parsed: ParsedArticle[], site: SiteConfig, last?: readonly ArchivedArticle[]): { articles: ArchivedArticle[]; entities: EntityIndex } {
  const articles = assembleArchive(parsed, site.pathPrefix, last);
  return { articles, entities: entityIndex(articles) };
}

/** The site's pages in their parts (the own pages of the articles `ownPagesOf` picks, the lists of the names `listsOf` picks) and every search shard. */
export function planArchiveParts(
  { articles, entities }: { articles: ArchivedArticle[]; entities: EntityIndex },
  site: SiteConfig,
  versions: { parser: string },
  ownPagesOf?: (article: ArchivedArticle) => boolean,
  listsOf?: (entity: Entity) => boolean,
): { plan: SitePlan; shards: SearchShard[] } {
  return { plan: planSiteParts(articles, site, { parserVersion: versions.parser }, entities, ownPagesOf, listsOf), shards: planSearchShards(articles, site.language, entities, site.searchShards) };
}
