import Eleventy from "@11ty/eleventy";
import path from "node:path";
import type { SiteConfig } from "../site.config.ts";
import type { CitePage, Page, PageKind } from "../site/pages.ts";
import { prefixPath } from "../site/structured-data.ts";
import { projectRoot } from "../common/project-root.ts";
import { settleAll } from "../common/settle-all.ts";

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
 * Renders pages into `outputDir`, in one run: with Eleventy, whose templates in `layouts/` each
 * paginate over the pages of their kind in the global data `render`, so only the pages given are
 * written; and the reference downloads beside it, small files made by citation-js, not Eleventy.
 * A run is a lane's work, so the downloads are made on the lanes too, not on the thread that
 * holds the plan (300,000 of them at 100,000 articles).
 */
export async function renderRun(pages: Page[], site: SiteConfig, outputDir: string, onRendered: (count: number) => void = () => {}): Promise<void> {
  const cites = pages.filter((page): page is CitePage => page.kind === "cite");
  const others = cites.length === 0 ? pages : pages.filter((page) => page.kind !== "cite");
  const citesDone = cites.length > 0 ? import("./render-cite-files.ts").then(({ renderCiteFiles }) => renderCiteFiles(cites, site, outputDir, onRendered)) : Promise.resolve();
  await settleAll([others.length > 0 ? runEleventy(groupByKind(others), site, outputDir, onRendered) : Promise.resolve(), citesDone]);
}

function groupByKind(pages: Page[]): Record<PageKind, Page[]> {
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, [] as Page[]])) as Record<PageKind, Page[]>;
  for (const page of pages) byKind[page.kind].push(page);
  return byKind;
}

async function runEleventy(render: Record<PageKind, Page[]>, site: SiteConfig, outputDir: string, onRendered: (count: number) => void): Promise<void> {
  // Eleventy keeps the layouts of its first run in a process, with that run's settings, for as
  // long as the process runs (its LayoutCache): once the run is done, the settings hold nothing of
  // it, neither its pages nor the counter, through which the build's whole plan was held (npm
  // start's first save at 100,000 articles: about 400 MB, for good).
  let count: ((count: number) => void) | null = onRendered;
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
        count?.(1);
        return content;
      });
    },
  });
  eleventy.disableLogger(); // the build prints its own summary
  try {
    await eleventy.write();
  } finally {
    count = null;
    for (const kind of KINDS) render[kind] = [];
  }
}
