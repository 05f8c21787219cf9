// `node --import tsx tests/support/kept-plan-builds.ts OUTPUT CACHE SEEDS…`: builds each seeds
// folder in turn into OUTPUT through one session, each build asked to keep the site's plan (as
// npm start's builds after its first are). Prints, for each build, the pages it rendered and how
// many articles' own pages it left unplanned.
import { BuildSession } from "../../src/incremental/session.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [outputDir, cacheDir, ...seedFolders] = process.argv.slice(2) as [string, string, ...string[]];
const session = new BuildSession(cacheDir);
let keptArticles: number;
const unchanged = session.keptPlan.unchanged.bind(session.keptPlan);
session.keptPlan.unchanged = (...args) => {
  const kept = unchanged(...args);
  keptArticles = kept.own.size;
  return kept;
};
const results = [];
for (const seedsDir of seedFolders) {
  keptArticles = 0;
  const result = await buildSite({ seedsDir, outputDir, cacheDir, site: siteConfig, onPagesPublished: () => {}, keepPlan: true }, session);
  results.push({ ok: result.ok, rendered: result.rendered, keptArticles });
}
await session.searchLanes.close();
process.stdout.write(JSON.stringify(results));
