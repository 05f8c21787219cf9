import { once } from "node:events";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { FILE_CHECKS } from "./file-checks.js";

type Check = keyof typeof FILE_CHECKS;
type Answer<C extends Check> = ReturnType<(typeof FILE_CHECKS)[C]>;

/**
 * A check of many files (file-checks.js), in the order given. From `splitFrom` files on, a second
 * thread checks the later part while this one checks the first: on this 2-core machine, the
 * system calls of 100,000 stats or 431,000 existence checks are most of what they cost
 * (docs/performance.md, session 21). Fails as the check fails, in either part.
 */
export async function checkFiles<C extends Check>(check: C, files: readonly string[], { splitFrom = 10_000 } = {}): Promise<Answer<C>> {
  const run = FILE_CHECKS[check] as (files: readonly string[]) => Answer<C>;
  // This thread takes a little more than half, as the second starts later: of shares from 0.45 to 0.6 of 100,000 stats, 0.55 was quickest.
  const cut = files.length >= splitFrom && availableParallelism() > 1 ? Math.floor(files.length * 0.55) : files.length;
  if (cut === files.length) return run(files);
  const later = inThread(check, files.slice(cut));
  later.catch(() => {}); // until the first part is done, a failed second part waits to be awaited: not unhandled
  const first = run(files.slice(0, cut));
  const second = await later;
  const whole = new (first.constructor as new (length: number) => Answer<C>)(first.length + second.length);
  whole.set(first);
  whole.set(second, first.length);
  return whole;
}

/** A check of some files, in a worker thread of its own that ends with its answer. */
async function inThread<C extends Check>(check: C, files: string[]): Promise<Answer<C>> {
  const worker = new Worker(new URL("./file-checks.js", import.meta.url), { workerData: { fileCheck: check, files } });
  worker.unref(); // a build that failed in the first part does not wait for it
  const [answer] = (await once(worker, "message")) as [Answer<C>];
  return answer;
}
