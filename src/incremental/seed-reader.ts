import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";

/** A seeds folder's files, read: each seed's path (relative, `/`-separated) and bytes, and the files that are not seeds. */
export interface SeedFiles {
  seeds: Array<{ file: string; bytes: Uint8Array }>;
  skipped: string[];
  /** The skipped files that may be pictures a seed shows (by extension), read, with their absolute paths. */
  pictures?: Array<{ file: string; path: string; bytes: Uint8Array }>;
}

/**
 * Reads seed files, remembering what it read: a file whose size, times and inode are unchanged
 * is not read again, and its bytes are the same object as before, so its digest is not made
 * again either. A build session keeps one: `npm start` re-reads only the seeds a save changed.
 */
export class SeedReader {
  private readonly known = new Map<string, { stamp: string; bytes: Uint8Array }>();
  private readonly digests = new WeakMap<Uint8Array, string>();
  private readonly remember: boolean;

  /** `remember: false` reads every file every time and keeps no bytes (a reader for one build). */
  constructor({ remember = true } = {}) {
    this.remember = remember;
  }

  read(file: string): Uint8Array {
    if (!this.remember) return readFileSync(file);
    const stats = statSync(file);
    const stamp = `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino}`;
    const known = this.known.get(file);
    if (known?.stamp === stamp) return known.bytes;
    const bytes = readFileSync(file);
    this.known.set(file, { stamp, bytes });
    return bytes;
  }

  /** A SHA-256 of bytes this reader gave, made once per bytes object. */
  digest(bytes: Uint8Array): string {
    let digest = this.digests.get(bytes);
    if (digest === undefined) {
      digest = createHash("sha256").update(bytes).digest("hex");
      this.digests.set(bytes, digest);
    }
    return digest;
  }

  /** Forgets every file but these (removed seeds). */
  forgetOthers(files: string[]): void {
    const keep = new Set(files);
    for (const file of this.known.keys()) if (!keep.has(file)) this.known.delete(file);
  }
}
