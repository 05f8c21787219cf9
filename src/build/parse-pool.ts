import os from "node:os";
import type { ParseOptions, ParseResult } from "../parse/parse-seed.ts";
import { parseSeedBytes } from "./parse-seed-bytes.ts";
import type { ParseJob } from "./parse-worker.ts";
import { startTsWorker } from "./ts-worker.ts";

/** Below this many seeds, starting workers costs more than it saves. */
export const MIN_SEEDS_FOR_WORKERS = 64;
const BATCH = 16;

/**
 * Parses seeds on every core: remark takes a few milliseconds a seed, so a cold build of
 * thousands of seeds is bound by it. Results come back in the order of the jobs, identical to
 * parsing them one by one (the parser is pure).
 */
export async function parseAll(jobs: ParseJob[], options: ParseOptions, threads = os.availableParallelism()): Promise<ParseResult[]> {
  if (jobs.length < MIN_SEEDS_FOR_WORKERS || threads < 2) return jobs.map((job) => parseSeedBytes(job.bytes, job.file, options));
  const results: ParseResult[] = new Array(jobs.length);
  const batches = Math.ceil(jobs.length / BATCH);
  let nextBatch = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startTsWorker(new URL("./parse-worker.ts", import.meta.url));
      const send = () => {
        if (nextBatch >= batches) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const batch = nextBatch++;
        worker.postMessage({ batch, jobs: jobs.slice(batch * BATCH, (batch + 1) * BATCH), options });
      };
      worker.on("message", ({ batch, results: parsed }: { batch: number; results: ParseResult[] }) => {
        parsed.forEach((result, index) => (results[batch * BATCH + index] = result));
        send();
      });
      worker.once("error", reject);
      send();
    });
  await Promise.all(Array.from({ length: Math.min(threads, batches) }, runWorker));
  return results;
}
