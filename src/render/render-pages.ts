import type { SiteConfig } from "../site.config.ts";
import { countOf, type Page, type PageSource, type PicturePage } from "../site/pages.ts";
import { PAGES_PER_RUN, renderRun } from "./render-run.ts";
import { buildThreads } from "../common/threads.ts";
import { isOutOfMemory, startTsWorker } from "../common/ts-worker.ts";
import { settleAll } from "../common/settle-all.ts";
import { collectGarbage } from "../common/collect-garbage.ts";

/**
 * A worker lane takes seconds to start Eleventy, so a second lane pays off only for a few thousand
 * pages (measured: see docs/performance.md).
 */
const MIN_PAGES_FOR_LANES = 3000;

/**
 * V8 lets a heap grow far past what is live: uncapped, a lane's heap reached 1.3 GB on runs that
 * render in 640 MB. So each worker lane's heap is capped, and runs are cut by their data to fit:
 * with runs of 24 million characters, the lanes' first runs (the list pages, whose data is the
 * largest) made a 100,000-article build's peak (measured: see docs/performance.md).
 */
const LANE_HEAP_MB = 640;
const RUN_CHARS = 12 * 2 ** 20;

export interface RenderOptions {
  threads?: number;
  /** Called with a number of pages just written (a few hundred at a time from a worker); negative for a run's pages that are to be written again. */
  onRendered?: (count: number) => void;
  /** The heap a worker lane may use, in MB, and the page data a run may hold, in JSON characters (tests change them). */
  laneHeapMb?: number;
  runChars?: number;
  /** Called with a run's size when the run filled its lane's heap and is to be rendered again, in halves. */
  onLaneFull?: (pages: number) => void;
}

/**
 * Renders pages with Eleventy into `outputDir`, on every core. The pages are cut into runs
 * (`cutRuns`) as the runs are taken, so pages made as they are taken (`PageSource`) are made a
 * run at a time. A few pages render on this thread; more on worker threads, one a core, which
 * each take the next run as they free up, so a worker holds one run's pages at a time, not its
 * share. This thread keeps the plan, so its heap is not capped; it renders none of a large build.
 */
export async function renderPages(
  source: PageSource,
  site: SiteConfig,
  outputDir: string,
  { threads = buildThreads(), onRendered = () => {}, laneHeapMb = LANE_HEAP_MB, runChars = RUN_CHARS, onLaneFull = () => {} }: RenderOptions = {},
): Promise<void> {
  const count = countOf(source);
  const lanes = count < MIN_PAGES_FOR_LANES ? 1 : Math.max(1, threads);
  // The lanes sit beside this thread's heap for minutes: first, let go of what planning left.
  if (lanes > 1) collectGarbage();
  // Pictures are made by sharp, not Eleventy, on this thread beside the lanes (sharp has threads
  // of its own), as the runs come to them.
  const pictures: PicturePage[] = [];
  let picturesDone = Promise.resolve();
  const runs = cutRuns(source, count, lanes, runChars, (picture) => pictures.push(picture));
  const halvesLeft: Page[][] = [];
  const take = (): Page[] | undefined => {
    const run = halvesLeft.shift() ?? runs.next().value ?? undefined;
    if (pictures.length > 0) {
      const batch = pictures.splice(0);
      picturesDone = picturesDone
        .then(() => import("./render-pictures.ts"))
        .then(({ renderPictures }) => renderPictures(batch, outputDir))
        .then(() => onRendered(batch.length));
      picturesDone.catch(() => {}); // heard once the runs are done
    }
    return run;
  };
  const again = (run: Page[]) => halvesLeft.unshift(...halves(run));
  const lanesDone =
    lanes === 1
      ? (async () => {
          for (let run = take(); run; run = take()) await renderRun(run, site, outputDir, onRendered);
        })()
      : Promise.all(Array.from({ length: lanes }, () => onWorker({ take, again, site, outputDir, onRendered, laneHeapMb, onLaneFull })));
  await settleAll([
    lanesDone,
    lanesDone.then(
      () => picturesDone,
      () => picturesDone,
    ),
  ]);
}

/**
 * Cuts pages into runs, in order, as they are asked for: at most `PAGES_PER_RUN` pages and
 * `RUN_CHARS` characters of page data (as JSON) a run, since a list page's data is eight times
 * an article page's; and at least as many runs as lanes, so that each lane has one. Pictures go
 * to `aside`, not into runs.
 */
export function* cutRuns(pages: Iterable<Page>, count: number, lanes: number, maxChars = RUN_CHARS, aside: (picture: PicturePage) => void = () => {}): Generator<Page[], void> {
  const runCount = Math.ceil(Math.ceil(count / PAGES_PER_RUN) / lanes) * lanes;
  const size = Math.max(1, Math.ceil(count / runCount));
  let run: Page[] = [];
  let chars = 0;
  for (const page of pages) {
    if (page.kind === "picture") {
      aside(page);
      continue;
    }
    const weight = weightOf(page);
    if (run.length > 0 && (run.length >= size || chars + weight > maxChars)) {
      yield run;
      run = [];
      chars = 0;
    }
    run.push(page);
    chars += weight;
  }
  if (run.length > 0) yield run;
}

/**
 * A page's data in about the characters of its JSON, counted without making the JSON: making it
 * for every page of 100,000 articles took 20 s and left 450 MB of strings in the main thread's
 * heap. A download's article is its article page's, which comes just before it and is sent once
 * for both (a message keeps shared objects shared), so a download weighs its own few fields.
 */
function weightOf(page: Page): number {
  return page.kind === "cite" ? jsonWeight({ ...page, article: null }) : jsonWeight(page);
}

/** The length of `JSON.stringify(value)` for plain data whose strings need no escapes; about it for the rest. */
export function jsonWeight(value: unknown): number {
  switch (typeof value) {
    case "string":
      return value.length + 2;
    case "number":
    case "boolean":
      return String(value).length;
    case "object": {
      if (value === null) return 4;
      if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + (item === undefined ? 4 : jsonWeight(item)), Math.max(2, value.length + 1));
      let sum = 1;
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined && typeof item !== "function" && Object.hasOwn(value, key)) sum += key.length + 4 + jsonWeight(item);
      }
      return Math.max(2, sum);
    }
    default:
      return 0;
  }
}

function halves(run: Page[]): Page[][] {
  const middle = Math.ceil(run.length / 2);
  return [run.slice(0, middle), run.slice(middle)];
}

interface Lane {
  take: () => Page[] | undefined;
  /** Puts back a run that did not fit in a lane's heap, in two halves. */
  again: (run: Page[]) => void;
  site: SiteConfig;
  outputDir: string;
  onRendered: (count: number) => void;
  laneHeapMb: number;
  onLaneFull: (pages: number) => void;
}

/**
 * A worker thread that renders the runs it takes, one message each, until none is left. A run
 * that fills the lane's heap ends the worker; its pages go back in halves, to a new lane.
 */
function onWorker(lane: Lane): Promise<void> {
  const { take, again, site, outputDir, onRendered, laneHeapMb, onLaneFull } = lane;
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(new URL("./render-worker.ts", import.meta.url), { maxOldGenerationSizeMb: laneHeapMb });
    let done = false;
    let run: Page[] | undefined;
    let renderedOfRun = 0;
    const send = () => {
      try {
        run = take(); // makes the run's pages: a failure fails the render, not the process
      } catch (error) {
        done = true;
        void worker.terminate();
        return reject(error instanceof Error ? error : new Error(String(error)));
      }
      renderedOfRun = 0;
      if (run) return worker.postMessage({ pages: run, site, outputDir });
      done = true;
      void worker.terminate().then(() => resolve());
    };
    worker.once("online", send);
    worker.on("message", (message: { error?: string; rendered?: number }) => {
      if (message.rendered) {
        renderedOfRun += message.rendered;
        return onRendered(message.rendered);
      }
      if (!message.error) return send();
      done = true;
      void worker.terminate();
      reject(new Error(message.error));
    });
    worker.once("error", (error: Error) => {
      done = true;
      if (!isOutOfMemory(error) || !run) return reject(error);
      if (run.length === 1)
        return reject(
          new Error(`the page ${run[0]!.path} needs more memory than a render lane has (${laneHeapMb} MB): build with BROADSHEET_THREADS=1 to render on the main thread, which has no such cap`),
        );
      onLaneFull(run.length);
      onRendered(-renderedOfRun); // its pages are counted again as they are rendered again
      again(run);
      onWorker(lane).then(resolve, reject);
    });
    // A worker that ends without an error (killed) would leave this waiting for ever.
    worker.once("exit", (code) => (done ? undefined : reject(new Error(`a render worker stopped (exit code ${code}) before it had rendered its pages`))));
  });
}
