import { pluralize, readableDate } from "./filters.ts";

// Eleventy ships no types for its config object; this is the part Broadsheet uses.
export interface EleventyConfig {
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  addPlugin(plugin: (config: EleventyConfig) => void): void;
}

/**
 * Broadsheet's Eleventy plugin: filters, escaping and static files. The archive itself (global
 * data `archive` and `site`) is handed over by the build (src/build/render-site.ts).
 */
export default function broadsheetPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("readableDate", readableDate);
  eleventyConfig.addFilter("pluralize", pluralize);

  // Seed text reaches templates as data: escape everything unless a template marks it `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPassthroughCopy({ public: "/" });
}
