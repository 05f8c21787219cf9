// `npm run build -- --shard K/N --output DIR`: one part of a split build, joined by `npm run merge`.
import { buildShard } from "../pipeline/build-shard.ts";
import type { ShardSpec } from "../site/shard-years.ts";
import { printBuildReport, waitNotice } from "./build-report.ts";
import { type CliOptions, commandProgress, displayPath } from "./options.ts";

export async function runShardBuild(options: CliOptions & { shard: ShardSpec }): Promise<number> {
  const started = performance.now();
  const result = await buildShard({ ...options, onWait: waitNotice(options.outputDir), progress: commandProgress(options) });
  if (!printBuildReport(result, options)) return 1;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { index, count } = options.shard;
  const holds =
    result.years.length === 0
      ? "no year: the split has more shards than the archive has years; merge takes it as it is"
      : `${result.years.length === 1 ? "year" : "years"} ${result.years.join(", ")}: ${result.shardArticles} of ${result.articleCount} articles, ${result.files} files`;
  console.log(`Built shard ${index}/${count} into ${displayPath(options.outputDir)} in ${seconds} s (${holds})`);
  return 0;
}
