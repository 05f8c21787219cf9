import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { cp } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { outputFileOf, type Page } from "../site/pages.ts";
import { planSite } from "../site/plan-site.ts";
import { assembleArchive, normalisePrefix, toRecord } from "./assemble-archive.ts";
import { type BuildManifest, folderIdentity, manifestFile, readManifest, writeManifest } from "./build-manifest.ts";
import { assertWritten, carryOver } from "./carry-over.ts";
import { commitInPlace, finishInterruptedCommit } from "./commit-journal.ts";
import { localToday, parseSeedFiles, readSeedFiles, type SeedFiles } from "./load-seeds.ts";
import { getParserVersion, type ParseCache } from "./parse-cache.ts";
import { discardStaging, prepareStaging, swapIntoPlace } from "./output-swap.ts";
import { projectRoot } from "./project-root.ts";
import { createTimer } from "./timings.ts";
import { pageKey, renderVersion } from "./render-version.ts";
import { planSearch, searchGroupId, writeChangedShards } from "./search-shards.ts";

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  /** Where parse results and build manifests are kept; null builds everything from scratch. */
  cacheDir: string | null;
  /** The parse cache, when the caller keeps one open between builds (npm start). */
  parseCache?: ParseCache;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articleCount: number;
  /** Pages rendered by this build, and pages kept from the previous one. */
  rendered: number;
  kept: number;
}

/**
 * Builds the archive. When a hash of every input matches the last build's, nothing is done.
 * Otherwise every seed is parsed (reusing cached results); any bad seed stops the build with
 * every error, leaving the output folder untouched. Then every page is planned as data, and only
 * the pages (and search shards) whose data changed are rendered, into a staging folder. A few
 * changed files are then moved into the site in place (under a journal); a mostly new site is
 * completed with links to the unchanged files and swapped in whole.
 */
export async function buildSite({ seedsDir, outputDir, site: config, cacheDir, parseCache }: BuildOptions): Promise<BuildResult> {
  const lap = createTimer();
  const site = { ...config, pathPrefix: normalisePrefix(config.pathPrefix) };
  finishInterruptedCommit(outputDir);
  const files = await readSeedFiles(seedsDir);
  const version = await renderVersion(site);
  const today = localToday();
  const fingerprint = await buildFingerprint(files, version, today);
  const previous = await readManifest(cacheDir, outputDir, version);
  lap("read seeds");
  if (previous?.fingerprint === fingerprint) {
    return { ok: true, diagnostics: previous.diagnostics, articleCount: previous.articleCount, rendered: 0, kept: Object.keys(previous.pages).length };
  }
  const { articles: parsed, diagnostics } = await parseSeedFiles(files, { outlets: site.outlets, cacheDir, today, cache: parseCache });
  lap("parse seeds");
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { ok: false, diagnostics, articleCount: parsed.length, rendered: 0, kept: 0 };
  }
  const articles = assembleArchive(parsed, site.pathPrefix);
  const articlesJson = `${JSON.stringify({ articles: articles.map(toRecord) }, null, 2)}\n`;
  const pages = planSite(articles, site, articlesJson);
  lap("assemble and plan");

  const next: BuildManifest = { format: 1, renderVersion: version, outputIdentity: "", fingerprint, diagnostics, articleCount: articles.length, pages: {}, groups: {} };
  const changed: Page[] = [];
  const unchanged: string[] = [];
  for (const page of pages) {
    const entry = { key: pageKey(page, version), file: outputFileOf(page.path) };
    next.pages[page.path] = entry;
    if (previous?.pages[page.path]?.key === entry.key) unchanged.push(entry.file);
    else changed.push(page);
  }
  const search = planSearch(articles, site, previous, next);
  lap("keys");
  const result = { ok: true, diagnostics, articleCount: articles.length, rendered: changed.length, kept: unchanged.length };
  const sameShards = search.changed.length === 0 && Object.keys(previous?.groups ?? {}).length === search.shards.length;
  if (previous && changed.length === 0 && sameShards && Object.keys(previous.pages).length === pages.length) {
    await writeManifest(cacheDir, outputDir, { ...next, outputIdentity: previous.outputIdentity }); // the inputs changed, the site did not
    return result;
  }

  // A few changed pages are moved into the site in place; a mostly new site is swapped in whole.
  const inPlace = previous !== null && changed.length <= pages.length / 2;
  const staging = await prepareStaging(outputDir);
  try {
    const { renderPages } = await import("./render-site.ts"); // Eleventy loads only when needed
    if (!inPlace) await cp(path.join(projectRoot, "public"), staging, { recursive: true });
    // Pagefind indexes in its own process, alongside Eleventy's rendering.
    await Promise.all([
      renderPages(changed, site, staging).then(() => lap(`render ${changed.length} pages`)),
      writeChangedShards(search, staging, site, next).then(() => lap(`index ${search.changed.length} search shards`)),
    ]);
    const kept = [...unchanged, ...search.unchangedFiles];
    // Files someone removed from the last site by hand are made anew.
    const missing = new Set(inPlace ? kept.filter((file) => !existsSync(path.join(outputDir, file))) : carryOver(kept, outputDir, staging));
    const missingPages = pages.filter((page) => missing.has(outputFileOf(page.path)));
    if (missingPages.length > 0) await renderPages(missingPages, site, staging);
    const missingShards = search.shards.filter((shard) => next.groups[searchGroupId(shard.id)]?.files.some((file) => missing.has(file)));
    if (missingShards.length > 0) await writeChangedShards({ ...search, changed: missingShards }, staging, site, next);
    lap("carry over");
    if (inPlace) {
      const written = listFiles(staging);
      assertWritten(changed.map((page) => outputFileOf(page.path)), staging);
      next.outputIdentity = previous.outputIdentity;
      const stillThere = filesOf(next);
      const removals = [...filesOf(previous)].filter((file) => !stillThere.has(file));
      const then = cacheDir ? { file: manifestFile(cacheDir, outputDir), content: JSON.stringify(next) } : null;
      commitInPlace({ staging, moves: written, removals, then }, outputDir);
      lap(`moved ${written.length} files into place`);
      return result;
    }
    assertWritten(pages.map((page) => outputFileOf(page.path)), staging);
    await swapIntoPlace(staging, outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  next.outputIdentity = (await folderIdentity(outputDir)) ?? "";
  await writeManifest(cacheDir, outputDir, next);
  lap("swap and manifest");
  return result;
}

/** A hash of everything a build reads: the seeds, the parser, the templates and the day. */
async function buildFingerprint({ seeds, skipped }: SeedFiles, version: string, today: string): Promise<string> {
  const hash = createHash("sha256").update(await getParserVersion()).update(version).update(today);
  for (const { file, bytes } of seeds) hash.update(`\0${file}\0${bytes.length}\0`).update(bytes);
  hash.update(JSON.stringify(skipped));
  return hash.digest("hex");
}

/** Every file a manifest says the site has. */
function filesOf(manifest: BuildManifest): Set<string> {
  return new Set([...Object.values(manifest.pages).map((page) => page.file), ...Object.values(manifest.groups).flatMap((group) => group.files)]);
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}
