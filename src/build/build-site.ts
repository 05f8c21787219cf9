import type { Diagnostic } from "../article.ts";
import { type SiteConfig } from "../site.config.ts";
import { assembleArchive, normalisePrefix, toRecord } from "./assemble-archive.ts";
import { loadSeeds } from "./load-seeds.ts";
import { discardStaging, prepareStaging, swapIntoPlace } from "./output-swap.ts";
import { renderSite } from "./render-site.ts";

export interface BuildOptions {
  seedsDir: string;
  outputDir: string;
  site: SiteConfig;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  articleCount: number;
}

/**
 * Builds the archive: parse every seed, stop with every error if any seed is bad (leaving the
 * output folder untouched), else render into a fresh folder and swap it into place.
 */
export async function buildSite({ seedsDir, outputDir, site }: BuildOptions): Promise<BuildResult> {
  const { articles: parsed, diagnostics } = await loadSeeds(seedsDir, { outlets: site.outlets });
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) {
    return { ok: false, diagnostics, articleCount: parsed.length };
  }
  const siteWithPrefix = { ...site, pathPrefix: normalisePrefix(site.pathPrefix) };
  const articles = assembleArchive(parsed, siteWithPrefix.pathPrefix);
  const articlesJson = `${JSON.stringify({ articles: articles.map(toRecord) }, null, 2)}\n`;

  const staging = await prepareStaging(outputDir);
  try {
    await renderSite({ articles, articlesJson, site: siteWithPrefix, outputDir: staging });
    await swapIntoPlace(staging, outputDir);
  } catch (error) {
    await discardStaging(staging);
    throw error;
  }
  return { ok: true, diagnostics, articleCount: articles.length };
}
