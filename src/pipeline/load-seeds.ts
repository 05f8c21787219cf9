import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Diagnostic, ParsedArticle } from "../article.ts";
import type { ParseOptions } from "../parse/parse-seed.ts";
import type { SeedLocations } from "../parse/seed-warnings.ts";
import { checkArchive } from "../archive/qa-checks.ts";
import { byCodeUnits } from "../common/order.ts";
import { getParserVersion, ParseCache } from "../incremental/parse-cache.ts";
import { parseAll } from "./parse-pool.ts";
import { listSeedFiles } from "./seed-files.ts";

export interface LoadedSeeds {
  articles: ParsedArticle[];
  diagnostics: Diagnostic[];
  /** Files in the seeds folder that were not read (unknown extensions). */
  skipped: string[];
}

export interface LoadOptions extends ParseOptions {
  /** Where parse results are kept between builds; null (the default) parses every seed. */
  cacheDir?: string | null;
  /** A parse cache to use (and keep) instead of opening `cacheDir` afresh. */
  cache?: ParseCache;
  /**
   * The build day, `YYYY-MM-DD`, for the future-date warning; the local date when not given.
   * It is not a parse option, so cached parse results stay valid from one day to the next.
   */
  today?: string;
}

/** A seeds folder's files, read. */
export interface SeedFiles {
  seeds: Array<{ file: string; bytes: Uint8Array }>;
  skipped: string[];
}

/** Reads and parses every seed under a folder. The only part of the parser that reads files. */
export async function loadSeeds(seedsDir: string, options: LoadOptions = {}): Promise<LoadedSeeds> {
  return parseSeedFiles(await readSeedFiles(seedsDir), options);
}

/** Reads every seed file under a folder, in a stable order. */
export async function readSeedFiles(seedsDir: string, reader?: SeedReader): Promise<SeedFiles> {
  const { seeds, skipped } = await listSeedFiles(seedsDir);
  // Synchronous reads: thousands of small files load faster in a loop than through the thread pool.
  const paths = seeds.map((file) => path.join(seedsDir, file));
  const read = reader ? (file: string) => reader.read(file) : (file: string) => readFileSync(file);
  reader?.forgetOthers(paths);
  return { seeds: seeds.map((file, index) => ({ file, bytes: read(paths[index]!) })), skipped };
}

/**
 * Reads files, remembering what it read: a file whose size, times and inode are unchanged is not
 * read again, and its bytes are the same object as before (so what was computed from them can
 * be looked up by them). `npm start` keeps one between rebuilds.
 */
export class SeedReader {
  private readonly known = new Map<string, { stamp: string; bytes: Uint8Array }>();

  read(file: string): Uint8Array {
    const stats = statSync(file);
    const stamp = `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino}`;
    const known = this.known.get(file);
    if (known?.stamp === stamp) return known.bytes;
    const bytes = readFileSync(file);
    this.known.set(file, { stamp, bytes });
    return bytes;
  }

  /** Forgets every file but these (removed seeds). */
  forgetOthers(files: string[]): void {
    const keep = new Set(files);
    for (const file of this.known.keys()) if (!keep.has(file)) this.known.delete(file);
  }
}

/** Parses read seeds (reusing cached results), then checks them across the archive. */
export async function parseSeedFiles({ seeds, skipped }: SeedFiles, options: LoadOptions = {}): Promise<LoadedSeeds> {
  const { cacheDir = null, today = localToday(), cache = new ParseCache(cacheDir), ...parseOptions } = options;
  const version = await getParserVersion();
  const articles: ParsedArticle[] = [];
  const diagnostics: Diagnostic[] = skipped.map((file) => ({
    severity: "warning",
    file,
    line: 1,
    column: 1,
    rule: "not-a-seed",
    message: `skipped: seeds are .txt or .md files; rename it or move it out of the seeds folder`,
  }));
  // Look every seed up in the cache; parse the rest on every core.
  const entries = await Promise.all(
    seeds.map(async ({ file, bytes }) => {
      const key = cache.key(version, file, bytes, parseOptions);
      return { file, bytes, key, result: await cache.get(key) };
    }),
  );
  const misses = entries.filter((entry) => !entry.result);
  const parsed = await parseAll(misses, parseOptions);
  misses.forEach((entry, index) => cache.set(entry.key, (entry.result = parsed[index]!)));
  await cache.save();
  const locations = new Map<string, SeedLocations>();
  for (const { file, key, result } of entries) {
    diagnostics.push(...result!.diagnostics);
    if (!result!.ok) continue;
    articles.push(keyedArticle(result!.article, key));
    locations.set(file, result!.locations);
  }
  diagnostics.push(...checkArchive(articles, { today, locations }));
  diagnostics.sort((a, b) => byCodeUnits(a.file, b.file) || a.line - b.line);
  return { articles, diagnostics, skipped };
}

/**
 * A parse result's article with its key: one object per result and key, so that the next build
 * of `npm start`, which gets the same result from the cache, gets the same article (see
 * `assembleArchive`).
 */
function keyedArticle(article: ParsedArticle, key: string): ParsedArticle {
  let keyed = keyedArticles.get(article);
  if (keyed?.sourceKey !== key) {
    keyed = { ...article, sourceKey: key };
    keyedArticles.set(article, keyed);
  }
  return keyed;
}
const keyedArticles = new WeakMap<ParsedArticle, ParsedArticle>();

/** Today's date where the build runs, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
