import { createHash } from "node:crypto";
import { type BigIntStats, statSync } from "node:fs";

/**
 * A file changed this close to a time (the build's start, a reading) may change again within the
 * same tick of the file system's clock, leaving its times as they were (git's "racily clean"
 * entries): what was seen of it then is not trusted later.
 */
export const RACY_MS = 2000;

/** A file as the file system describes it: equal stamps, unchanged file (unless it changed too close to when it was seen). */
export function fileStamp(stats: BigIntStats): string {
  return `${stats.size} ${stats.mtimeNs} ${stats.ctimeNs} ${stats.ino} ${stats.dev}`;
}

/** Whether a file changed within `racyMs` of `time` (from `Date.now()`), or after it. */
export function changedNear(stats: BigIntStats, time: number, racyMs = RACY_MS): boolean {
  return Number(stats.mtimeMs) > time - racyMs || Number(stats.ctimeMs) > time - racyMs;
}

/** Each file's stats, taken once a build: the stamp print and the seed reader both read them. */
export function statFiles(files: readonly string[]): Map<string, BigIntStats> {
  return new Map(files.map((file) => [file, statSync(file, { bigint: true })]));
}

/**
 * A hash of every input as the file system describes it, without reading a byte: the versions,
 * the day, the listing, and each file's size, times and inode. When it equals the last build's,
 * no file was written since, and the build has nothing to do; when it differs, the build reads
 * and hashes the files (a file touched but unchanged still builds nothing). `files`: each input's
 * stats (`statFiles`), in the listing's order. Null when a file
 * changed within `RACY_MS` of `startedAt` (a time from `Date.now()`).
 */
export function stampPrint(files: ReadonlyMap<string, BigIntStats>, listing: unknown, versions: { parser: string; render: string }, today: string, startedAt: number): string | null {
  const hash = createHash("sha256").update(`${versions.parser}\0${versions.render}\0${today}\0${JSON.stringify(listing)}`);
  for (const [file, stats] of files) {
    if (changedNear(stats, startedAt)) return null;
    hash.update(`\0${file}\0${fileStamp(stats)}`);
  }
  return hash.digest("hex");
}
