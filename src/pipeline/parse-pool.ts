import { setImmediate as yieldToEvents } from "node:timers/promises";
import type { ParseOptions, ParseResult } from "../parse/parse-seed.ts";
import { parseSeedBytes } from "../parse/parse-seed-bytes.ts";
import type { ParseJob } from "./parse-worker.ts";
import { buildThreads } from "../common/threads.ts";
import { startTsWorker } from "../common/ts-worker.ts";

/**
 * A worker takes a second or two to start, so workers pay off only from about a thousand seeds
 * (measured: see docs/performance.md).
 */
export const MIN_SEEDS_FOR_WORKERS = 1000;
const BATCH = 16;

/**
 * Parses seeds on every core: remark takes a few milliseconds a seed, so a cold build of
 * thousands of seeds is bound by it. The main thread parses too, from the first moment, while
 * worker threads start (which takes a second or two) and then take batches as they free up.
 * Results come back in the order of the jobs, identical to parsing them one by one.
 */
export interface PoolOptions<Kept = ParseResult> {
  threads?: number;
  /** Fewer jobs than this are parsed on the main thread alone. */
  minForWorkers?: number;
  /** Called for each batch a worker thread parsed (for tests). */
  onWorkerBatch?: () => void;
  /** Called with the number of seeds of each batch parsed, on any thread. */
  onParsed?: (count: number) => void;
  /** What to keep of each result (the job's index given), as it arrives: the cache keeps bodies on disk, so the pool need not hold them all. */
  keep?: (result: ParseResult, index: number) => Kept;
}

/** A seed to parse: its bytes are read when its batch is, so that the pool holds a few batches' bytes at a time. */
export interface SeedJob {
  file: string;
  bytes: () => Uint8Array;
}

export async function parseAll<Kept = ParseResult>(jobs: SeedJob[], options: ParseOptions, pool: PoolOptions<Kept> = {}): Promise<Kept[]> {
  const { threads = buildThreads(), minForWorkers = MIN_SEEDS_FOR_WORKERS, onWorkerBatch, onParsed } = pool;
  const keep = pool.keep ?? ((result: ParseResult) => result as Kept);
  const results: Kept[] = new Array(jobs.length);
  const batches = Math.ceil(jobs.length / BATCH);
  let nextBatch = 0;
  const take = () => (nextBatch < batches ? nextBatch++ : null);
  const store = (batch: number, parsed: ParseResult[]) => {
    parsed.forEach((result, index) => (results[batch * BATCH + index] = keep(result, batch * BATCH + index)));
    onParsed?.(parsed.length);
  };
  const slice = (batch: number): ParseJob[] => jobs.slice(batch * BATCH, (batch + 1) * BATCH).map(({ file, bytes }) => ({ file, bytes: bytes() }));

  const onMainThread = async () => {
    for (let batch = take(); batch !== null; batch = take()) {
      // A copy: what remark made holds slices of the seed's text, which keep all of it alive (about
      // more memory a seed: see docs/performance.md); results from workers arrive as such copies already.
      store(
        batch,
        slice(batch).map((job) => structuredClone(parseSeedBytes(job.bytes, job.file, options))),
      );
      await yieldToEvents(); // let finished workers pick up their next batch
    }
  };
  // A worker always holds its next batch: it answers while this thread parses a batch of its
  // own, and the answer (with the next request) is read only when that batch is done. With one
  // batch at a time, the worker sat idle for about half of each of this thread's batches.
  const onWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startTsWorker(new URL("./parse-worker.ts", import.meta.url));
      let inFlight = 0;
      let done = false;
      const send = () => {
        const batch = take();
        if (batch !== null) {
          inFlight++;
          worker.postMessage({ batch, jobs: slice(batch), options });
        } else if (inFlight === 0) {
          done = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on("message", ({ batch, results: parsed }: { batch: number; results: ParseResult[] }) => {
        inFlight--;
        store(batch, parsed);
        onWorkerBatch?.();
        send();
      });
      worker.once("online", () => {
        send();
        send();
      });
      worker.once("error", reject);
      // A worker that ends without an error (killed, out of memory) would leave this waiting for ever.
      worker.once("exit", (code) => (done ? undefined : reject(new Error(`a parse worker stopped (exit code ${code}) before it had parsed its seeds`))));
    });

  const workers = jobs.length < minForWorkers ? 0 : Math.max(0, threads - 1);
  await Promise.all([onMainThread(), ...Array.from({ length: workers }, onWorker)]);
  return results;
}
