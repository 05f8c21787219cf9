// `npm run build -- --shard K/N --output DIR`: one part of a split build, joined by `npm run merge`.
import { buildShard } from "../pipeline/build-shard.ts";
import { formatReport } from "../report/format-diagnostics.ts";
import type { ShardSpec } from "../site/shard-years.ts";
import { type CliOptions, commandProgress, displayPath } from "./options.ts";

export async function runShardBuild(options: CliOptions & { shard: ShardSpec }, maxWarnings: number): Promise<number> {
  const started = performance.now();
  const onWait = (pid: number) => console.error(`Waiting for the build in process ${pid} to finish writing ${displayPath(options.outputDir)}…`);
  const result = await buildShard({ ...options, onWait, progress: commandProgress(options) });
  const report = formatReport(result.diagnostics, displayPath(options.seedsDir), result.articleCount, { maxWarnings });
  if (!result.ok) {
    console.error(report);
    console.error(`Build failed: nothing was written; ${displayPath(options.outputDir)} is unchanged. Fix the seeds above and build again.`);
    return 1;
  }
  console.log(report);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { index, count } = options.shard;
  const holds =
    result.years.length === 0
      ? "no year: the split has more shards than the archive has years; merge takes it as it is"
      : `${result.years.length === 1 ? "year" : "years"} ${result.years.join(", ")}: ${result.shardArticles} of ${result.articleCount} articles, ${result.files} files`;
  console.log(`Built shard ${index}/${count} into ${displayPath(options.outputDir)} in ${seconds} s (${holds})`);
  return 0;
}
