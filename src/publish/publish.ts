import { readdirSync } from "node:fs";
import { cp } from "node:fs/promises";
import path from "node:path";
import { pathsUnder } from "../common/paths-under.ts";
import { projectPath } from "../common/project-root.ts";
import { checkFiles } from "../common/split-file-checks.ts";
import { type BuildManifest, dropOtherParts, folderIdentity, manifestFile, removeSummary, storedManifest, writeManifest, writeSummary } from "../incremental/build-manifest.ts";
import { assertWritten, carryOver } from "./carry-over.ts";
import { commitInPlace } from "./commit-journal.ts";
import { discardStaging, prepareStaging, releaseStaging, swapIntoPlace } from "./output-swap.ts";

/** One update of the site: what to write, what to keep, what goes, and the manifest that then describes it. */
export interface SiteUpdate {
  /** Writes the update's new files (rendered pages, indexed shards) into a staging folder. */
  write(staging: string): Promise<void>;
  /** Files of the site to keep as they are. */
  keep: string[];
  /** Writes into staging those kept files that are missing from the site (removed by hand). */
  remake(staging: string, missing: ReadonlySet<string>): Promise<void>;
  /** Whether an update in place checks that the kept files are there (a session that wrote the site trusts it). */
  checkKept: boolean;
  /** Files of the site that go, unless the update writes them anew. */
  remove: string[];
  /** Files of pages that the update must have written: a template that wrote nothing fails the build. */
  written: string[];
  /** The manifest that describes the site once updated. */
  manifest: BuildManifest;
  /** Where manifests are kept; null keeps none. */
  cacheDir: string | null;
}

/**
 * Publishes an update in one of two ways, which differ in how the new files meet the unchanged
 * ones. Whole: a fresh folder gets the new files and hard links to the unchanged ones, and two
 * renames swap it in, for a mostly new site. In place: the new files are moved into the live
 * folder under a journal, for a small change, since a fresh folder costs a directory per page.
 * Either way a build that fails or is killed leaves the previous site as it was.
 */
export async function publishUpdate(outputDir: string, update: SiteUpdate, whole: boolean): Promise<BuildManifest> {
  return whole ? replaceWhole(outputDir, update) : updateInPlace(outputDir, update);
}

/** Each way gives back the manifest it wrote (the folder's identity filled in). */
async function replaceWhole(outputDir: string, update: SiteUpdate): Promise<BuildManifest> {
  const staging = await prepareStaging(outputDir);
  try {
    await cp(projectPath("public"), staging, { recursive: true });
    await update.write(staging);
    const missing = carryOver(update.keep, outputDir, staging);
    if (missing.length > 0) await update.remake(staging, new Set(missing));
    assertWritten(update.written, staging);
    await swapIntoPlace(staging, outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  const manifest = { ...update.manifest, outputIdentity: (await folderIdentity(outputDir)) ?? "" };
  await writeManifest(update.cacheDir, outputDir, manifest);
  return manifest;
}

async function updateInPlace(outputDir: string, update: SiteUpdate): Promise<BuildManifest> {
  const staging = await prepareStaging(outputDir);
  try {
    await update.write(staging);
    // Files deleted by hand are made again: 431,000 kept files at 100,000 articles, checked in two threads.
    if (update.checkKept) {
      const gone = await checkFiles("missingFlags", pathsUnder(outputDir, update.keep));
      const missing = update.keep.filter((_, index) => gone[index] === 1);
      if (missing.length > 0) await update.remake(staging, new Set(missing));
    }
    assertWritten(update.written, staging);
    const moves = listFiles(staging);
    const overwritten = new Set(moves);
    const removals = update.remove.filter((file) => !overwritten.has(file));
    const { cacheDir } = update;
    const then = cacheDir ? { file: manifestFile(cacheDir, outputDir), content: storedManifest(cacheDir, outputDir, update.manifest) } : null;
    await removeSummary(cacheDir, outputDir);
    commitInPlace({ staging, moves, removals, then }, outputDir);
    releaseStaging(staging); // the journal removed it
    if (cacheDir) dropOtherParts(cacheDir, outputDir, update.manifest);
    await writeSummary(update.cacheDir, outputDir, update.manifest);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  return update.manifest;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}
