// `npm start [-- --seeds DIR --output DIR --port N]`: build, serve on localhost, and rebuild
// whenever a seed is added, changed or removed. A broken seed prints its error; the last good
// site stays served until the seed is fixed.
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { buildSite } from "../pipeline/build-site.ts";
import { BuildSession } from "../incremental/session.ts";
import { normalisePrefix } from "../site.config.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { createRebuildQueue } from "../serve/rebuild-queue.ts";
import { watchSeeds } from "../serve/watch-seeds.ts";
import { failureMessage } from "./failure-message.ts";
import { warmUpForSaves } from "../pipeline/warm-up.ts";
import { commandProgress, displayPath, readCliOptions, runCommand } from "./options.ts";

runCommand(async (context) => {
  const options = readCliOptions(process.argv.slice(2));
  context.outputDir = options.outputDir;
  const seedsLabel = displayPath(options.seedsDir);
  // Kept between rebuilds: a rebuild reads only the seeds that changed, and none of the parse cache.
  const session = new BuildSession(options.cacheDir);

  let server: EleventyDevServer | undefined;
  let firstBuild = true; // the one that may take minutes: it shows its progress
  let warming = false; // the build that makes the site's plan while idle, after the first
  let lastOk = false; // whether the last build succeeded: after a failed one there is no site to plan
  const build = async (): Promise<void> => {
    const started = performance.now();
    let published = started;
    const onPagesPublished = () => {
      published = performance.now();
      server?.reload({ files: [] }); // the pages are in: the browser shows them while search is re-indexed
    };
    const progress = firstBuild ? commandProgress(options) : undefined;
    // Every build but the first (which gets the site served soon) leaves the session the site's
    // plan, made if need be, so that a save plans only what it changes.
    const keepPlan = !firstBuild;
    const warmUp = warming;
    firstBuild = warming = false;
    const result = await buildSite({ ...options, onPagesPublished, progress, keepPlan }, session).catch((error: unknown) => {
      console.error(`broadsheet: the build failed: ${failureMessage(error, options.outputDir)}; still serving the last good site`);
      return null;
    });
    lastOk = result?.ok ?? false;
    if (!result) return;
    const report = formatReport(result.diagnostics, seedsLabel, result.articleCount);
    if (!result.ok) {
      console.error(`${report}\nNot rebuilt: still serving the last good site. Fix the seeds above and save again.`);
      return;
    }
    if (warmUp && result.rendered === 0) return; // the plan made while idle: nothing to say
    const summary = report.split("\n").at(-1); // the warnings themselves: npm run check
    const pagesMs = Math.round(published - started);
    const allMs = Math.round(performance.now() - started);
    const pagesFirst = published > started && allMs - pagesMs > 50 ? `, the pages in ${pagesMs} ms` : "";
    console.log(`Rebuilt ${result.articleCount} ${result.articleCount === 1 ? "article" : "articles"} in ${allMs} ms${pagesFirst} (${result.rendered} pages written, ${result.kept} kept); ${summary}`);
  };

  // A burst of events (an editor saving, a folder copied in) waits for 30 ms of calm, so a seed
  // is read once it is written, and a burst makes one rebuild.
  const queue = createRebuildQueue(build);
  // Watch before the first build, so that no seed saved meanwhile goes unnoticed.
  watchSeeds(
    options.seedsDir,
    () => queue.schedule(),
    (error) => {
      console.error(`broadsheet: stopped watching ${seedsLabel}/ (${error.message}); restart npm start to watch it again.`);
    },
  );
  await queue.runNow();

  server = EleventyDevServer.getServer("broadsheet", options.outputDir, {
    port: options.port,
    pathPrefix: normalisePrefix(options.site.pathPrefix),
    domDiff: false,
    messageOnStart: ({ hosts }: { hosts: string[] }) => `Serving ${displayPath(options.outputDir)} at ${hosts.join(" or ")} (watching ${seedsLabel}/ for changes; Ctrl+C stops)`,
  });
  server.serve(options.port);
  // While idle: the site's plan, which the first build may not have made (it had nothing to do).
  if (lastOk) {
    warming = true;
    queue.schedule();
  }
  // A save needs the parser, citeproc's engines, Eleventy and the parse cache, which take seconds
  // to load: loaded while idle. Should it fail, the save that needs them says why.
  setTimeout(() => void warmUpForSaves(options.site, session).catch(() => {}), 0);
  return new Promise<number>(() => {}); // serve until stopped
});
