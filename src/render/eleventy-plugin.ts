import type { ArchivedArticle } from "../article.ts";
import type { SiteConfig } from "../site.config.ts";
import { bodyOf } from "../common/article-body.js";
import { recordsJson } from "../site/articles-json.ts";
import { citationMeta, citeView } from "../site/cite-pages.ts";
import { outletPath } from "../site/outlet-pages.ts";
import { sparkline } from "../site/entity-sparkline.ts";
import { tagPath } from "../site/tag-pages.ts";
import { absoluteUrl, articleJsonLd, feedBodyHtml, jsonFeed } from "../site/structured-data.ts";
import { pluralize, readableCapture, readableDate, rfc3339Date } from "../site/format.ts";

// Eleventy ships no types for its config object; this is the part Broadsheet uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
}

/**
 * Broadsheet's Eleventy plugin: filters and escaping. The pages themselves come
 * as global data (`render`, `site`) from the build (src/render/render-pages.ts); each filter is a
 * pure function from src/, but `bodyHtml`, which may read the article's body from the parse cache.
 */
export default function broadsheetPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("rfc3339Date", rfc3339Date);
  eleventyConfig.addFilter("readableCapture", readableCapture);
  eleventyConfig.addFilter("pluralize", pluralize);
  eleventyConfig.addFilter("absoluteUrl", absoluteUrl);
  eleventyConfig.addFilter("articleJsonLd", articleJsonLd);
  eleventyConfig.addFilter("citeView", (article: ArchivedArticle, site: SiteConfig) => citeView(article, site, bodyOf(article).citations));
  eleventyConfig.addFilter("citationMeta", citationMeta);
  eleventyConfig.addFilter("sparkline", sparkline);
  // The feeds (layouts/feed-atom.njk, `jsonFeed`) are ours, not @11ty/eleventy-plugin-rss's: its feedPlugin reads
  // collections (our pages are global data, spread over several runs), its date filters format instants (ours are
  // days), bodies hold only absolute links (src/parse/safe-body.ts), and it adds the HTML <base> plugin, which
  // prefixes every link the `href` filter already prefixed again under --path-prefix.
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("feedBody", feedBodyHtml);
  eleventyConfig.addFilter("bodyHtml", (article: ArchivedArticle) => bodyOf(article).html);
  eleventyConfig.addFilter("recordsJson", recordsJson);
  eleventyConfig.addFilter("outletPath", outletPath);
  eleventyConfig.addFilter("tagPath", tagPath);

  // Seed text reaches templates as data: escape everything unless a template marks it `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // `public/` is copied by the build itself (src/pipeline/build-site.ts), once, however many
  // Eleventy runs render the pages.
}
