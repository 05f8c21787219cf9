import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { copyFixture, fixtures, hashTree, runCli, tempDir } from "./cli.ts";

/** The search archive (five years) with two seeds that show pictures beside them. */
async function seedsWithPictures(): Promise<string> {
  const seeds = await copyFixture("search-archive");
  await cp(path.join(fixtures, "variants/local-picture"), path.join(seeds, "local-picture"), { recursive: true });
  await cp(path.join(fixtures, "body-pictures"), path.join(seeds, "body-pictures"), { recursive: true });
  return seeds;
}

describe("a build split in shards", () => {
  let seeds: string;
  let work: string;
  let cache: string;
  let single: Record<string, string>;
  const shardDirs = () => [1, 2, 3].map((index) => path.join(work, `shard-${index}`));

  beforeAll(async () => {
    seeds = await seedsWithPictures();
    work = await tempDir();
    cache = path.join(work, "cache");
    const whole = await runCli("build", ["--seeds", seeds, "--output", path.join(work, "single"), "--no-cache"]);
    expect(whole.code).toBe(0);
    single = await hashTree(path.join(work, "single"));
    for (const [index, folder] of shardDirs().entries()) {
      const run = await runCli("build", ["--seeds", seeds, "--output", folder, "--cache-dir", cache, "--shard", `${index + 1}/3`]);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(new RegExp(`Built shard ${index + 1}/3 into .* \\(years? \\d{4}`));
    }
  });

  it("should merge three shards into the very bytes of a single build", async () => {
    const site = path.join(work, "merged");
    const merge = await runCli("merge", ["--seeds", seeds, "--output", site, "--cache-dir", cache, ...shardDirs()]);
    expect(merge.stderr).toBe("");
    expect(merge.stdout).toMatch(/Merged 3 shards into .* in \d+\.\d\d s \(11 articles: \d+ files from the shards, \d+ pages written\)/);
    const merged = await hashTree(site);
    expect(Object.keys(merged)).toEqual(expect.arrayContaining(["index.html", "articles.json", "pagefind/shards.json", "pagefind/2022/pagefind-entry.json", "pagefind/2026/pagefind-entry.json"]));
    // A picture's sizes, and its year's pages and search bundle, came from the shard of its year; the home page from none.
    const described = await Promise.all(shardDirs().map(async (folder) => JSON.parse(await readFile(path.join(folder, "broadsheet-shard.json"), "utf8")) as { years: string[]; files: string[] }));
    const of2025 = described.find((shard) => shard.years.includes("2025"))!;
    expect(of2025.files.filter((file) => /^2025\/12\/19\/.*\.webp$/.test(file)).length).toBeGreaterThan(0);
    expect(of2025.files).toEqual(expect.arrayContaining(["2025/index.html", "feed/archive/2025-12.xml", "pagefind/2025/pagefind-entry.json"]));
    expect(described.flatMap((shard) => shard.files).filter((file) => !/^(\d{4}\/|feed\/archive\/|pagefind\/\d{4}\/)/.test(file))).toEqual([]);
    expect(merged).toEqual(single);

    // The merge left the manifest of a plain build: building the same seeds again changes nothing.
    const again = await runCli("build", ["--seeds", seeds, "--output", site, "--cache-dir", cache]);
    expect(again.stdout).toMatch(/\(nothing changed\)/);
  });

  it("should refuse a merge with a shard missing, and leave the site as it was", async () => {
    const site = path.join(work, "kept");
    await cp(path.join(work, "single"), site, { recursive: true });
    const merge = await runCli("merge", ["--seeds", seeds, "--output", site, "--cache-dir", cache, ...shardDirs().slice(0, 2)]);
    expect(merge.code).toBe(1);
    expect(merge.stderr).toMatch(/^Merge refused: shard 3\/3 is missing: give the folders of all 3 shards\. .*kept is unchanged\.\n$/);
    expect(await hashTree(site)).toEqual(single);
  });

  it("should refuse shards built from different seeds, and a merge from other seeds than the shards'", async () => {
    const changed = path.join(await tempDir(), "seeds");
    await cp(seeds, changed, { recursive: true });
    await writeFile(path.join(changed, "late-news.txt"), "# A Late Story\n\nMarch 3, 2024\n\nSomething happened late.\n");
    const other = path.join(work, "other-2");
    expect((await runCli("build", ["--seeds", changed, "--output", other, "--cache-dir", cache, "--shard", "2/3"])).code).toBe(0);
    const [first, , third] = shardDirs();
    const mixed = await runCli("merge", ["--seeds", seeds, "--output", path.join(work, "mixed"), "--cache-dir", cache, first!, other, third!]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/^Merge refused: shard 1\/3 \(.*shard-1\) and shard 2\/3 \(.*other-2\) were built from different seeds: build every shard again from the same commit\./);

    const elsewhere = await runCli("merge", ["--seeds", changed, "--output", path.join(work, "elsewhere"), "--cache-dir", cache, ...shardDirs()]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(/^Merge refused: the shards and this merge differ: the shards were built from other seeds than .*seeds/);
  });

  it("should refuse a folder that is not a shard", async () => {
    const merge = await runCli("merge", ["--seeds", seeds, "--output", path.join(work, "none"), "--cache-dir", cache, path.join(work, "single")]);
    expect(merge.code).toBe(1);
    expect(merge.stderr).toMatch(/^Merge refused: .*single is not a shard folder \(it has no broadsheet-shard\.json this version reads\): build it with npm run build -- --shard K\/N/);
  });

  it("should build a shard that holds no year when the split has more shards than years", async () => {
    const run = await runCli("build", ["--seeds", seeds, "--output", path.join(work, "empty"), "--cache-dir", cache, "--shard", "6/6"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Built shard 6\/6 into .* \(no year: the split has more shards than the archive has years/);
    expect(Object.keys(await hashTree(path.join(work, "empty")))).toEqual(["broadsheet-shard.json"]);
  });

  it("should refuse a shard number outside its split", async () => {
    const run = await runCli("build", ["--seeds", seeds, "--output", path.join(work, "bad"), "--shard", "4/3"]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("--shard 4/3 is not a shard: use K/N with 1 ≤ K ≤ N");
  });
});
