import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { copyFixture, hashTree, runScript, tempDir } from "../e2e/cli.ts";

describe("a split build with years indexed in parts", () => {
  it("should give each shard its years' search parts, and merge into the bytes of a single build", async () => {
    const seeds = await copyFixture("search-archive");
    const work = await tempDir();
    const run = await runScript("tests/support/split-builds.ts", [seeds, work]);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as { single: boolean; shards: Array<{ ok: boolean; years: string[] }>; merged: boolean };
    expect(result).toMatchObject({ single: true, merged: true });
    expect(result.shards.every((shard) => shard.ok)).toBe(true);
    const bundles = (await readdir(path.join(work, "single", "pagefind"))).filter((name) => name !== "shards.json");
    expect(bundles.filter((name) => /^\d{4}-\d+$/.test(name)).length).toBeGreaterThan(2);
    for (const [index, shard] of result.shards.entries()) {
      const own = (await readdir(path.join(work, `shard-${index + 1}`, "pagefind")).catch(() => [])).sort();
      expect(own).toEqual(bundles.filter((name) => shard.years.includes(name.slice(0, 4))).sort());
    }
    expect(await hashTree(path.join(work, "merged"))).toEqual(await hashTree(path.join(work, "single")));
  });
});
