// `node --import tsx tests/support/build-in-parts.ts SEEDS OUTPUT N`: builds SEEDS into OUTPUT from
// scratch with search indexes of at most N articles (the site's `searchShards`), so that a small
// archive's years are indexed in parts, as a large one's are.
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [seedsDir, outputDir, articles] = process.argv.slice(2) as [string, string, string];
const result = await buildSite({ seedsDir, outputDir, cacheDir: null, site: { ...siteConfig, searchShards: { articles: Number(articles), words: 1_000_000 } } });
if (!result.ok) throw new Error(`the build failed: ${JSON.stringify(result.diagnostics)}`);
