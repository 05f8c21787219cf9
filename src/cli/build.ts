// `npm run build [-- --seeds DIR --output DIR --path-prefix /news/]`: seeds in, site out.
import { buildSite } from "../pipeline/build-site.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { commandProgress, displayPath, readCliOptions, runCommand } from "./options.ts";
import { runShardBuild } from "./shard-command.ts";

/** Every error is listed; warnings beyond this many only count in the summary (`npm run check` lists all). */
const MAX_WARNINGS_LISTED = 20;

runCommand(async (context) => {
  const options = readCliOptions(process.argv.slice(2));
  context.outputDir = options.outputDir;
  if (options.shard) return runShardBuild({ ...options, shard: options.shard }, MAX_WARNINGS_LISTED);
  const started = performance.now();
  const onWait = (pid: number) => console.error(`Waiting for the build in process ${pid} to finish writing ${displayPath(options.outputDir)}…`);
  const result = await buildSite({ ...options, onWait, progress: commandProgress(options) });
  const seedsLabel = displayPath(options.seedsDir);
  const report = formatReport(result.diagnostics, seedsLabel, result.articleCount, { maxWarnings: MAX_WARNINGS_LISTED });
  if (!result.ok) {
    console.error(report);
    console.error(`Build failed: nothing was written; ${displayPath(options.outputDir)} is unchanged. Fix the seeds above and build again.`);
    return 1;
  }
  console.log(report);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const pages = result.rendered === 0 && result.kept > 0 ? "nothing changed" : `${result.rendered} pages written, ${result.kept} kept`;
  console.log(`Built ${result.articleCount} ${result.articleCount === 1 ? "article" : "articles"} into ${displayPath(options.outputDir)} in ${seconds} s (${pages})`);
  return 0;
});
