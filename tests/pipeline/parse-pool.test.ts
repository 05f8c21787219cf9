import { describe, expect, it } from "vitest";
import { generateSeeds } from "../../src/bench/synthetic-seeds.ts";
import { parseAll, startParseThread } from "../../src/pipeline/parse-pool.ts";
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

  it("should parse on a thread started before its seeds were known, however few, and stop one given no work", async () => {
    const jobs = generateSeeds(3, { seed: 5 }).map(({ file, text }) => ({ file, bytes: () => Buffer.from(text) }));
    const options = { outlets: siteConfig.outlets };
    const alone = await parseAll(jobs, options, { threads: 1 });
    let workerBatches = 0;
    const started = startParseThread();
    expect(await parseAll(jobs, options, { started, onWorkerBatch: () => workerBatches++ })).toEqual(alone);
    expect(workerBatches).toBe(1);
    expect(await started.ended).toEqual({ code: expect.any(Number) }); // ended without an error once its work was done
    const idle = startParseThread();
    await idle.stop();
    expect(await idle.ended).toEqual({ code: expect.any(Number) });
  }, 60_000);

  it("should parse on the main thread the seeds of workers that filled their heaps, and the rest in their place", async () => {
    // Heaps of 24 MB: the parser fills them as it loads.
    const jobs = generateSeeds(60, { seed: 4 }).map(({ file, text }) => ({ file, bytes: () => Buffer.from(text) }));
    const options = { outlets: siteConfig.outlets };
    const alone = await parseAll(jobs, options, { threads: 1 });
    let full = 0;
    let parsed = 0;
    const pooled = await parseAll(jobs, options, { threads: 2, minForWorkers: 1, workerHeapMb: 24, onWorkerFull: () => full++, onParsed: (count) => (parsed += count) });
    expect(full).toBe(2);
    expect(parsed).toBe(60);
    expect(pooled).toEqual(alone);
  }, 60_000);
});
