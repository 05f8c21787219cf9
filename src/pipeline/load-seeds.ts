import type { Diagnostic, ParsedArticle } from "../article.ts";
import { versionSeries } from "../archive/version-series.ts";
import { bodyOf } from "../common/article-body.js";
import { localToday } from "../common/calendar-date.ts";
import { byCodeUnits } from "../common/order.ts";
import { pathsUnder } from "../common/paths-under.ts";
import { noProgress } from "../common/progress.ts";
import { BuildSession } from "../incremental/session.ts";
import type { SeedFiles, SeedReader } from "../incremental/seed-reader.ts";
import type { FileStats } from "../incremental/stamp-print.ts";
import { diagnostic } from "../parse/diagnostic.ts";
import type { ParseOptions, ParseResult } from "../parse/parse-seed.ts";
import type { SeedLocations } from "../parse/seed-warnings.ts";
import type { SiteConfig } from "../site.config.ts";
import { listSeedFiles, pictureFiles, type SeedListing } from "./seed-files.ts";
import { findSeedPictures } from "./seed-pictures.ts";

export interface LoadedSeeds {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Files in the seeds folder that are not seeds (unknown extensions), but for the pictures seeds show. */
  skipped: string[];
}

export interface LoadOptions extends ParseOptions {
  /**
   * The build day, `YYYY-MM-DD`, for the future-date warning; the local date when not given.
   * It is not a parse option, so cached parse results stay valid from one day to the next.
   */
  today?: string;
}

/** Reads and parses every seed under a folder, in a fresh session unless given one (nothing cached by default). */
export async function loadSeeds(seedsDir: string, options: LoadOptions = {}, session = BuildSession.forOneBuild(null)): Promise<LoadedSeeds> {
  return parseSeedFiles(await readSeedFiles(seedsDir, session.seedReader), options, session);
}

/**
 * Reads every seed file under a folder (listed already, or now; with its files' stats when the
 * build took them), in a stable order. The only part of the build that reads seeds.
 */
export async function readSeedFiles(seedsDir: string, reader: SeedReader, listing?: SeedListing, stats?: FileStats): Promise<SeedFiles> {
  const { seeds, skipped } = listing ?? (await listSeedFiles(seedsDir));
  const paths = pathsUnder(seedsDir, seeds);
  const pictures = pictureFiles(seedsDir, skipped);
  reader.forgetOthers(seedsDir, [...paths, ...pictures.map((picture) => picture.path)]);
  // Synchronous reads: thousands of small files load faster in a loop than through the thread pool.
  const files = {
    seeds: seeds.map((file, index) => ({ file, ...reader.read(paths[index]!, stats?.get(paths[index]!)) })),
    skipped,
    pictures: pictures.map((picture) => ({ ...picture, ...reader.read(picture.path, stats?.get(picture.path)) })),
  };
  reader.save();
  return files;
}

/** Parses read seeds (reusing the session's cached results), then checks them across the archive. */
export async function parseSeedFiles({ seeds, skipped, pictures = [] }: SeedFiles, options: LoadOptions, session: BuildSession, progress = noProgress): Promise<LoadedSeeds> {
  const { today = localToday(), ...parseOptions } = options;
  const cache = session.parseCache;
  const version = await session.parserVersion();
  const parsedArticles: ParsedArticle[] = [];
  const diagnostics: Diagnostic[] = [];
  const started = await earlyParseThread(seeds, session);
  // Look every seed up in the cache; parse the rest on every core.
  const keys = seeds.map((seed) => cache.key(version, seed.file, seed.digest, parseOptions));
  const results = await cache.getAll(keys).catch(async (error: unknown) => {
    await started?.stop();
    throw error;
  });
  const entries = seeds.map((seed, index) => ({ seed, key: keys[index]!, result: results[index] }));
  const misses = entries.filter((entry) => !entry.result);
  const step = progress.step("seeds parsed", seeds.length);
  step.add(seeds.length - misses.length);
  // The parser (remark, citeproc, compromise) loads only when a seed is not in the cache.
  try {
    if (misses.length > 0) {
      const { parseAll } = await import("./parse-pool.ts");
      const keep = (result: ParseResult, index: number) => cache.set(misses[index]!.key, result);
      const parsed = await parseAll(
        misses.map(({ seed }) => seed),
        parseOptions,
        { onParsed: (count) => step.add(count), keep, started },
      );
      misses.forEach((entry, index) => (entry.result = parsed[index]!));
    } else {
      await started?.stop();
    }
  } finally {
    step.finish();
  }
  await cache.save();
  const locations = new Map<string, SeedLocations>();
  for (const { seed, result } of entries) {
    const { file } = seed;
    diagnostics.push(...result!.diagnostics);
    if (!result!.ok) continue;
    parsedArticles.push(result!.article); // with its key (`sourceKey`), which stands for everything the parse made
    locations.set(file, result!.locations);
  }
  const found = await findSeedPictures(parsedArticles, pictures, locations);
  const articles = withPlannedBodies(found.articles);
  const notSeeds = skipped.filter((file) => !found.used.has(file));
  diagnostics.push(...found.diagnostics, ...notSeeds.map((file) => notASeed(file)));
  diagnostics.push(...session.keptChecks.check(articles, { today, locations }));
  diagnostics.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line);
  return { articles, diagnostics, skipped: notSeeds };
}

/**
 * From this many seeds, reading the parse cache takes longer than a parse thread takes to start
 * (measured for a seed added to 4,000, where the thread cost 0.75 s, and to 100,000, where the
 * cache took 6 s: docs/performance.md, session 18).
 */
export const EARLY_THREAD_SEEDS = 20_000;

/**
 * A parse thread started at once, for a one-off build of a large archive with seeds read anew:
 * finding the others in the parse cache takes seconds, and the thread makes citeproc's engines
 * meanwhile (at 100,000 articles, adding one seed spent 3.7 s making them on the main thread
 * once the cache was read). `npm start`'s main thread makes them while idle.
 */
export async function earlyParseThread(seeds: SeedFiles["seeds"], session: BuildSession) {
  if (session.lasting || seeds.length < EARLY_THREAD_SEEDS || !seeds.some((seed) => seed.fresh)) return undefined;
  const { startParseThread } = await import("./parse-pool.ts");
  return startParseThread();
}

/**
 * The articles, with the bodies that the archive and site stages read back in memory (those
 * stages read no file): an article's that shows pictures beside its seed, and each capture's of
 * an original captured more than once (versions are compared). The rest stay in their files.
 */
function withPlannedBodies(articles: ParsedArticle[]): ParsedArticle[] {
  const planned = new Set(
    versionSeries(articles)
      .filter((series) => series.length > 1)
      .flat(),
  );
  for (const article of articles) if (article.bodyPictures?.length) planned.add(article);
  return articles.map((article) => {
    if (!article.bodyFile || !planned.has(article)) return article;
    const { bodyFile: _, ...rest } = article;
    const { html, text, citations } = bodyOf(article);
    return { ...rest, bodyHtml: html, bodyText: text, citations };
  });
}

function notASeed(file: string): Diagnostic {
  return diagnostic("warning", file, { line: 1, rule: "not-a-seed", reason: "skipped", fix: "seeds are .txt or .md files; rename it or move it out of the seeds folder" });
}

/** What of the site's settings the parse reads: every command parses with the same, so they share parse results. */
export function parseOptionsFor(site: Pick<SiteConfig, "outlets" | "entities">): ParseOptions {
  return { outlets: site.outlets, entities: site.entities };
}
