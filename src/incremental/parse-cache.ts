import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ParseResult } from "../parse/parse-seed.ts";

/**
 * Parse results kept on disk, keyed by a hash of the parser's version, the seed's path, its bytes
 * and the parse options. A key never names a stale result, so the cache can only save time,
 * never change the output; a missing, unreadable or corrupt cache is parsed again. Results are
 * packed into 256 files by the key's first two characters (`parsed/3f.json`): thousands of
 * thousands of one-seed files are slow to read, and one file would outgrow a string in a large archive.
 * Saving keeps only the entries this build used. One instance may serve many builds (`npm start`
 * keeps it, so a rebuild reads nothing from disk). The folder is safe to delete.
 */
export class ParseCache {
  private entries: Promise<Map<string, Map<string, ParseResult>>> | undefined;
  private readonly used = new Map<string, Map<string, ParseResult>>();
  private readonly changedBuckets = new Set<string>();
  private readonly keys = new WeakMap<Uint8Array, { about: string; key: string }>();
  private options: { value: unknown; text: string } | undefined;

  constructor(private readonly dir: string | null) {}

  key(version: string, seedFile: string, bytes: Uint8Array, options: unknown): string {
    if (this.options?.value !== options) this.options = { value: options, text: JSON.stringify(options) }; // one object for a build's seeds
    const about = `${version}\0${seedFile}\0${this.options!.text}\0`;
    const known = this.keys.get(bytes); // the same bytes object again (a SeedReader's): hashed already
    if (known?.about === about) return known.key;
    const key = createHash("sha256").update(about).update(bytes).digest("hex");
    this.keys.set(bytes, { about, key });
    return key;
  }

  async get(key: string): Promise<ParseResult | undefined> {
    if (!this.dir) return undefined;
    this.entries ??= this.load();
    const result = (await this.entries).get(bucketOf(key))?.get(key);
    if (result) this.use(key, result);
    return result;
  }

  set(key: string, result: ParseResult): void {
    if (!this.dir) return;
    this.use(key, result);
    this.changedBuckets.add(bucketOf(key));
  }

  /** Writes each bucket whose entries differ from what its file holds. */
  async save(): Promise<void> {
    if (!this.dir) return;
    this.entries ??= this.load();
    const stored = await this.entries;
    const buckets = new Set([...stored.keys(), ...this.used.keys()]);
    await mkdir(path.join(this.dir, "parsed"), { recursive: true });
    for (const bucket of buckets) {
      const used = this.used.get(bucket) ?? new Map<string, ParseResult>();
      if (!this.changedBuckets.has(bucket) && used.size === (stored.get(bucket)?.size ?? 0)) continue;
      const file = path.join(this.dir, "parsed", `${bucket}.json`);
      if (used.size === 0) {
        await rm(file, { force: true });
        continue;
      }
      await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(Object.fromEntries(used)));
      await rename(`${file}.${process.pid}.tmp`, file); // never a half-written bucket
    }
    // What is on disk now is what this build used: a long-lived cache (npm start) goes on from there.
    this.entries = Promise.resolve(new Map(this.used));
    this.used.clear();
    this.changedBuckets.clear();
  }

  private use(key: string, result: ParseResult): void {
    const bucket = bucketOf(key);
    if (!this.used.has(bucket)) this.used.set(bucket, new Map());
    this.used.get(bucket)!.set(key, result);
  }

  private async load(): Promise<Map<string, Map<string, ParseResult>>> {
    const folder = path.join(this.dir!, "parsed");
    const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{2}\.json$/.test(name));
    const buckets = await Promise.all(
      names.map(async (name) => {
        try {
          const entries = JSON.parse(await readFile(path.join(folder, name), "utf8")) as Record<string, ParseResult>;
          return [name.slice(0, 2), new Map(Object.entries(entries))] as const;
        } catch {
          return [name.slice(0, 2), new Map<string, ParseResult>()] as const; // corrupt: parse again
        }
      }),
    );
    return new Map(buckets);
  }
}

const bucketOf = (key: string) => key.slice(0, 2);
