// `node --import tsx tests/support/pages-first-build.ts SEEDS OUTPUT CACHE [--stop-after-pages]`:
// builds as `npm start` does, the pages published before the search index. With
// --stop-after-pages it prints the site's file hashes (JSON) at the moment the pages are in,
// then exits with code 3 there, as a build killed between the two steps would.
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";
import { hashTree } from "../e2e/cli.ts";

const [seedsDir, outputDir, cacheDir, stop] = process.argv.slice(2) as [string, string, string, string | undefined];
let published = 0;
await buildSite({
  seedsDir,
  outputDir,
  cacheDir,
  site: siteConfig,
  onPagesPublished: async () => {
    published++;
    if (stop !== "--stop-after-pages") return;
    process.stdout.write(JSON.stringify(await hashTree(outputDir)));
    process.exit(3);
  },
});
process.stdout.write(JSON.stringify({ published }));
