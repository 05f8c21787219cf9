// `node --import tsx tests/support/counted-build.ts SEEDS OUTPUT CACHE`: one build, as `npm run
// build` makes it, that counts the files its seed reader reads. Prints what the build did.
import { BuildSession } from "../../src/incremental/session.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [seedsDir, outputDir, cacheDir] = process.argv.slice(2) as [string, string, string];
const session = BuildSession.forOneBuild(cacheDir);
const result = await buildSite({ seedsDir, outputDir, cacheDir, site: siteConfig }, session);
process.stdout.write(JSON.stringify({ ok: result.ok, rendered: result.rendered, reads: session.seedReader.filesRead }));
