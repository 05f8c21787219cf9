import type { ShardSpec } from "../site/shard-years.ts";

/** `--shard K/N`: shard K of N, 1 ≤ K ≤ N (whole numbers). */
export function parseShardOption(text: string): ShardSpec {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && count >= 1 && index <= count)) {
    throw new Error(`--shard ${text} is not a shard: use K/N with 1 ≤ K ≤ N, e.g. --shard 2/8 for the second of eight parts`);
  }
  return { index, count };
}
