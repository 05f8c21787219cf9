// `node --import tsx tests/support/held-after-build.ts SEEDS OUTPUT CACHE EXTRA-SEED`: builds
// SEEDS in a lasting session (npm start's), adds EXTRA-SEED and builds again (a save), then prints
// how many of the two builds' progress steps for their pages are still in memory, the garbage
// collected: a closure of the render that counted on one held, through it, that build's whole plan.
import { copyFileSync } from "node:fs";
import path from "node:path";
import { collectGarbage } from "../../src/common/collect-garbage.ts";
import { BuildSession } from "../../src/incremental/session.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { siteConfig } from "../../src/site.config.ts";

const [seedsDir, outputDir, cacheDir, extra] = process.argv.slice(2) as [string, string, string, string];
const session = new BuildSession(cacheDir);
const steps: Array<WeakRef<object>> = [];
const progress = {
  step: (label: string) => {
    const made = { add() {}, finish() {} };
    if (label === "pages rendered") steps.push(new WeakRef(made));
    return made;
  },
};
const options = { seedsDir, outputDir, cacheDir, site: siteConfig, onPagesPublished: () => {}, progress };
const rendered = [(await buildSite(options, session)).rendered];
copyFileSync(extra, path.join(seedsDir, path.basename(extra)));
rendered.push((await buildSite(options, session)).rendered);
await new Promise((resolve) => setTimeout(resolve, 0)); // a WeakRef's target is kept until the task that made it ends
collectGarbage();
process.stdout.write(JSON.stringify({ rendered, steps: steps.length, held: steps.filter((step) => step.deref() !== undefined).length }));
await session.searchLanes.close();
