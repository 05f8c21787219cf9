import Eleventy from "@11ty/eleventy";
import path from "node:path";
import type { SiteConfig } from "../site.config.ts";
import type { Page, PageKind } from "../site/pages.ts";
import { prefixPath } from "../site/structured-data.ts";
import { projectRoot } from "../common/project-root.ts";

/** Eleventy keeps every page of a run in memory; runs this size keep 50,000 articles in bounds. */
export const PAGES_PER_RUN = 3000;

const KINDS: PageKind[] = [
  "article",
  "version",
  "versions",
  "list",
  "period",
  "onthisday",
  "onthisdayindex",
  "archive",
  "sources",
  "tags",
  "entities",
  "atom",
  "jsonfeed",
  "sitemap",
  "data",
  "records",
  "notfound",
  "robots",
  "search",
];

/**
 * Renders pages with Eleventy into `outputDir`, in one run. Each template in `layouts/` paginates
 * over the pages of its kind in the global data `render`, so only the pages given are written.
 */
export async function renderRun(pages: Page[], site: SiteConfig, outputDir: string, onRendered: (count: number) => void = () => {}): Promise<void> {
  await runEleventy(groupByKind(pages), site, outputDir, onRendered);
}

function groupByKind(pages: Page[]): Record<PageKind, Page[]> {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, [] as Page[]])) as Record<PageKind, Page[]>;
  for (const page of pages) byKind[page.kind].push(page);
  return byKind;
}

async function runEleventy(render: Record<PageKind, Page[]>, site: SiteConfig, outputDir: string, onRendered: (count: number) => void): Promise<void> {
  const eleventy = new Eleventy(path.join(projectRoot, "layouts"), outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(eleventyConfig) {
      // Eleventy makes its "Configuration" timings before quiet mode applies, so they stayed
      // verbose: a run in which one filter took most of the time printed "[11ty] Benchmark …".
      eleventyConfig.benchmarks.config.setIsVerbose(false);
      // Eleventy's own `url` filter does much more than prefixing, and took a large share of the time (docs/performance.md).
      eleventyConfig.addFilter("href", prefixPath(site.pathPrefix));
      eleventyConfig.addGlobalData("site", site);
      eleventyConfig.addGlobalData("render", render);
      // A transform runs once for each page written: the build's progress counts pages by it.
      eleventyConfig.addTransform("count-rendered", (content: string) => {
        onRendered(1);
        return content;
      });
    },
  });
  eleventy.disableLogger(); // the build prints its own summary
  await eleventy.write();
}
