import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { cp } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../article.ts";
import { memoizeByObject } from "../common/memoize.ts";
import type { SiteConfig } from "../site.config.ts";
import { outputFileOf, type Page } from "../site/pages.ts";
import { planSite } from "../site/plan-site.ts";
import { assembleArchive, normalisePrefix, toRecord } from "../archive/assemble-archive.ts";
import { type BuildManifest, folderIdentity, manifestFile, readManifest, writeManifest } from "../incremental/build-manifest.ts";
import { assertWritten, carryOver } from "../publish/carry-over.ts";
import { commitInPlace, finishInterruptedCommit } from "../publish/commit-journal.ts";
import { localToday, parseSeedFiles, readSeedFiles, type SeedFiles, type SeedReader } from "./load-seeds.ts";
import { getParserVersion, type ParseCache } from "../incremental/parse-cache.ts";
import { discardStaging, prepareStaging, swapIntoPlace } from "../publish/output-swap.ts";
import { projectRoot } from "../common/project-root.ts";
import { createTimer } from "../common/timings.ts";
import { pageKey, type PageKeys, renderVersion } from "../incremental/render-version.ts";
import { planSearch, searchGroupId, type SearchPlan, writeChangedShards } from "../incremental/search-plan.ts";

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  /** Where parse results and build manifests are kept; null builds everything from scratch. */
  cacheDir: string | null;
  /** The parse cache, when the caller keeps one open between builds (npm start). */
  parseCache?: ParseCache;
  /** What read the seeds last time, when the caller keeps it between builds (npm start). */
  seedReader?: SeedReader;
  /** The page keys made last time, when the caller keeps them between builds (npm start). */
  pageKeys?: PageKeys;
  /**
   * Called once the new pages are in the site. When given, a small update publishes the pages
   * before it re-indexes search, and calls this in between (npm start reloads the browser).
   */
  onPagesPublished?: () => void | Promise<void>;
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
 * changed files are then moved into the site in place (under a journal), pages before search
 * when `onPagesPublished` is given; a mostly new site is completed with links to the unchanged
 * files and swapped in whole.
 */
export async function buildSite({ seedsDir, outputDir, site: config, cacheDir, parseCache, seedReader, pageKeys, onPagesPublished }: BuildOptions): Promise<BuildResult> {
  const lap = createTimer();
  const site = { ...config, pathPrefix: normalisePrefix(config.pathPrefix) };
  finishInterruptedCommit(outputDir);
  let files: SeedFiles | null = await readSeedFiles(seedsDir, seedReader);
  const version = await renderVersion(site);
  const today = localToday();
  const fingerprint = await buildFingerprint(files, version, today);
  const previous = await readManifest(cacheDir, outputDir, version);
  lap("read seeds");
  if (previous?.fingerprint === fingerprint) {
    return { ok: true, diagnostics: previous.diagnostics, articleCount: previous.articleCount, rendered: 0, kept: Object.keys(previous.pages).length };
  }
  const { articles: parsed, diagnostics } = await parseSeedFiles(files, { outlets: site.outlets, cacheDir, today, cache: parseCache });
  files = null; // the seeds' bytes (260 MB at 50,000 articles) are not needed from here on
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
  const keyOf = pageKeys ? (page: Page) => pageKeys.of(page, version) : (page: Page) => pageKey(page, version);
  for (const page of pages) {
    const entry = { key: keyOf(page), file: outputFileOf(page.path) };
    next.pages[page.path] = entry;
    if (previous?.pages[page.path]?.key === entry.key) unchanged.push(entry.file);
    else changed.push(page);
  }
  pageKeys?.keepOnly(pages.map((page) => page.path));
  lap("page keys");
  const search = planSearch(articles, site, previous, next);
  lap("search shard keys");
  const result = { ok: true, diagnostics, articleCount: articles.length, rendered: changed.length, kept: unchanged.length };
  const sameShards = search.changed.length === 0 && Object.keys(previous?.groups ?? {}).length === search.shards.length;
  if (previous && changed.length === 0 && sameShards && Object.keys(previous.pages).length === pages.length) {
    await writeManifest(cacheDir, outputDir, { ...next, outputIdentity: previous.outputIdentity }); // the inputs changed, the site did not
    return result;
  }

  // A few changed pages are moved into the site in place; a mostly new site is swapped in whole.
  const build: Staged = { site, outputDir, cacheDir, pages, lap };
  const all: Update = { render: changed, kept: unchanged, search, manifest: next };
  if (previous === null || changed.length > pages.length / 2) {
    await replaceWhole(build, all);
    await onPagesPublished?.();
    return result;
  }
  next.outputIdentity = previous.outputIdentity;
  if (onPagesPublished && changed.length > 0 && search.changed.length > 0) {
    // Pages first, then the search index: a new article can be read before it can be found.
    // Until the second update lands, the manifest says the search index is the previous one.
    // The kept pages are checked for (rendered again if removed by hand) in the second update, so
    // that the new pages do not wait for thousands of checks.
    const pagesOnly: BuildManifest = { ...next, fingerprint: "", groups: previous.groups };
    await updateInPlace(build, { render: changed, kept: [], search: null, manifest: pagesOnly }, previous);
    await onPagesPublished();
    await updateInPlace(build, { render: [], kept: unchanged, search, manifest: next }, pagesOnly);
  } else {
    await updateInPlace(build, all, previous);
    await onPagesPublished?.();
  }
  return result;
}

/** The build's fixed parts, for the steps that publish it. */
interface Staged {
  site: SiteConfig;
  outputDir: string;
  cacheDir: string | null;
  /** Every page of the new site. */
  pages: Page[];
  lap: (phase: string) => void;
}

/** What one step writes: pages to render, files kept as they are, search shards to index. */
interface Update {
  render: Page[];
  /** Kept pages' files: any missing is rendered again (the search plan names its own). */
  kept: string[];
  /** null leaves the search index as it is. */
  search: SearchPlan | null;
  /** The manifest that describes the site once the step is done. */
  manifest: BuildManifest;
}

/**
 * Renders an update into a staging folder and moves it into the site under a journal; files the
 * last manifest had and this one has not are removed.
 */
async function updateInPlace(build: Staged, update: Update, before: BuildManifest): Promise<void> {
  const staging = await prepareStaging(build.outputDir);
  try {
    await renderUpdate(build, update, staging, (kept) => kept.filter((file) => !existsSync(path.join(build.outputDir, file))));
    const written = listFiles(staging);
    assertWritten(update.render.map((page) => outputFileOf(page.path)), staging);
    const removals = removedFiles(before, update.manifest);
    const then = build.cacheDir ? { file: manifestFile(build.cacheDir, build.outputDir), content: JSON.stringify(update.manifest) } : null;
    commitInPlace({ staging, moves: written, removals, then }, build.outputDir);
    build.lap(`moved ${written.length} files into place`);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
}

/** Builds a new site beside the old one, linking in the unchanged files, and swaps it in. */
async function replaceWhole(build: Staged, update: Update): Promise<void> {
  const staging = await prepareStaging(build.outputDir);
  try {
    await cp(path.join(projectRoot, "public"), staging, { recursive: true });
    await renderUpdate(build, update, staging, (kept) => carryOver(kept, build.outputDir, staging));
    assertWritten(build.pages.map((page) => outputFileOf(page.path)), staging);
    await swapIntoPlace(staging, build.outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  update.manifest.outputIdentity = (await folderIdentity(build.outputDir)) ?? "";
  await writeManifest(build.cacheDir, build.outputDir, update.manifest);
  build.lap("swap and manifest");
}

/**
 * Renders an update's pages and search shards into staging, side by side (Pagefind indexes in
 * its own process while Eleventy renders). Kept files that are missing (someone removed them
 * from the site by hand) are made anew.
 */
async function renderUpdate(build: Staged, update: Update, staging: string, missingOf: (kept: string[]) => string[]): Promise<void> {
  const { site, lap } = build;
  const { renderPages } = await import("../render/render-pages.ts"); // Eleventy loads only when needed
  const { search, manifest } = update;
  await Promise.all([
    update.render.length > 0 ? renderPages(update.render, site, staging).then(() => lap(`render ${update.render.length} pages`)) : null,
    search ? writeChangedShards(search, staging, site, manifest).then(() => lap(`index ${search.changed.length} search shards`)) : null,
  ]);
  const missing = new Set(missingOf([...update.kept, ...(search?.unchangedFiles ?? [])]));
  const missingPages = build.pages.filter((page) => missing.has(outputFileOf(page.path)));
  if (missingPages.length > 0) await renderPages(missingPages, site, staging);
  const missingShards = search?.shards.filter((shard) => manifest.groups[searchGroupId(shard.id)]?.files.some((file) => missing.has(file))) ?? [];
  if (search && missingShards.length > 0) await writeChangedShards({ ...search, changed: missingShards }, staging, site, manifest);
  lap("carry over");
}

/** A hash of everything a build reads: the seeds, the parser, the templates and the day. */
async function buildFingerprint({ seeds, skipped }: SeedFiles, version: string, today: string): Promise<string> {
  const hash = createHash("sha256").update(await getParserVersion()).update(version).update(today);
  for (const { file, bytes } of seeds) hash.update(`\0${file}\0${digestOf(bytes)}`);
  hash.update(JSON.stringify(skipped));
  return hash.digest("hex");
}

/** A hash of a seed's bytes, made once per bytes object (a `SeedReader` gives the same one again). */
const digestOf = memoizeByObject((bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex"));

/** The files one manifest says the site has and the next does not. */
function removedFiles(before: BuildManifest, after: BuildManifest): string[] {
  const removed = Object.keys(before.pages).filter((page) => !(page in after.pages)).map((page) => before.pages[page]!.file);
  const groupFiles = new Set(Object.values(after.groups).flatMap((group) => group.files));
  for (const group of Object.values(before.groups)) removed.push(...group.files.filter((file) => !groupFiles.has(file)));
  return removed;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}
