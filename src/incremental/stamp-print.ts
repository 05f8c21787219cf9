import { createHash } from "node:crypto";
import { type Stats, statSync } from "node:fs";
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
export function stampOf(stats: Stats): FileStamp {
  return { stamp: `${stats.size} ${stats.mtimeMs} ${stats.ctimeMs} ${stats.ino} ${stats.dev}`, changedMs: Math.max(stats.mtimeMs, stats.ctimeMs) };
}

/** Whether a file changed within `racyMs` of `time` (from `Date.now()`), or after it. */
export function changedNear(file: FileStamp, time: number, racyMs = RACY_MS): boolean {
  return file.changedMs > time - racyMs;
}

/** Each file's stamp, taken once a build: the stamp print and the seed reader both use them. */
export function statFiles(files: readonly string[]): Map<string, FileStamp> {
  return new Map(files.map((file) => [file, stampOf(statSync(file))]));
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
 * the day, the listing, and each file's size, times and inode. When it equals the last build's,
 * no file was written since, and the build has nothing to do; when it differs, the build reads
 * and hashes the files (a file touched but unchanged still builds nothing). `files`: each input's
 * stamp (`statFiles`), in the listing's order. `racy`: the files that changed within `RACY_MS`
 * of `startedAt` (a time from `Date.now()`), whose stamps alone prove nothing.
 */
export function stampPrint(files: ReadonlyMap<string, FileStamp>, listing: unknown, versions: { parser: string; render: string }, today: string, startedAt: number): { print: string; racy: string[] } {
  const hash = createHash("sha256").update(`${versions.parser}\0${versions.render}\0${today}\0${JSON.stringify(listing)}`);
  const racy: string[] = [];
  for (const [file, stamp] of files) {
    if (changedNear(stamp, startedAt)) racy.push(file);
    hash.update(`\0${file}\0${stamp.stamp}`);
  }
  return { print: hash.digest("hex"), racy };
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
