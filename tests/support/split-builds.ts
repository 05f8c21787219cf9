// `node --import tsx tests/support/split-builds.ts SEEDS WORK`: builds SEEDS whole into WORK/single,
// in three shards into WORK/shard-K, and merges those into WORK/merged, with search indexes of at
// most one article each, so that every year of two or more is indexed in parts. Prints what each step did.
import path from "node:path";
import { buildShard } from "../../src/pipeline/build-shard.ts";
import { buildSite } from "../../src/pipeline/build-site.ts";
import { mergeShards } from "../../src/pipeline/merge-shards.ts";
import { siteConfig } from "../../src/site.config.ts";

const [seedsDir, work] = process.argv.slice(2) as [string, string];
const site = { ...siteConfig, searchShards: { articles: 1, words: 1_000_000 } };
const cacheDir = path.join(work, "cache");
const single = await buildSite({ seedsDir, outputDir: path.join(work, "single"), cacheDir: null, site });
const shardDirs = [1, 2, 3].map((index) => path.join(work, `shard-${index}`));
const shards = [];
for (const [index, outputDir] of shardDirs.entries()) shards.push(await buildShard({ seedsDir, outputDir, cacheDir, site, shard: { index: index + 1, count: 3 } }));
const merged = await mergeShards({ seedsDir, outputDir: path.join(work, "merged"), site, cacheDir, shardDirs });
process.stdout.write(JSON.stringify({ single: single.ok, shards: shards.map((shard) => ({ ok: shard.ok, years: shard.years })), merged: merged.ok }));
