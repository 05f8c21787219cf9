import { createHash } from "node:crypto";
import type { Stats } from "node:fs";
import { STAMP_FIELDS } from "../common/file-checks.js";
import { checkFiles } from "../common/split-file-checks.ts";
import { stillAsRead } from "./file-digest.ts";

/**
 * A file changed this close to a time (the build's start, a reading) may change again within the
 * same tick of the file system's clock, leaving its times as they were (git's "racily clean"
 * entries): what was seen of it then is not trusted later.
 */
export const RACY_MS = 2000;

/**
 * A file as the file system describes it: `stamp`, its size, times and inode (equal stamps,
 * unchanged file, unless it changed too close to when it was seen); `changedMs`, when it last
 * changed. Only these are kept of its stats: 100,000 `BigIntStats` kept whole made the
 * no-change check slower by about a third (docs/performance.md, session 14).
 */
export interface FileStamp {
  stamp: string;
  changedMs: number;
}

/** The stamp of a file's stats. Times to the microsecond or so (a double's milliseconds): closer writes are what `RACY_MS` is for. */
export function stampOf({ size, mtimeMs, ctimeMs, ino, dev }: Pick<Stats, "size" | "mtimeMs" | "ctimeMs" | "ino" | "dev">): FileStamp {
  return { stamp: `${size} ${mtimeMs} ${ctimeMs} ${ino} ${dev}`, changedMs: Math.max(mtimeMs, ctimeMs) };
}

/** Whether a file changed within `racyMs` of `time` (from `Date.now()`), or after it. */
export function changedNear(file: Pick<FileStamp, "changedMs">, time: number, racyMs = RACY_MS): boolean {
  return file.changedMs > time - racyMs;
}

/**
 * Many files' stamps, taken at once (`statFiles`): their numbers in one buffer, in the files'
 * order; a file's `FileStamp` made when something asks for it. At 100,000 seeds an object and a
 * string a file were a fifth of a rebuild with nothing to do, which needs none of them.
 */
export class FileStats {
  private index: Map<string, number> | null = null;

  constructor(
    readonly files: readonly string[],
    /** `STAMP_FIELDS` numbers a file (src/common/file-checks.js). */
    readonly numbers: Float64Array,
  ) {}

  /** A file's stamp, if it is one of the files. */
  get(file: string): FileStamp | undefined {
    this.index ??= new Map(this.files.map((name, at) => [name, at]));
    const at = this.index.get(file);
    return at === undefined ? undefined : stampOf(this.statsAt(at));
  }

  /** Whether the file at a place in the list changed within `racyMs` of `time` (`changedNear`). */
  changedNear(at: number, time: number, racyMs = RACY_MS): boolean {
    const { mtimeMs, ctimeMs } = this.statsAt(at);
    return changedNear({ changedMs: Math.max(mtimeMs, ctimeMs) }, time, racyMs);
  }

  private statsAt(at: number) {
    const [numbers, first] = [this.numbers, at * STAMP_FIELDS];
    return { size: numbers[first]!, mtimeMs: numbers[first + 1]!, ctimeMs: numbers[first + 2]!, ino: numbers[first + 3]!, dev: numbers[first + 4]! };
  }
}

/**
 * Each file's stamp, taken once a build: the stamp print and the seed reader both use them. Many
 * files are stat'ed in two threads (`checkFiles`): the calls are most of a rebuild with nothing
 * to do. A file gone since the listing fails as `statSync` does.
 */
export async function statFiles(files: readonly string[], { splitFrom = 10_000 } = {}): Promise<FileStats> {
  return new FileStats(files, await checkFiles("statNumbers", files, { splitFrom }));
}

/**
 * The inputs as the file system described them when a build started: `print`, a hash of them
 * all; `recheck`, the files that changed too close to that moment for their stamps to vouch for
 * them, each with the digest of what the build read. The next build reads those few again (as
 * git does its "racily clean" entries) instead of the last build's whole list of pages.
 */
export interface Stamps {
  print: string;
  recheck: Record<string, string>;
}

/**
 * A hash of every input as the file system describes it, without reading a byte: the versions,
 * the day, the listing (with the folder it lists), and each file's size, times and inode. When
 * it equals the last build's, no file was written since, and the build has nothing to do; when it
 * differs, the build reads and hashes the files (a file touched but unchanged still builds
 * nothing). `stats`: each input's stamp (`statFiles`), in the listing's order. `racy`: the
 * files that changed within `RACY_MS` of `startedAt` (a time from `Date.now()`), whose stamps
 * alone prove nothing.
 */
export function stampPrint(stats: FileStats, listing: unknown, versions: { parser: string; render: string }, today: string, startedAt: number): { print: string; racy: string[] } {
  const { files, numbers } = stats;
  // The listing names the files (`stats` are in its order): joined, their paths took a third of the time.
  const print = createHash("sha256")
    .update(`${versions.parser}\0${versions.render}\0${today}\0${JSON.stringify(listing)}\0`)
    .update(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength))
    .digest("hex");
  return { print, racy: files.filter((_, at) => stats.changedNear(at, startedAt)) };
}

/**
 * The last build's stamps, carried on, when the inputs are as they say: the same print, and each
 * file that the print could not vouch for still as the build read it. Their record shrinks to the
 * files still too new to trust. Null when something may have changed.
 */
export function confirmStamps(last: Stamps | undefined, now: { print: string; racy: string[] }): Stamps | null {
  if (last?.print !== now.print || !now.racy.every((file) => Object.hasOwn(last.recheck, file)) || !stillAsRead(last.recheck)) return null;
  return { print: now.print, recheck: Object.fromEntries(now.racy.map((file) => [file, last.recheck[file]!])) };
}

/** Whether two builds' stamps are the same (the summary need not be written again). */
export function sameStamps(a: Stamps, b: Stamps | undefined): boolean {
  return a.print === b?.print && JSON.stringify(a.recheck) === JSON.stringify(b.recheck);
}
