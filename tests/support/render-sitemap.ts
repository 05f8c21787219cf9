// `node --import tsx tests/support/render-sitemap.ts OUTPUT N`: renders a sitemap of N pages
// alone with Eleventy, as the build does (a run in which one filter takes most of the time).
import { renderRun } from "../../src/render/render-run.ts";
import { siteConfig } from "../../src/site.config.ts";
import { planSitemaps } from "../../src/site/plan-site.ts";

const [output, count] = process.argv.slice(2) as [string, string];
const paths = Array.from({ length: Number(count) }, (_, index) => `/2024/01/01/story-${index}/`);
await renderRun(planSitemaps(paths, paths.length), siteConfig, output);
