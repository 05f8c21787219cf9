import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { writeWholeSync } from "../common/write-whole.ts";
import { digestOf } from "./file-digest.ts";
import { changedNear, type FileStamp, RACY_MS, stampOf } from "./stamp-print.ts";

/** A file the build may read: its digest, and its bytes when the build needs them (a seed to parse, a picture to measure). */
export interface SeedInput {
  digest: string;
  bytes(): Uint8Array;
  /** Read for its digest by this build (new, or changed since the reader last read it): its parse is likely not in the cache. */
  fresh?: true;
}

/** A seeds folder's files: each seed's path (relative, `/`-separated) with its digest and bytes, and the files that are not seeds. */
export interface SeedFiles {
  seeds: Array<{ file: string } & SeedInput>;
  skipped: string[];
  /** The skipped files that may be pictures a seed shows (by extension), with their absolute paths. */
  pictures?: Array<{ file: string; path: string } & SeedInput>;
}

interface Known {
  stamp: string;
  digest: string;
  /** False when the file changed within `RACY_MS` of its reading (stamp-print.ts): it is read again next time. */
  trusted: boolean;
}

/**
 * Gives each file's digest, reading only the files whose size, times or inode changed since it
 * last read them (as git's index does): a seed that did not change is not read, and is read only
 * if the build parses it (its parse is not in the cache). It holds no bytes: a seed to parse is
 * read (again) when its turn comes. A build session keeps one: `npm start`
 * reads only the seeds a save changed. With a file to keep them in (`index`), what it knows
 * outlasts the process, so a one-off build after adding one seed reads one seed.
 */
export class SeedReader {
  private readonly known = new Map<string, Known>();
  private loaded = false;
  private changed = false;
  /** How many files it read from disk (for tests). */
  filesRead = 0;

  /** `index`: the file that keeps the digests between processes; null keeps them in memory only. `racyMs` is for tests. */
  constructor(
    private readonly index: string | null = null,
    private readonly racyMs = RACY_MS,
  ) {}

  /** `seen`: the file's stamp, when the build took it already (`statFiles`), so that it is not stat'ed twice. */
  read(file: string, seen: FileStamp = stampOf(statSync(file))): SeedInput {
    this.load();
    const { stamp } = seen;
    const known = this.known.get(file);
    if (known?.stamp === stamp && known.trusted) return { digest: known.digest, bytes: () => this.readAgain(file, known.digest) };
    const readAt = Date.now();
    const digest = digestOf(this.readFile(file));
    const trusted = !changedNear(seen, readAt, this.racyMs);
    this.known.set(file, { stamp, digest, trusted });
    this.changed = true;
    // Read again when parsed, rather than held: a cold build's seeds are most of its memory while it parses.
    return { digest, bytes: () => this.readAgain(file, digest), fresh: true };
  }

  /** The digest it last read of a file, if it has read it. */
  digestOf(file: string): string | undefined {
    this.load();
    return this.known.get(file)?.digest;
  }

  /** Forgets every file in a folder but these (removed seeds); another folder's files it keeps, for its next build. */
  forgetOthers(folder: string, files: string[]): void {
    this.load();
    const keep = new Set(files);
    const inFolder = path.resolve(folder) + path.sep;
    for (const file of this.known.keys()) {
      if (keep.has(file) || !path.resolve(file).startsWith(inFolder)) continue;
      this.known.delete(file);
      this.changed = true;
    }
  }

  /** Writes what it knows to its index file, when it learnt anything. */
  save(): void {
    if (!this.index || !this.changed) return;
    mkdirSync(path.dirname(this.index), { recursive: true });
    writeWholeSync(this.index, JSON.stringify([...this.known].map(([file, { stamp, digest, trusted }]) => [file, stamp, digest, trusted])));
    this.changed = false;
  }

  private load(): void {
    if (this.loaded || !this.index) return;
    this.loaded = true;
    try {
      const entries = JSON.parse(readFileSync(this.index, "utf8")) as Array<[string, string, string, boolean]>;
      for (const [file, stamp, digest, trusted] of entries) this.known.set(file, { stamp, digest, trusted });
    } catch {
      // none yet, or unreadable: every file is read
    }
  }

  private readFile(file: string): Uint8Array {
    this.filesRead++;
    return readFileSync(file);
  }

  /** A file whose digest it knew, read for its bytes: they must still be what the digest says. */
  private readAgain(file: string, digest: string): Uint8Array {
    const bytes = this.readFile(file);
    if (digestOf(bytes) !== digest) throw new Error(`${file} changed while the build was reading the seeds: build again`);
    return bytes;
  }
}
