/**
 * What a shard folder says about itself (`broadsheet-shard.json`, beside its files), and the
 * checks `npm run merge` makes of a set of them before it joins them: every shard of one split
 * is there once, and all were built from the same seeds by the same code with the same settings.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteConfig } from "../site.config.ts";
import type { ShardSpec } from "../site/shard-years.ts";

export const SHARD_DESCRIPTION_FILE = "broadsheet-shard.json";

/** What shapes a shard's files besides its years: two shards agree when all of these are equal. */
export interface ShardInputs {
  /** The seeds folder's digest (`seedsDigest`). */
  seeds: string;
  /** The build's code, templates, static files and packages (`buildCodeVersion`). */
  code: string;
  /** The site's settings, with `--path-prefix` and `--base-url`. */
  site: SiteConfig;
}

export interface ShardDescription {
  format: 1;
  shard: ShardSpec;
  /** Its years, newest first; none when the split has more shards than the archive has years. */
  years: string[];
  /** Articles in its years, and in the whole archive. */
  articles: number;
  archiveArticles: number;
  inputs: ShardInputs;
  /** Every file it wrote, relative to its folder (pages, pictures, its years' search bundles). */
  files: string[];
  /** Its search bundles, as the build manifest's groups: `search:<year>` → the bundle's key and files. */
  groups: Record<string, { key: string; files: string[] }>;
}

export async function writeShardDescription(folder: string, description: ShardDescription): Promise<void> {
  await writeFile(path.join(folder, SHARD_DESCRIPTION_FILE), `${JSON.stringify(description, null, 1)}\n`);
}

/** A shard folder's description; an error naming the folder when it is not one. */
export async function readShardDescription(folder: string): Promise<ShardDescription> {
  const text = await readFile(path.join(folder, SHARD_DESCRIPTION_FILE), "utf8").catch(() => null);
  const description = text === null ? null : (JSON.parse(text) as ShardDescription);
  if (description?.format !== 1) {
    throw new MergeRefused(`${folder} is not a shard folder (it has no ${SHARD_DESCRIPTION_FILE} this version reads): build it with npm run build -- --shard K/N --output ${folder}`);
  }
  return description;
}

/** A merge that cannot go ahead, for a reason the user can fix (the message says how). */
export class MergeRefused extends Error {}

const label = ({ shard }: ShardDescription, folder: string) => `shard ${shard.index}/${shard.count} (${folder})`;

/**
 * Checks that the shards given are one whole split, each once, built from the same inputs, and
 * from `expected` (the merge's own seeds, code and settings). Returns the descriptions by shard
 * number (from 0), or throws `MergeRefused` saying what is missing or what differs. Pure.
 */
export function checkShards(shards: ReadonlyArray<{ folder: string; description: ShardDescription }>, expected: ShardInputs, seedsLabel: string): ShardDescription[] {
  if (shards.length === 0) throw new MergeRefused("no shard folders given: npm run merge -- --output SITE DIR…");
  const [first, ...others] = shards;
  const count = first!.description.shard.count;
  for (const other of others) {
    if (other.description.shard.count !== count)
      throw new MergeRefused(`the shards come from different splits: ${label(first!.description, first!.folder)} and ${label(other.description, other.folder)}`);
  }
  const byIndex = new Map<number, { folder: string; description: ShardDescription }>();
  for (const shard of shards) {
    const twice = byIndex.get(shard.description.shard.index);
    if (twice) throw new MergeRefused(`${label(shard.description, twice.folder)} is given twice: ${twice.folder} and ${shard.folder}`);
    byIndex.set(shard.description.shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new MergeRefused(
      `${missing.length === 1 ? "shard" : "shards"} ${missing.map((index) => `${index}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing: give the folders of all ${count} shards`,
    );
  }
  for (const other of others) {
    const difference = inputsDiffer(first!.description.inputs, other.description.inputs);
    if (difference)
      throw new MergeRefused(`${label(first!.description, first!.folder)} and ${label(other.description, other.folder)} were built ${difference}: build every shard again from the same commit`);
  }
  const difference = inputsDiffer(first!.description.inputs, expected, seedsLabel);
  if (difference) {
    const settingsOnly = inputsDiffer({ ...first!.description.inputs, site: expected.site }, expected) === null;
    const fix = settingsOnly ? "merge with the --path-prefix and --base-url the shards were built with" : "merge from the commit and seeds the shards were built from";
    throw new MergeRefused(`the shards and this merge differ: the shards were built ${difference}; ${fix}`);
  }
  return Array.from({ length: count }, (_, index) => byIndex.get(index + 1)!.description);
}

/** How two sets of inputs differ, in words ("from different seeds"), or null when they are the same. */
export function inputsDiffer(a: ShardInputs, b: ShardInputs, seedsLabel?: string): string | null {
  if (a.seeds !== b.seeds) return seedsLabel ? `from other seeds than ${seedsLabel}` : "from different seeds";
  if (a.code !== b.code) return "by different code (src/, layouts/, public/ or the installed packages)";
  const settings = (Object.keys({ ...a.site, ...b.site }) as Array<keyof SiteConfig>).filter((key) => JSON.stringify(a.site[key]) !== JSON.stringify(b.site[key]));
  if (settings.length > 0) return `with different site settings (${settings.map((key) => `${key}: ${JSON.stringify(a.site[key])} and ${JSON.stringify(b.site[key])}`).join("; ")})`;
  return null;
}
