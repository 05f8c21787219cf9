import path from "node:path";
import type { ArchivedArticle } from "../article.ts";
import { ShardFacetCounts } from "../search/search-index.ts";
import { SearchLanes } from "../search/search-lanes.ts";
import { WrittenManifests } from "./build-manifest.ts";
import { KeptChecks } from "./kept-checks.ts";
import { KeptPlan } from "./kept-plan.ts";
import { ParseCache } from "./parse-cache.ts";
import { SeedReader } from "./seed-reader.ts";
import { parserVersion } from "./versions.ts";

/**
 * Everything a process remembers from one build for the next, in one object that the caller
 * owns: `npm start` keeps one for as long as it runs, so that a save re-reads and re-parses only
 * what changed; a one-off build makes a fresh one. The stages themselves keep
 * nothing between calls.
 */
export class BuildSession {
  /** Parse results by seed (kept on disk too when the session has a cache folder). */
  readonly parseCache: ParseCache;
  /** The seeds' digests, a file read again only when it changed (kept in the cache folder too). */
  readonly seedReader: SeedReader;
  /** The search indexing threads, kept idle between builds. */
  readonly searchLanes: SearchLanes;
  /** Each search shard's filter counts, by its key, for the shard list. */
  readonly shardFacets = new ShardFacetCounts();
  /** The build manifests this session wrote, taken back without reading them while their files are unchanged. */
  readonly manifests = new WrittenManifests();
  /** What the last build planned from, so that the next plans only the articles' own pages and the names' lists whose inputs changed. */
  readonly keptPlan: KeptPlan;
  /** What the checks across seeds compared, so that the next checks only the articles a change reaches. */
  readonly keptChecks: KeptChecks;
  /**
   * The output folders this session published to. A lasting session trusts them from then on
   * (nothing but its own builds writes there while it runs): its saves do not check that each
   * kept file is still there, which at 100,000 articles is 431,000 files and 1.5–3.5 s a save.
   */
  readonly publishedTo = new Set<string>();
  /** The archive the last build of a lasting session assembled: the next takes its unchanged articles as they are (`assembleArchive`). */
  lastArchive: readonly ArchivedArticle[] = [];
  private parser: Promise<string> | undefined;

  /** Whether it serves many builds (`npm start`'s, whose main thread makes citeproc's engines while idle) or one. */
  readonly lasting: boolean;

  /**
   * `cacheDir`: where parse results, the seeds' digests and build manifests are kept between
   * processes; null keeps nothing. A session for many builds keeps its search indexing threads.
   */
  constructor(
    readonly cacheDir: string | null,
    { forManyBuilds = true } = {},
  ) {
    this.lasting = forManyBuilds;
    this.parseCache = new ParseCache(cacheDir, forManyBuilds);
    this.seedReader = new SeedReader(cacheDir ? path.join(cacheDir, "seeds") : null);
    this.searchLanes = new SearchLanes(forManyBuilds);
    this.keptPlan = new KeptPlan(forManyBuilds, cacheDir !== null);
    this.keptChecks = new KeptChecks(forManyBuilds);
  }

  /**
   * A session for one build: it keeps no idle threads, which nothing would ask for again.
   * `parserVersion`: the parser's version when the build made it already (its first look does).
   */
  static forOneBuild(cacheDir: string | null, parserVersion?: string): BuildSession {
    const session = new BuildSession(cacheDir, { forManyBuilds: false });
    if (parserVersion !== undefined) session.parser = Promise.resolve(parserVersion);
    return session;
  }

  /** The parser's version, made once: the parser a process runs does not change under it. */
  parserVersion(): Promise<string> {
    this.parser ??= parserVersion();
    return this.parser;
  }
}
