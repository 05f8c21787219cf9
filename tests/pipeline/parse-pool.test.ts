import { describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { parseAll } from "../../src/pipeline/parse-pool.ts";
import { siteConfig } from "../../src/site.config.ts";

describe("parseAll", () => {
  it("should give the same results, in the same order, on worker threads as on one thread", async () => {
    const jobs = generateSeeds(400, { seed: 9 }).map(({ file, text }) => ({ file, bytes: () => Buffer.from(text) }));
    jobs.push({ file: "empty.txt", bytes: () => Buffer.from("") });
    const options = { outlets: siteConfig.outlets };
    const alone = await parseAll(jobs, options, { threads: 1 });
    let workerBatches = 0;
    const pooled = await parseAll(jobs, options, { threads: 3, minForWorkers: 1, onWorkerBatch: () => workerBatches++ });
    expect(workerBatches).toBeGreaterThan(0);
    expect(pooled).toEqual(alone);
    expect(pooled.map((result) => (result.ok ? result.article.seedFile : result.diagnostics[0]!.file))).toEqual(jobs.map((job) => job.file));
  });
});
