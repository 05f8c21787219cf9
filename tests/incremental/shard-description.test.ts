import { describe, expect, it } from "vitest";
import { checkShards, type ShardDescription, type ShardInputs } from "../../src/incremental/shard-description.ts";
import { siteConfig } from "../../src/site.config.ts";

const inputs: ShardInputs = { seeds: "seeds-a", code: "code-a", site: siteConfig };

function shard(index: number, count: number, changes: Partial<ShardInputs> = {}): { folder: string; description: ShardDescription } {
  const description: ShardDescription = { format: 1, shard: { index, count }, years: [], articles: 0, archiveArticles: 0, inputs: { ...inputs, ...changes }, files: [], groups: {} };
  return { folder: `parts/${index}`, description };
}

describe("checkShards", () => {
  it("should give the shards of a whole split in order, whatever order they come in", () => {
    const checked = checkShards([shard(3, 3), shard(1, 3), shard(2, 3)], inputs, "seeds");
    expect(checked.map((description) => description.shard.index)).toEqual([1, 2, 3]);
  });

  it("should name the shards that are missing", () => {
    expect(() => checkShards([shard(1, 4), shard(3, 4)], inputs, "seeds")).toThrow("shards 2/4, 4/4 are missing: give the folders of all 4 shards");
    expect(() => checkShards([shard(2, 2)], inputs, "seeds")).toThrow("shard 1/2 is missing");
  });

  it("should refuse a shard given twice, naming both folders", () => {
    expect(() => checkShards([shard(1, 2), shard(2, 2), { ...shard(1, 2), folder: "copy/1" }], inputs, "seeds")).toThrow("shard 1/2 (parts/1) is given twice: parts/1 and copy/1");
  });

  it("should refuse shards of different splits", () => {
    expect(() => checkShards([shard(1, 2), shard(2, 3)], inputs, "seeds")).toThrow("the shards come from different splits: shard 1/2 (parts/1) and shard 2/3 (parts/2)");
  });

  it("should refuse shards built from different seeds, code or settings, saying which", () => {
    expect(() => checkShards([shard(1, 2), shard(2, 2, { seeds: "seeds-b" })], inputs, "seeds")).toThrow("shard 1/2 (parts/1) and shard 2/2 (parts/2) were built from different seeds");
    expect(() => checkShards([shard(1, 2), shard(2, 2, { code: "code-b" })], inputs, "seeds")).toThrow("were built by different code");
    expect(() => checkShards([shard(1, 2), shard(2, 2, { site: { ...siteConfig, pathPrefix: "/news/" } })], inputs, "seeds")).toThrow(
      'were built with different site settings (pathPrefix: "/" and "/news/")',
    );
  });

  it("should refuse shards built from other seeds than the merge's", () => {
    expect(() => checkShards([shard(1, 1)], { ...inputs, seeds: "seeds-b" }, "my-seeds")).toThrow("the shards were built from other seeds than my-seeds");
  });

  it("should refuse shards built with other settings than the merge's, naming the options", () => {
    expect(() => checkShards([shard(1, 1, { site: { ...siteConfig, pathPrefix: "/news/" } })], inputs, "seeds")).toThrow(
      'the shards were built with different site settings (pathPrefix: "/news/" and "/"); merge with the --path-prefix and --base-url the shards were built with',
    );
  });

  it("should refuse to merge nothing", () => {
    expect(() => checkShards([], inputs, "seeds")).toThrow("no shard folders given");
  });
});
