import Eleventy from "@11ty/eleventy";
import path from "node:path";
import type { SiteConfig } from "../site.config.ts";
import type { Page, PageKind } from "../site/pages.ts";
import { prefixPath } from "../site/structured-data.ts";
import { projectRoot } from "./project-root.ts";

/** Eleventy keeps every page of a run in memory; this many pages a run keeps 50,000 articles in bounds. */
const PAGES_PER_RUN = 4000;

export type PagesByKind = Partial<Record<PageKind, Page[]>>;

/**
 * Renders pages with Eleventy into `outputDir`. Each template in `layouts/` paginates over the
 * pages of its kind in the global data `render`, so only the pages given are written. Large
 * sets are rendered in several runs to bound memory. Every run copies `public/` (a few small files).
 */
export async function renderPages(pages: Page[], site: SiteConfig, outputDir: string): Promise<void> {
  const batches: Page[][] = [];
  for (let start = 0; start < pages.length || batches.length === 0; start += PAGES_PER_RUN) batches.push(pages.slice(start, start + PAGES_PER_RUN));
  for (const batch of batches) {
    await runEleventy(groupByKind(batch), site, outputDir);
  }
}

const KINDS: PageKind[] = ["article", "list", "period", "archive", "sources", "atom", "jsonfeed", "sitemap", "data", "notfound", "robots", "search"];

function groupByKind(pages: Page[]): PagesByKind {
  const byKind: PagesByKind = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  for (const page of pages) (byKind[page.kind] ??= []).push(page);
  return byKind;
}

async function runEleventy(render: PagesByKind, site: SiteConfig, outputDir: string): Promise<void> {
  const eleventy = new Eleventy(path.join(projectRoot, "layouts"), outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(eleventyConfig) {
      // Eleventy's own `url` filter does much more than prefixing, and took 16% of the time.
      eleventyConfig.addFilter("href", prefixPath(site.pathPrefix));
      eleventyConfig.addGlobalData("site", site);
      eleventyConfig.addGlobalData("render", render);
    },
  });
  await eleventy.write();
}
