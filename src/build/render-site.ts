import Eleventy from "@11ty/eleventy";
import path from "node:path";
import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { projectRoot } from "./project-root.ts";

export interface RenderInput {
  articles: ArchivedArticle[];
  articlesJson: string;
  site: SiteConfig;
  outputDir: string;
}

/** Renders the archive's pages with Eleventy into `outputDir` (which should be empty). */
export async function renderSite({ articles, articlesJson, site, outputDir }: RenderInput): Promise<void> {
  const eleventy = new Eleventy(path.join(projectRoot, "layouts"), outputDir, {
    configPath: path.join(projectRoot, ".eleventy.ts"),
    quietMode: true,
    pathPrefix: site.pathPrefix,
    config(eleventyConfig) {
      eleventyConfig.addGlobalData("site", site);
      eleventyConfig.addGlobalData("archive", { articles, json: articlesJson });
    },
  });
  await eleventy.write();
}
