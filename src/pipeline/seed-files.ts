import { readdir } from "node:fs/promises";
import path from "node:path";
import { byCodeUnits } from "../common/order.ts";

export const SEED_EXTENSIONS = new Set([".txt", ".md"]);

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

/** Lists the seed files under a folder, recursively. */
export async function listSeedFiles(seedsDir: string): Promise<SeedListing> {
  const entries = await readdir(seedsDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new Error(`the seeds folder ${seedsDir} does not exist: create it, or point --seeds at the folder that holds your seeds`);
    throw error;
  });
  const seeds: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const relative = path.relative(seedsDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/");
    if (relative.split("/").some(isIgnorable)) continue;
    (SEED_EXTENSIONS.has(path.extname(entry.name).toLowerCase()) ? seeds : skipped).push(relative);
  }
  return { seeds: seeds.sort(byCodeUnits), skipped: skipped.sort(byCodeUnits) };
}
