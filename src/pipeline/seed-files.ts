import { readdirSync, type Dirent } from "node:fs";
import path from "node:path";
import { byCodeUnits } from "../common/order.ts";
import { pathsUnder } from "../common/paths-under.ts";

export const SEED_EXTENSIONS = new Set([".txt", ".md"]);

/** Files with these extensions may be pictures a seed shows; sharp reads them all. */
export const PICTURE_EXTENSIONS = new Set([".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"]);

export function isPictureFile(file: string): boolean {
  return PICTURE_EXTENSIONS.has(path.extname(file).toLowerCase());
}

export interface SeedListing {
  /** Seed paths relative to the seeds folder, `/`-separated, in a stable (code point) order. */
  seeds: string[];
  /** Files that are not seeds and not obviously editor or system files. */
  skipped: string[];
}

/** Hidden files, editor backups and swap files are never seeds, and not worth a notice. */
function isIgnorable(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~") || /\.(?:swp|swo|swx|bak|tmp|orig)$/i.test(name) || name.startsWith("#");
}

/**
 * Lists the seed files under a folder, recursively. A walk of its own, with paths joined as
 * strings: Node's recursive `readdir` and `path.relative` took a tenth of a second for 20,000
 * seeds, most of a rebuild that has nothing to do (docs/performance.md).
 */
export async function listSeedFiles(seedsDir: string): Promise<SeedListing> {
  const seeds: string[] = [];
  const skipped: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readFolder(folder, prefix === "" ? seedsDir : null)) {
      if (isIgnorable(entry.name)) continue;
      const relative = prefix + entry.name;
      if (entry.isDirectory()) walk(`${folder}${path.sep}${entry.name}`, `${relative}/`);
      else if (entry.isFile()) (SEED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? seeds : skipped).push(relative);
    }
  };
  walk(seedsDir, "");
  return { seeds: seeds.sort(byCodeUnits), skipped: skipped.sort(byCodeUnits) };
}

/** Every file a build reads from a listing: the seeds, and the pictures a seed may show. */
export function inputFiles(seedsDir: string, { seeds, skipped }: SeedListing): string[] {
  return [...pathsUnder(seedsDir, seeds), ...pictureFiles(seedsDir, skipped).map((picture) => picture.path)];
}

/** Pictures a seed may show are inputs too: read, so that a changed photo changes the build. */
export function pictureFiles(seedsDir: string, skipped: string[]): Array<{ file: string; path: string }> {
  return skipped.filter(isPictureFile).map((file) => ({ file, path: path.resolve(seedsDir, file) }));
}

/** A folder's entries; for the seeds folder itself (`seedsDir`), a missing folder says what to do. */
function readFolder(folder: string, seedsDir: string | null): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (seedsDir !== null && (error as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`the seeds folder ${seedsDir} does not exist: create it, or point --seeds at the folder that holds your seeds`, { cause: error });
    throw error;
  }
}
