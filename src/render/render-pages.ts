import type { SiteConfig } from "../site.config.ts";
import type { CitePage, Page, PicturePage } from "../site/pages.ts";
import { PAGES_PER_RUN, renderRun } from "./render-run.ts";
import { buildThreads } from "../common/threads.ts";
import { startTsWorker } from "../common/ts-worker.ts";
import { settleAll } from "../common/settle-all.ts";

/**
 * A worker lane takes seconds to start Eleventy, so a second lane pays off only for a few thousand
 * pages (measured: see docs/performance.md).
 */
const MIN_PAGES_FOR_LANES = 3000;

/**
 * Renders pages with Eleventy into `outputDir`, on every core. The pages are cut into runs of at
 * most `PAGES_PER_RUN`, as many as the lanes or a multiple; this thread and worker threads each
 * take the next run as they free up, so a worker holds one run's pages at a time, not its share.
 */
export interface RenderOptions {
  threads?: number;
  /** Called with a number of pages just written (a few hundred at a time from a worker). */
  onRendered?: (count: number) => void;
}

export async function renderPages(allPages: Page[], site: SiteConfig, outputDir: string, { threads = buildThreads(), onRendered = () => {} }: RenderOptions = {}): Promise<void> {
  // Pictures are made by sharp, not Eleventy, beside the lanes (sharp has threads of its own).
  const pictures = allPages.filter((page): page is PicturePage => page.kind === "picture");
  // The reference downloads are small files made from data, beside them too.
  const cites = allPages.filter((page): page is CitePage => page.kind === "cite");
  const pages = allPages.filter((page) => page.kind !== "picture" && page.kind !== "cite");
  const picturesDone =
    pictures.length > 0 ? import("./render-pictures.ts").then(({ renderPictures }) => renderPictures(pictures, outputDir)).then(() => onRendered(pictures.length)) : Promise.resolve();
  const citesDone = cites.length > 0 ? import("./render-cite-files.ts").then(({ renderCiteFiles }) => renderCiteFiles(cites, site, outputDir)).then(() => onRendered(cites.length)) : Promise.resolve();
  const lanes = pages.length < MIN_PAGES_FOR_LANES ? 1 : Math.max(1, threads);
  const runCount = Math.ceil(Math.ceil(pages.length / PAGES_PER_RUN) / lanes) * lanes;
  const size = Math.max(1, Math.ceil(pages.length / runCount));
  const runs: Page[][] = [];
  for (let start = 0; start < pages.length; start += size) runs.push(pages.slice(start, start + size));
  const take = () => runs.shift();

  const onThisThread = async () => {
    for (let run = take(); run; run = take()) await renderRun(run, site, outputDir, onRendered);
  };
  const lanesDone = Promise.all([onThisThread(), ...Array.from({ length: lanes - 1 }, () => onWorker(take, site, outputDir, onRendered))]);
  await settleAll([lanesDone, picturesDone, citesDone]);
}

/** A worker thread that renders the runs it takes, one message each, until none is left. */
function onWorker(take: () => Page[] | undefined, site: SiteConfig, outputDir: string, onRendered: (count: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(new URL("./render-worker.ts", import.meta.url));
    let done = false;
    const send = () => {
      const pages = take();
      if (pages) return worker.postMessage({ pages, site, outputDir });
      done = true;
      void worker.terminate().then(() => resolve());
    };
    worker.once("online", send);
    worker.on("message", (message: { error?: string; rendered?: number }) => {
      if (message.rendered) return onRendered(message.rendered);
      if (!message.error) return send();
      done = true;
      void worker.terminate();
      reject(new Error(message.error));
    });
    worker.once("error", reject);
    // A worker that ends without an error (killed, out of memory) would leave this waiting for ever.
    worker.once("exit", (code) => (done ? undefined : reject(new Error(`a render worker stopped (exit code ${code}) before it had rendered its pages`))));
  });
}
