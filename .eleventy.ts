// Broadsheet's Eleventy configuration: one plugin and the directories.
// `npm run build` runs Eleventy with it and hands over the parsed archive (src/render/render-pages.ts).
import broadsheetPlugin, { type EleventyConfig } from "./src/render/eleventy-plugin.ts";

export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addPlugin(broadsheetPlugin);
  return {
    // The input folder (`layouts/`) and the output folder (`_site/`, or `--output DIR`) are
    // given by the build (src/render/render-pages.ts), since a folder named here would win.
    dir: {
      includes: "_includes", // relative to the input folder (default)
      data: "_data", // relative to the input folder (default; unused: the archive comes from seeds/)
    },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
