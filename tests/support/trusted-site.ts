// `node --import tsx tests/support/trusted-site.ts OUTPUT CACHE FILE SEEDS-1 SEEDS-2 SEEDS-3`:
// builds SEEDS-1 and SEEDS-2 in one lasting session (npm start's), removing FILE from the site
// between them, then SEEDS-3 in a session of one build. Prints whether FILE was there after each.
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { BuildSession } from "../../src/incremental/session.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [outputDir, cacheDir, file, first, second, third] = process.argv.slice(2) as [string, string, string, string, string, string];
const lasting = new BuildSession(cacheDir);
const there: boolean[] = [];
const build = async (seedsDir: string, session: BuildSession) => {
  const result = await buildSite({ seedsDir, outputDir, cacheDir, site: siteConfig, onPagesPublished: () => {} }, session);
  if (!result.ok || result.rendered === 0) throw new Error(`the build of ${seedsDir} failed or wrote nothing`);
  there.push(existsSync(path.join(outputDir, file)));
};
await build(first, lasting);
rmSync(path.join(outputDir, file));
await build(second, lasting);
await build(third, BuildSession.forOneBuild(cacheDir));
await lasting.searchLanes.close();
process.stdout.write(JSON.stringify(there));
