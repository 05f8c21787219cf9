// `node --import tsx tests/support/session-builds.ts OUTPUT CACHE fresh|shared SEEDS…`: builds each
// seeds folder in turn into OUTPUT, as npm start would (pages published before search), with a
// fresh build session for each build or one session shared by all. Prints what each build did.
import { BuildSession } from "../../src/incremental/session.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [outputDir, cacheDir, mode, ...seedFolders] = process.argv.slice(2) as [string, string, "fresh" | "shared", ...string[]];
const shared = new BuildSession(cacheDir);
const results = [];
for (const seedsDir of seedFolders) {
  const session = mode === "shared" ? shared : BuildSession.forOneBuild(cacheDir);
  const result = await buildSite({ seedsDir, outputDir, cacheDir, site: siteConfig, onPagesPublished: () => {} }, session);
  results.push({ ok: result.ok, rendered: result.rendered, kept: result.kept });
}
process.stdout.write(JSON.stringify(results));
