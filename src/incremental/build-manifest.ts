import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../article.ts";
import { readJson } from "../common/read-json.ts";
import { writeWholeSync } from "../common/write-whole.ts";
import { type PageKeyPart, type PageKeys, pageCount } from "./page-key-parts.ts";
import type { Stamps } from "./stamp-print.ts";

/**
 * What the last build wrote into an output folder: each page's key and file, and other groups
 * of files (search shards) with theirs. Kept in the cache folder, never in the site. A manifest
 * counts only for the very folder it describes (checked by its device and inode, which change
 * at every swap), so an output folder changed or replaced by hand is rebuilt in full.
 */
export interface BuildManifest {
  /**
   * 3: a page's key alone (its file is `outputFileOf` its path), which halved the manifest.
   * 4: the pages' keys in parts, each a file of its own (`writeManifest`).
   */
  format: 4;
  renderVersion: string;
  outputIdentity: string;
  /**
   * A hash of every input of the build: when the next build's is the same, nothing changed. Null
   * while a pages-first update has published its pages but not yet its search index (which
   * `groups` still describes as it was), so that the next build finishes the work.
   */
  fingerprint: string | null;
  /**
   * The inputs as the file system describes them (src/incremental/stamp-print.ts) when the build
   * ran, copied into the summary. The summary's are what the next build compares (a build that
   * finds seeds touched, not changed, updates them there only). Null for a manifest that no build
   * may skip by (a shard's, a pages-first update's).
   */
  stamps?: Stamps | null;
  /** What the build said about the seeds, to say it again when nothing changed. */
  diagnostics: Diagnostic[];
  articleCount: number;
  /** Each page's key, by its path, in parts. */
  pages: PageKeys;
  /** By group id, e.g. a search shard. */
  groups: Record<string, { key: string; files: string[] }>;
  /** The id of the plan behind the pages, which a build of one process keeps in `planFile` for the next (src/incremental/kept-plan.ts). */
  plan?: string;
}

export async function folderIdentity(folder: string): Promise<string | null> {
  const stats = await stat(folder).catch(() => null);
  return stats?.isDirectory() ? `${stats.dev}:${stats.ino}` : null;
}

export function manifestFile(cacheDir: string, outputDir: string): string {
  const id = createHash("sha256").update(path.resolve(outputDir)).digest("hex").slice(0, 24);
  return path.join(cacheDir, "builds", `${id}.json`);
}

/** Where a build of one process keeps the plan behind the manifest it writes, for the next (src/incremental/kept-plan.ts). */
export function planFile(cacheDir: string, outputDir: string): string {
  return manifestFile(cacheDir, outputDir).replace(/\.json$/, ".plan.json");
}

/**
 * The manifest of the output folder as it is now, or null when there is none that fits. One that
 * this process wrote, `written` remembers, while its file is as it was written.
 */
export async function readManifest(cacheDir: string | null, outputDir: string, version: string, written?: WrittenManifests): Promise<BuildManifest | null> {
  if (!cacheDir) return null;
  try {
    const file = manifestFile(cacheDir, outputDir);
    const manifest = (await written?.recall(file)) ?? (await readStored(file));
    return manifest && (await describes(manifest, outputDir, version)) ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * The manifests a process wrote, each with its file's stamp (inode, size, modification time):
 * `npm start`'s next save takes its own back from memory instead of reading and parsing the
 * file (14 MB at 20,000 articles). A file written since by anything else has another stamp.
 */
export class WrittenManifests {
  private readonly known = new Map<string, { stamp: string; manifest: BuildManifest }>();

  /** Remembers the manifest the file holds, just written or read (the caller holds the output folder's lock). */
  async remember(file: string, manifest: BuildManifest): Promise<void> {
    const stamp = await fileStamp(file);
    if (stamp) this.known.set(file, { stamp, manifest });
    else this.known.delete(file);
  }

  async recall(file: string): Promise<BuildManifest | undefined> {
    const entry = this.known.get(file);
    return entry && entry.stamp === (await fileStamp(file)) ? entry.manifest : undefined;
  }
}

async function fileStamp(file: string): Promise<string | null> {
  const stats = await stat(file).catch(() => null);
  return stats ? `${stats.ino}:${stats.size}:${Math.trunc(stats.mtimeMs)}` : null; // a rename gives a new inode: milliseconds are enough
}

/** Whether what a build wrote describes the output folder as it is now, under this render version. */
async function describes(written: Pick<BuildManifest, "renderVersion" | "outputIdentity">, outputDir: string, version: string): Promise<boolean> {
  const identity = await folderIdentity(outputDir);
  return written.renderVersion === version && identity !== null && written.outputIdentity === identity;
}

/**
 * What a build with nothing to do needs of the last one, kept beside its manifest: the manifest
 * lists every page (67 MB at 100,000 articles, a second and more to read), this a few.
 */
export interface ManifestSummary extends Pick<BuildManifest, "renderVersion" | "outputIdentity" | "diagnostics" | "articleCount"> {
  stamps: Stamps;
  pageCount: number;
}

/** Where the summary of an output folder's manifest is kept. */
export function summaryFile(cacheDir: string, outputDir: string): string {
  return manifestFile(cacheDir, outputDir).replace(/\.json$/, ".stamps.json");
}

/** The summary of the output folder's manifest, when there is one that fits, as `readManifest` checks. */
export async function readSummary(cacheDir: string | null, outputDir: string, version: string): Promise<ManifestSummary | null> {
  if (!cacheDir) return null;
  try {
    const summary = await readJson<ManifestSummary>(summaryFile(cacheDir, outputDir));
    return (await describes(summary, outputDir, version)) ? summary : null;
  } catch {
    return null;
  }
}

/** Writes the manifest, then its summary: a summary is removed first, so none outlives the manifest it was made from. */
export async function writeManifest(cacheDir: string | null, outputDir: string, manifest: BuildManifest): Promise<void> {
  if (!cacheDir) return;
  const file = manifestFile(cacheDir, outputDir);
  const content = storedManifest(cacheDir, outputDir, manifest);
  await removeSummary(cacheDir, outputDir);
  writeWholeSync(file, content);
  dropOtherParts(cacheDir, outputDir, manifest);
  await writeSummary(cacheDir, outputDir, manifest);
}

/**
 * The manifest as its file holds it, once the parts of its pages' keys it names are written:
 * each part is a file named by its content's digest (`<manifest>.pages/<digest>.json`), so a
 * part that did not change is not written again, and the manifest's file, written last, is what
 * makes a manifest whole. At 100,000 articles the keys are 67 MB in about 25 parts, and a save
 * changes a few.
 */
export function storedManifest(cacheDir: string, outputDir: string, manifest: BuildManifest): string {
  const folder = partsFolder(manifestFile(cacheDir, outputDir));
  mkdirSync(folder, { recursive: true });
  const parts: Record<string, string> = {};
  for (const [name, part] of manifest.pages) {
    let digest = digests.get(part);
    if (digest === undefined || !existsSync(path.join(folder, `${digest}.json`))) {
      const text = JSON.stringify(part);
      digest = createHash("sha256").update(text).digest("hex").slice(0, 32);
      writeWholeSync(path.join(folder, `${digest}.json`), text);
      digests.set(part, digest);
    }
    parts[name] = digest;
  }
  const stored: StoredManifest = { ...manifest, pages: parts };
  return JSON.stringify(stored);
}

/** Removes the parts that the manifest now in place does not name (a build's older parts, a killed build's new ones). */
export function dropOtherParts(cacheDir: string, outputDir: string, manifest: BuildManifest): void {
  const folder = partsFolder(manifestFile(cacheDir, outputDir));
  const named = new Set([...manifest.pages.values()].map((part) => `${digests.get(part)}.json`));
  for (const name of readdirSync(folder)) if (!named.has(name)) rmSync(path.join(folder, name), { force: true });
}

/** The manifest as its file holds it: the parts of its pages' keys named by their digests. */
interface StoredManifest extends Omit<BuildManifest, "pages"> {
  pages: Record<string, string>;
}

/** Each part's digest, by the part (parts never change), for the parts this process wrote or read. */
const digests = new WeakMap<PageKeyPart, string>();

/** Where the parts of a manifest's pages' keys are: beside its file. */
const partsFolder = (manifest: string) => manifest.replace(/\.json$/, ".pages");

/** A manifest read back with its parts; null when any is missing, or it is of an earlier format. */
async function readStored(file: string): Promise<BuildManifest | null> {
  const stored = await readJson<StoredManifest>(file);
  if (stored.format !== 4) return null;
  const folder = partsFolder(file);
  const parts = await Promise.all(
    Object.entries(stored.pages).map(async ([name, digest]) => {
      const part = await readJson<PageKeyPart>(path.join(folder, `${digest}.json`));
      digests.set(part, digest);
      return [name, part] as const;
    }),
  );
  return { ...stored, pages: new Map(parts) };
}

/** Removes the summary of a manifest about to be replaced some other way (a commit in place writes it). */
export async function removeSummary(cacheDir: string | null, outputDir: string): Promise<void> {
  if (cacheDir) await rm(summaryFile(cacheDir, outputDir), { force: true });
}

/** Writes the summary of the manifest now in place; none for one that no build could skip by. */
export async function writeSummary(cacheDir: string | null, outputDir: string, manifest: BuildManifest): Promise<void> {
  if (!manifest.fingerprint || !manifest.stamps) return;
  const { renderVersion, outputIdentity, diagnostics, articleCount, stamps } = manifest;
  await rewriteSummary(cacheDir, outputDir, { renderVersion, outputIdentity, diagnostics, articleCount, stamps, pageCount: pageCount(manifest.pages) });
}

/** Writes a summary again, with new stamps (a build that found every input as the last one read it). */
export async function rewriteSummary(cacheDir: string | null, outputDir: string, summary: ManifestSummary): Promise<void> {
  if (cacheDir) writeWholeSync(summaryFile(cacheDir, outputDir), JSON.stringify(summary));
}
