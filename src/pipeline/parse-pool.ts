import { setImmediate as yieldToEvents } from "node:timers/promises";
import type { Worker } from "node:worker_threads";
import type { ParseOptions, ParseResult } from "../parse/parse-seed.ts";
import type { ParseJob } from "./parse-worker.ts";
import { buildThreads } from "../common/threads.ts";
import { isOutOfMemory, startTsWorker } from "../common/ts-worker.ts";
import { SharedStrings } from "../common/share-strings.ts";

/**
 * A worker takes a second or two to start, so workers pay off only from about a thousand seeds
 * (measured: see docs/performance.md).
 */
export const MIN_SEEDS_FOR_WORKERS = 1000;
const BATCH = 16;

/**
 * A parsing thread holds about 260 MB (remark, compromise, citeproc's engines, what it
 * remembers of names), but V8 let the main thread's heap grow past 1 GB while it parsed. So
 * worker threads parse with a capped heap, and the main thread, which keeps every result and then
 * the plan, parses nothing when they do (measured: see docs/performance.md).
 */
const PARSE_HEAP_MB = 768;

/**
 * Parses seeds on every core: remark takes a few milliseconds a seed, so a cold build of
 * thousands of seeds is bound by it. A few seeds are parsed on the main thread (or on a thread
 * started for them before they were known: `startParseThread`); more on worker threads, one a
 * core, which take batches as they free up. A worker that fills its heap ends;
 * the main thread parses its batches and takes its place. Results come back in the order of
 * the jobs, identical to parsing them one by one.
 */
export interface PoolOptions<Kept = ParseResult> {
  threads?: number;
  /** Fewer jobs than this are parsed on the main thread alone. */
  minForWorkers?: number;
  /** The heap a worker may use, in MB (tests make it small). */
  workerHeapMb?: number;
  /** Called for each batch a worker thread parsed (for tests). */
  onWorkerBatch?: () => void;
  /** Called when a worker filled its heap, and the main thread took its place (for tests). */
  onWorkerFull?: () => void;
  /** Called with the number of seeds of each batch parsed, on any thread. */
  onParsed?: (count: number) => void;
  /** What to keep of each result (the job's index given), as it arrives: the cache keeps bodies on disk, so the pool need not hold them all. */
  keep?: (result: ParseResult, index: number) => Kept;
  /** A thread started before the jobs were known (`startParseThread`): it parses first, and parses the jobs too few for more threads. */
  started?: ParseThread;
}

/** A worker thread of the pool, with its start and its end as promises, so that it can be started before it is given work. */
export interface ParseThread {
  worker: Worker;
  online: Promise<void>;
  /** Its error (an out-of-memory one when it filled its heap), or its exit code when it ended without one. */
  ended: Promise<{ error: Error } | { code: number }>;
  /** Ends it, when it was not given work after all. */
  stop(): Promise<void>;
}

/**
 * Starts a parse thread before the seeds to parse are known. A thread makes citeproc's engines as
 * it starts (1.8 s, and twice that on a main thread whose heap holds a large archive's parse
 * cache), so a build that will parse a few new seeds of a large archive starts one as it begins
 * looking for the others in the cache, and the engines are made meanwhile, on another core.
 */
export function startParseThread(workerHeapMb = PARSE_HEAP_MB): ParseThread {
  const worker = startTsWorker(new URL("./parse-worker.ts", import.meta.url), { maxOldGenerationSizeMb: workerHeapMb });
  const online = new Promise<void>((resolve) => worker.once("online", () => resolve()));
  const ended = new Promise<{ error: Error } | { code: number }>((resolve) => {
    worker.once("error", (error) => resolve({ error }));
    worker.once("exit", (code) => resolve({ code }));
  });
  return { worker, online, ended, stop: () => worker.terminate().then(() => {}) };
}

/** A seed to parse: its bytes are read when its batch is, so that the pool holds a few batches' bytes at a time. */
export interface SeedJob {
  file: string;
  bytes: () => Uint8Array;
}

export async function parseAll<Kept = ParseResult>(jobs: SeedJob[], options: ParseOptions, pool: PoolOptions<Kept> = {}): Promise<Kept[]> {
  const { threads = buildThreads(), minForWorkers = MIN_SEEDS_FOR_WORKERS, workerHeapMb = PARSE_HEAP_MB, onWorkerBatch, onWorkerFull, onParsed, started } = pool;
  const keep = pool.keep ?? ((result: ParseResult) => result as Kept);
  const results: Kept[] = new Array(jobs.length);
  const batches = Math.ceil(jobs.length / BATCH);
  let nextBatch = 0;
  const take = () => (nextBatch < batches ? nextBatch++ : null);
  // Results arrive as copies, each with its own copy of every name: the build keeps them all.
  const strings = new SharedStrings();
  const store = (batch: number, parsed: ParseResult[]) => {
    parsed.forEach((result, index) => (results[batch * BATCH + index] = keep(strings.share(result), batch * BATCH + index)));
    onParsed?.(parsed.length);
  };
  const slice = (batch: number): ParseJob[] => jobs.slice(batch * BATCH, (batch + 1) * BATCH).map(({ file, bytes }) => ({ file, bytes: bytes() }));

  const onMainThread = async (next: () => number | null) => {
    // The parser (remark, compromise, citeproc) loads on this thread only when this thread parses.
    const { parseSeedBytes } = await import("../parse/parse-seed-bytes.ts");
    for (let batch = next(); batch !== null; batch = next()) {
      // A copy: what remark made holds slices of the seed's text, which keep all of it alive (about
      // more memory a seed: see docs/performance.md); results from workers arrive as such copies already.
      store(
        batch,
        slice(batch).map((job) => structuredClone(parseSeedBytes(job.bytes, job.file, options))),
      );
      await yieldToEvents(); // let finished workers pick up their next batch
    }
  };
  // The batches of workers that filled their heaps, which the main thread parses before it takes new ones.
  const lost: number[] = [];
  let mainLane: Promise<void> | null = null;
  const takeOver = (batches: Iterable<number>) => {
    lost.push(...batches);
    return (mainLane ??= onMainThread(() => lost.shift() ?? take()));
  };
  // A worker always holds its next batch: it answers while the main thread is busy (with another
  // worker's results, or a batch of its own), and the answer is read only when that is done.
  const onWorker = ({ worker, online, ended }: ParseThread) =>
    new Promise<void>((resolve, reject) => {
      const inFlight = new Set<number>();
      let done = false;
      const send = () => {
        if (done) return;
        const batch = take();
        if (batch !== null) {
          inFlight.add(batch);
          worker.postMessage({ batch, jobs: slice(batch), options });
        } else if (inFlight.size === 0) {
          done = true;
          void worker.terminate().then(() => resolve());
        }
      };
      worker.on("message", ({ batch, results: parsed }: { batch: number; results: ParseResult[] }) => {
        inFlight.delete(batch);
        store(batch, parsed);
        onWorkerBatch?.();
        send();
      });
      void online.then(() => {
        send();
        send();
      });
      void ended.then((end) => {
        if (done) return; // ended by send(), its work done
        done = true;
        // Ended without an error (killed): waiting for its batches would be for ever.
        if (!("error" in end)) return reject(new Error(`a parse worker stopped (exit code ${end.code}) before it had parsed its seeds`));
        if (!isOutOfMemory(end.error)) return reject(end.error);
        onWorkerFull?.();
        takeOver(inFlight).then(resolve, reject);
      });
    });

  const workers = jobs.length < minForWorkers || threads <= 1 ? (started ? 1 : 0) : threads;
  const thread = (index: number) => (index === 0 && started ? started : startParseThread(workerHeapMb));
  await (workers === 0 ? onMainThread(take) : Promise.all(Array.from({ length: workers }, (_, index) => onWorker(thread(index)))));
  return results;
}
