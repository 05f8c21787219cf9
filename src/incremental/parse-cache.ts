import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { ParsedArticle } from "../article.ts";
import type { ArticleBody } from "../common/article-body.js";
import { readJson } from "../common/read-json.ts";
import { writeWholeSync } from "../common/write-whole.ts";
import type { ParseResult } from "../parse/parse-seed.ts";

/** A parse result as the cache gives it: the article's body in its file (`bodyFile`). */
export type CachedResult = ParseResult<ParsedArticle>;

/**
 * Part of every key: raise it when what the cache keeps changes shape. 2: bodies in files of their
 * own. 3: the references beside the body.
 */
const CACHE_FORMAT = 3;

/**
 * Parse results kept on disk, keyed by a hash of the parser's version, the seed's path, its bytes' digest
 * and the parse options. A key never names a stale result, so the cache can only save time,
 * never change the output; a missing, unreadable or corrupt cache is parsed again. Results are
 * packed into 256 files by the key's first two characters (`parsed/3f.json`): thousands of
 * one-seed files are slow to read, and one file would outgrow a string in a large archive.
 * Each article's body is a file of its own (`bodies/3f/<key>.json`), with its references, which
 * only the pages and the search index that show them read: the bodies are most of a parse's bytes, and a large
 * archive's would fill the memory (measured: see docs/performance.md).
 * Saving keeps only the entries this build used. One instance may serve many builds (`npm start`
 * keeps it, so a rebuild reads nothing from disk). The folder is safe to delete.
 */
export class ParseCache {
  private entries: Promise<Map<string, Map<string, CachedResult>>> | undefined;
  private readonly used = new Map<string, Map<string, CachedResult>>();
  private readonly changedBuckets = new Set<string>();
  private readonly bodyFolders = new Set<string>();
  /** Each entry's result as handed out (`handOut`), while the entry is held. */
  private readonly given = new WeakMap<CachedResult, CachedResult>();
  private options: { value: unknown; text: string } | undefined;
  private read = false;

  /** `lasting: false` (a one-off build's cache) keeps nothing in memory once saved: nothing would ask for it again. */
  constructor(
    private readonly dir: string | null,
    private readonly lasting = true,
  ) {}

  /** The key of a seed's parse, from its bytes' SHA-256 (the seed reader's: a seed whose parse is cached is not read). */
  key(version: string, seedFile: string, digest: string, options: unknown): string {
    if (this.options?.value !== options) this.options = { value: options, text: JSON.stringify(options) }; // one object for a build's seeds
    return createHash("sha256").update(`${CACHE_FORMAT}\0${version}\0${seedFile}\0${this.options!.text}\0${digest}`).digest("hex");
  }

  async get(key: string): Promise<CachedResult | undefined> {
    return (await this.getAll([key]))[0];
  }

  /** The results of many keys, in their order: one wait for the cache's files, not one a seed (100,000 promises a save at 100,000 seeds). */
  async getAll(keys: readonly string[]): Promise<Array<CachedResult | undefined>> {
    if (!this.dir) return keys.map(() => undefined);
    this.entries ??= this.load();
    const entries = await this.entries;
    return keys.map((key) => {
      const result = entries.get(bucketOf(key))?.get(key);
      if (!result) return undefined;
      this.use(key, result);
      return this.handOut(key, result);
    });
  }

  /**
   * Keeps a new result, its body written to its own file (now, so that the build holds no more
   * bodies than it parses at once), and gives it back as `get` would.
   */
  set(key: string, result: ParseResult): CachedResult {
    if (!this.dir) return this.handOut(key, result);
    let kept: CachedResult = result;
    if (result.ok) {
      const { bodyHtml, bodyText, citations, ...article } = result.article;
      this.writeBody(key, { html: bodyHtml, text: bodyText, citations });
      kept = { ...result, article };
    }
    this.use(key, kept);
    this.changedBuckets.add(bucketOf(key));
    return this.handOut(key, kept);
  }

  /** Writes each bucket whose entries differ from what its file holds, and removes the bodies of entries it no longer holds. */
  async save(): Promise<void> {
    if (!this.dir) return;
    this.entries ??= this.load();
    const stored = await this.entries;
    const buckets = new Set([...stored.keys(), ...this.used.keys()]);
    await mkdir(path.join(this.dir, "parsed"), { recursive: true });
    for (const bucket of buckets) {
      const used = this.used.get(bucket) ?? new Map<string, CachedResult>();
      if (!this.changedBuckets.has(bucket) && used.size === (stored.get(bucket)?.size ?? 0)) continue;
      const file = path.join(this.dir, "parsed", `${bucket}.json`);
      if (used.size === 0) {
        await rm(file, { force: true });
      } else {
        writeWholeSync(file, JSON.stringify(Object.fromEntries(used))); // never a half-written bucket
      }
      const dropped = [...(stored.get(bucket)?.keys() ?? [])].filter((key) => !used.has(key));
      await Promise.all(dropped.map((key) => rm(this.bodyFile(key), { force: true })));
    }
    // What is on disk now is what this build used: a long-lived cache (npm start) goes on from there.
    this.entries = this.lasting ? Promise.resolve(new Map(this.used)) : undefined; // else read again if ever asked
    this.used.clear();
    this.changedBuckets.clear();
  }

  private use(key: string, result: CachedResult): void {
    const bucket = bucketOf(key);
    if (!this.used.has(bucket)) this.used.set(bucket, new Map());
    this.used.get(bucket)!.set(key, result);
  }

  private bodyFile(key: string): string {
    return path.join(this.dir!, "bodies", bucketOf(key), `${key}.json`);
  }

  /**
   * A result as the build takes it: its article with its key (`sourceKey`) and its body's file.
   * The same object for the same entry from one build to the next, so that a save of npm start
   * makes no copy of 100,000 unchanged articles.
   */
  private handOut(key: string, result: CachedResult): CachedResult {
    if (!result.ok) return result;
    let given = this.given.get(result);
    if (!given) {
      given = { ...result, article: { ...result.article, sourceKey: key, ...(this.dir ? { bodyFile: this.bodyFile(key) } : {}) } };
      this.given.set(result, given);
    }
    return given;
  }

  /** Synchronous: written between parses on the main thread, while workers parse on. */
  private writeBody(key: string, body: ArticleBody): void {
    const file = this.bodyFile(key);
    const folder = path.dirname(file);
    if (!this.bodyFolders.has(folder)) mkdirSync(folder, { recursive: true });
    this.bodyFolders.add(folder);
    writeWholeSync(file, JSON.stringify(body));
  }

  /**
   * Reads the cache's files now, ahead of need: `npm start` does it while idle, so that its first
   * save finds them in memory (at 100,000 articles they took that save 10 s).
   */
  async preload(): Promise<void> {
    if (!this.dir) return;
    this.entries ??= this.load();
    await this.entries;
  }

  /** Whether this cache read its files since last asked: what they held is garbage once the results are taken. */
  readSinceAsked(): boolean {
    const read = this.read;
    this.read = false;
    return read;
  }

  private async load(): Promise<Map<string, Map<string, CachedResult>>> {
    this.read = true;
    const folder = path.join(this.dir!, "parsed");
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{2}\.json$/.test(name));
    const buckets = await Promise.all(
      names.map(async (name) => {
        const bucket = name.slice(0, 2);
        try {
          const entries = await readJson<Record<string, CachedResult>>(path.join(folder, name));
          // An entry whose body is gone (a folder deleted by hand, a build that shared the cache) is parsed again.
          const bodies = new Set(await readdir(path.join(this.dir!, "bodies", bucket)).catch(() => [] as string[]));
          return [bucket, new Map(Object.entries(entries).filter(([key, result]) => !result.ok || bodies.has(`${key}.json`)))] as const;
        } catch {
          return [bucket, new Map<string, CachedResult>()] as const; // corrupt: parse again
        }
      }),
    );
    return new Map(buckets);
  }
}

const bucketOf = (key: string) => key.slice(0, 2);
