import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
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
  /** The part of the index file that keeps it (`partOf`). */
  part: string;
}

/**
 * Gives each file's digest, reading only the files whose size, times or inode changed since it
 * last read them (as git's index does): a seed that did not change is not read, and is read only
 * if the build parses it (its parse is not in the cache). It holds no bytes: a seed to parse is
 * read (again) when its turn comes. A build session keeps one: `npm start`
 * reads only the seeds a save changed. With a folder to keep them in (`index`), what it knows
 * outlasts the process, so a one-off build after adding one seed reads one seed. The folder
 * holds 256 parts, by the file's path: a change writes the parts it reaches, not 100,000
 * digests (19 MB, 0.4 s a save of npm start at 100,000 seeds).
 */
export class SeedReader {
  private readonly known = new Map<string, Known>();
  private loaded = false;
  /** The parts whose files no longer hold what it knows. */
  private readonly changed = new Set<string>();
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
    const part = known?.part ?? partOf(file);
    this.known.set(file, { stamp, digest, trusted, part });
    this.changed.add(part);
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
    for (const [file, { part }] of this.known) {
      if (keep.has(file) || !path.resolve(file).startsWith(inFolder)) continue;
      this.known.delete(file);
      this.changed.add(part);
    }
  }

  /** Writes the parts of its index that changed, when it learnt anything. */
  save(): void {
    if (!this.index || this.changed.size === 0) return;
    const parts = new Map([...this.changed].map((part) => [part, [] as Array<[string, string, string, boolean]>]));
    for (const [file, { stamp, digest, trusted, part }] of this.known) parts.get(part)?.push([file, stamp, digest, trusted]);
    mkdirSync(this.index, { recursive: true });
    rmSync(`${this.index}.json`, { force: true }); // the index's one file, before it had parts
    for (const [part, entries] of parts) {
      const file = path.join(this.index, `${part}.json`);
      if (entries.length > 0) writeWholeSync(file, JSON.stringify(entries));
      else rmSync(file, { force: true });
    }
    this.changed.clear();
  }

  private load(): void {
    if (this.loaded || !this.index) return;
    this.loaded = true;
    let parts: string[];
    try {
      parts = readdirSync(this.index).filter((name) => PART_FILE.test(name));
    } catch {
      return; // none yet: every file is read
    }
    for (const name of parts) {
      const part = name.slice(0, -".json".length);
      try {
        const entries = JSON.parse(readFileSync(path.join(this.index, name), "utf8")) as Array<[string, string, string, boolean]>;
        for (const [file, stamp, digest, trusted] of entries) this.known.set(file, { stamp, digest, trusted, part });
      } catch {
        this.changed.add(part); // unreadable: its files are read again, and the part written anew
      }
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

const PART_FILE = /^[0-9a-f]{2}\.json$/;

/** The part of the index that keeps a file: one of 256, from its path (FNV-1a, which needs no hash object). */
function partOf(file: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < file.length; index++) hash = Math.imul(hash ^ file.charCodeAt(index), 0x01000193);
  return ((hash >>> 0) & 0xff).toString(16).padStart(2, "0");
}
