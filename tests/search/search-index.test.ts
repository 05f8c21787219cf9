import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Worker } from "node:worker_threads";
import { planSearchShards, ShardFacetCounts, writeSearchIndex, writeSearchShards, type SearchShard, type ShardList } from "../../src/search/search-index.ts";
import { shardFacets } from "../../src/search/search-records.ts";
import { SearchLanes } from "../../src/search/search-lanes.ts";
import { tempDir } from "../e2e/cli.ts";
import { archive, article } from "./fixtures.ts";

/** Lanes that count how many were taken. */
class CountedLanes extends SearchLanes {
  taken = 0;
  override take(): Promise<Worker> {
    this.taken++;
    return super.take();
  }
}

describe("writeSearchIndex", () => {
  it("should write one Pagefind bundle per year, without Pagefind's UI files, and list them", async () => {
    const out = await tempDir();
    const shards = await writeSearchIndex(archive, out, { language: "en" });
    expect((await readdir(path.join(out, "pagefind"))).sort()).toEqual(["2024", "2025", "shards.json"]);
    const bundle = (await readdir(path.join(out, "pagefind/2025"))).sort();
    expect(bundle.filter((name) => !name.endsWith(".pf_meta"))).toEqual(["filter", "fragment", "index", "pagefind-entry.json", "pagefind-worker.js", "pagefind.js", "wasm.en.pagefind"]);
    const entry = JSON.parse(await readFile(path.join(out, "pagefind/2025/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages.en.page_count).toBe(3);

    const list = JSON.parse(await readFile(path.join(out, "pagefind/shards.json"), "utf8")) as ShardList;
    expect(list.shards.map(({ id, articles, key }) => ({ id, articles, key }))).toEqual(shards.map((s) => ({ id: s.id, articles: s.articles.length, key: s.key })));
    expect(list.shards.map(({ id, year, from }) => [id, year, from])).toEqual([
      ["2025", "2025", "2025-01-05"],
      ["2024", "2024", "2024-02-08"],
    ]);
    expect(list.shards[1]!.filters).toEqual({ year: { "2024": 2 }, month: { "2024-09": 1, "2024-02": 1 }, outlet: { Reuters: 1 } });
  });

  it("should write the same bytes for the same articles", async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await writeSearchIndex(archive, a, { language: "en" });
    await writeSearchIndex([...archive].reverse(), b, { language: "en" });
    const files = (await readdir(path.join(a, "pagefind"), { recursive: true })).sort();
    expect((await readdir(path.join(b, "pagefind"), { recursive: true })).sort()).toEqual(files);
    for (const file of files.filter((f) => f.includes("."))) {
      expect(await readFile(path.join(b, "pagefind", file)), file).toEqual(await readFile(path.join(a, "pagefind", file)));
    }
  });
});

describe("writeSearchShards", () => {
  const threeYears = planSearchShards([...archive, article({ date: "2023-05-02", slug: "bridge", title: "Bridge" })], "en");

  it("should index on one lane until `widen` settles, then on two", async () => {
    const out = await tempDir();
    const lanes = new CountedLanes();
    let widen!: () => void;
    const widened = new Promise<void>((resolve) => (widen = resolve));
    const takenAtEachShard: number[] = [];
    await writeSearchShards(
      threeYears,
      out,
      { language: "en" },
      async () => {
        takenAtEachShard.push(lanes.taken);
        if (takenAtEachShard.length > 1) return;
        widen(); // after the first shard: hold its lane until the second lane has taken a shard
        await expect.poll(() => lanes.taken, { timeout: 30_000 }).toBe(2);
      },
      lanes,
      widened,
    );
    expect(takenAtEachShard[0]).toBe(1);
    expect(lanes.taken).toBe(2);
    expect((await readdir(path.join(out, "pagefind"))).sort()).toEqual(["2023", "2024", "2025"]);
  });

  it("should index every shard on one lane when `widen` fails (the render failed)", async () => {
    const out = await tempDir();
    const lanes = new CountedLanes();
    await writeSearchShards(threeYears, out, { language: "en" }, undefined, lanes, Promise.reject(new Error("render failed")));
    expect(lanes.taken).toBe(1);
    expect((await readdir(path.join(out, "pagefind"))).sort()).toEqual(["2023", "2024", "2025"]);
  });
});

describe("ShardFacetCounts", () => {
  it("should count each shard's filters, and count again only a shard whose key it has not seen in the last list", () => {
    const counts = new ShardFacetCounts();
    const [newer, older] = planSearchShards(archive, "en") as [SearchShard, SearchShard];
    expect(counts.of([newer, older])).toEqual([shardFacets(newer.articles), shardFacets(older.articles)]);
    // The same key stands for the same records: a shard under a known key is not counted again.
    const sameKey = { ...older, articles: older.articles.slice(1) };
    expect(counts.of([newer, sameKey])[1]).toEqual(shardFacets(older.articles));
    const newKey = { ...sameKey, key: "another" };
    expect(counts.of([newer, newKey])[1]).toEqual(shardFacets(sameKey.articles));
    // Only the last list's keys are kept.
    expect(counts.of([{ ...sameKey, key: older.key }])[0]).toEqual(shardFacets(sameKey.articles));
  });
});
