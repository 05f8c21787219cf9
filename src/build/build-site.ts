import { cp } from "node:fs/promises";
import path from "node:path";
import type { Diagnostic } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { outputFileOf, type Page } from "../site/pages.ts";
import { planSite } from "../site/plan-site.ts";
import { assembleArchive, normalisePrefix, toRecord } from "./assemble-archive.ts";
import { type BuildManifest, folderIdentity, readManifest, writeManifest } from "./build-manifest.ts";
import { assertWritten, carryOver } from "./carry-over.ts";
import { loadSeeds } from "./load-seeds.ts";
import { discardStaging, prepareStaging, swapIntoPlace } from "./output-swap.ts";
import { projectRoot } from "./project-root.ts";
import { pageKey, renderVersion } from "./render-version.ts";
import { planSearch, writeChangedShards } from "./search-shards.ts";

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
  /** Where parse results and build manifests are kept; null builds everything from scratch. */
  cacheDir: string | null;
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
 * Builds the archive: parse every seed (reusing cached results), stop with every error if any
 * seed is bad (leaving the output folder untouched), else work out every page, render those that
 * changed since the last build into a fresh folder, link the unchanged ones in beside them, and
 * swap the new folder into place. When nothing changed, the output is left as it is.
 */
export async function buildSite({ seedsDir, outputDir, site: config, cacheDir }: BuildOptions): Promise<BuildResult> {
  const site = { ...config, pathPrefix: normalisePrefix(config.pathPrefix) };
  const { articles: parsed, diagnostics } = await loadSeeds(seedsDir, { outlets: site.outlets, cacheDir });
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { ok: false, diagnostics, articleCount: parsed.length, rendered: 0, kept: 0 };
  }
  const articles = assembleArchive(parsed, site.pathPrefix);
  const articlesJson = `${JSON.stringify({ articles: articles.map(toRecord) }, null, 2)}\n`;
  const pages = planSite(articles, site, articlesJson);

  const version = await renderVersion(site);
  const previous = await readManifest(cacheDir, outputDir, version);
  const next: BuildManifest = { format: 1, renderVersion: version, outputIdentity: "", pages: {}, groups: {} };
  const changed: Page[] = [];
  const unchanged: string[] = [];
  for (const page of pages) {
    const entry = { key: pageKey(page, version), file: outputFileOf(page.path) };
    next.pages[page.path] = entry;
    if (previous?.pages[page.path]?.key === entry.key) unchanged.push(entry.file);
    else changed.push(page);
  }
  const search = planSearch(articles, site, previous, next);
  const result = { ok: true, diagnostics, articleCount: articles.length, rendered: changed.length, kept: unchanged.length };
  const sameShards = search.changed.length === 0 && Object.keys(previous?.groups ?? {}).length === search.shards.length;
  if (previous && changed.length === 0 && sameShards && Object.keys(previous.pages).length === pages.length) return result;

  const staging = await prepareStaging(outputDir);
  try {
    const { renderPages } = await import("./render-site.ts"); // Eleventy loads only when needed
    await cp(path.join(projectRoot, "public"), staging, { recursive: true });
    // Pagefind indexes in its own process, alongside Eleventy's rendering.
    await Promise.all([renderPages(changed, site, staging), writeChangedShards(search, staging, site, next)]);
    const missing = new Set(await carryOver([...unchanged, ...search.unchangedFiles], outputDir, staging));
    // Files someone removed from the last site by hand are made anew.
    const missingPages = pages.filter((page) => missing.has(outputFileOf(page.path)));
    if (missingPages.length > 0) await renderPages(missingPages, site, staging);
    const missingShards = search.shards.filter((shard) => next.groups[`search:${shard.id}`]?.files.some((file) => missing.has(file)));
    if (missingShards.length > 0) await writeChangedShards({ ...search, changed: missingShards }, staging, site, next);
    await assertWritten(pages.map((page) => outputFileOf(page.path)), staging);
    await swapIntoPlace(staging, outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  next.outputIdentity = (await folderIdentity(outputDir)) ?? "";
  await writeManifest(cacheDir, outputDir, next);
  return result;
}
