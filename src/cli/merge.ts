// `npm run merge -- --output SITE DIR…`: joins the shard folders of a split build into one site.
import { MergeRefused } from "../incremental/shard-description.ts";
import { mergeShards } from "../pipeline/merge-shards.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import { MAX_WARNINGS_LISTED, waitNotice } from "./build-report.ts";
import { commandProgress, displayPath, readCliOptions, runCommand } from "./options.ts";

runCommand(async (context) => {
  const options = readCliOptions(process.argv.slice(2), { folders: true });
  context.outputDir = options.outputDir;
  const site = displayPath(options.outputDir);
  if (options.folders.length === 0) {
    console.error("Usage: npm run merge -- --output SITE [--seeds DIR] SHARD-DIR… (the folders of npm run build -- --shard K/N)");
    return 1;
  }
  const started = performance.now();
  try {
    const result = await mergeShards({ ...options, shardDirs: options.folders.map(displayPath), onWait: waitNotice(options.outputDir), progress: commandProgress(options) });
    const report = formatReport(result.diagnostics, displayPath(options.seedsDir), result.articleCount, { maxWarnings: MAX_WARNINGS_LISTED });
    if (!result.ok) {
      console.error(report);
      console.error(`Merge failed: nothing was written; ${site} is unchanged. Fix the seeds above, then build the shards and merge again.`);
      return 1;
    }
    console.log(report);
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`Merged ${result.shards} shards into ${site} in ${seconds} s (${result.articleCount} articles: ${result.linked} files from the shards, ${result.rendered} pages written)`);
    return 0;
  } catch (error) {
    if (!(error instanceof MergeRefused)) throw error;
    console.error(`Merge refused: ${error.message}. ${site} is unchanged.`);
    return 1;
  }
});
