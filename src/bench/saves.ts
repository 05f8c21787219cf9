/**
 * `npm run bench:saves -- --seeds DIR --output DIR --cache-dir DIR [--saves N] [--json FILE]`
 * What `npm start` does on each save, measured inside one process: one build session, a first
 * build asked to keep the site's plan (as npm start's build while idle is), the parser and
 * Eleventy warmed up (as npm start does then too), then N saves that each add one new synthetic
 * seed and build again, pages published before the search index. Prints each save's time to its
 * pages and to the end, the processor time its threads took to each (less bent by other work on a
 * shared machine than the time), and the process's heap after it. Run it on a site built already
 * (`npm run bench -- --keep`), as saves at 100,000 articles are what it is for; with
 * `BROADSHEET_TIMINGS=1` each save prints its phases.
 */
import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BuildSession } from "../incremental/session.ts";
import { buildSite } from "../pipeline/build-site.ts";
import { warmUpForSaves } from "../pipeline/warm-up.ts";
import { siteConfig } from "../site.config.ts";
import { makeExtraSeed } from "./synthetic-seeds.ts";

const { values: opts } = parseArgs({
  options: { seeds: { type: "string" }, output: { type: "string" }, "cache-dir": { type: "string" }, saves: { type: "string", default: "3" }, json: { type: "string" } },
});
const saves = Number(opts.saves);
if (!opts.seeds || !opts.output || !opts["cache-dir"] || !(saves > 0)) {
  console.error("Usage: npm run bench:saves -- --seeds DIR --output DIR --cache-dir DIR [--saves N] [--json FILE]");
  process.exit(2);
}
const [seedsDir, outputDir, cacheDir] = [opts.seeds, opts.output, opts["cache-dir"]].map((folder) => resolve(folder)) as [string, string, string];
const session = new BuildSession(cacheDir);
const options = { seedsDir, outputDir, cacheDir, site: siteConfig, keepPlan: true };
const mb = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);

let started = performance.now();
const first = await buildSite(options, session);
const firstMs = Math.round(performance.now() - started);
console.log(`first build: ${firstMs} ms, ${first.rendered} pages written, heap ${mb()} MB`);
await warmUpForSaves(siteConfig, session); // as npm start does while idle

const samples: Array<{ pagesMs: number; allMs: number; rendered: number; heapMb: number }> = [];
let next = 0;
for (let save = 1; save <= saves; save++) {
  // A seed none of the earlier runs added, written beside the folder and renamed in, as an editor saves.
  while (existsSync(join(seedsDir, makeExtraSeed(next).file))) next++;
  const seed = makeExtraSeed(next++);
  await writeFile(join(dirname(seedsDir), seed.file), seed.text);
  await rename(join(dirname(seedsDir), seed.file), join(seedsDir, seed.file));
  started = performance.now();
  const cpu = process.cpuUsage();
  let pagesMs = 0;
  let pagesCpuMs = 0;
  const cpuMs = () => Math.round(Object.values(process.cpuUsage(cpu)).reduce((sum, micros) => sum + micros, 0) / 1000);
  const onPagesPublished = () => {
    pagesMs = performance.now() - started;
    pagesCpuMs = cpuMs();
  };
  const result = await buildSite({ ...options, onPagesPublished }, session);
  if (!result.ok) throw new Error(`save ${save} failed: ${result.diagnostics.map((diagnostic) => diagnostic.message).join("; ")}`);
  const sample = { pagesMs: Math.round(pagesMs), allMs: Math.round(performance.now() - started), pagesCpuMs, allCpuMs: cpuMs(), rendered: result.rendered, heapMb: mb() };
  samples.push(sample);
  console.log(
    `save ${save}: its pages in ${sample.pagesMs} ms, all in ${sample.allMs} ms (processor time ${sample.pagesCpuMs} and ${sample.allCpuMs} ms), ${sample.rendered} pages written, heap ${sample.heapMb} MB`,
  );
}
if (opts.json) await writeFile(opts.json, `${JSON.stringify({ articles: first.articleCount, firstMs, saves: samples }, null, 2)}\n`);
await session.searchLanes.close();
