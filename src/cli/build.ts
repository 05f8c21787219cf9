// `npm run build [-- --seeds DIR --output DIR --path-prefix /news/]`: seeds in, site out.
import { buildSite } from "../pipeline/build-site.ts";
import { printBuildReport, waitNotice } from "./build-report.ts";
import { commandProgress, displayPath, readCliOptions, runCommand } from "./options.ts";

runCommand(async (context) => {
  const options = readCliOptions(process.argv.slice(2), { shards: true });
  context.outputDir = options.outputDir;
  // Loaded only for a split build: a rebuild with nothing to do loads no more than it needs.
  if (options.shard) return (await import("./shard-command.ts")).runShardBuild({ ...options, shard: options.shard });
  const started = performance.now();
  const result = await buildSite({ ...options, onWait: waitNotice(options.outputDir), progress: commandProgress(options) });
  if (!printBuildReport(result, options)) return 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const pages = result.rendered === 0 && result.kept > 0 ? "nothing changed" : `${result.rendered} pages written, ${result.kept} kept`;
  console.log(`Built ${result.articleCount} ${result.articleCount === 1 ? "article" : "articles"} into ${displayPath(options.outputDir)} in ${seconds} s (${pages})`);
  return 0;
});
