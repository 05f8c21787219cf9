import type { SiteConfig } from "../site.config.ts";
import type { Page } from "../site/pages.ts";
import { renderShare } from "./render-eleventy.ts";
import { buildThreads } from "./threads.ts";
import { startTsWorker } from "./ts-worker.ts";

/**
 * A worker lane takes about 2 s to start Eleventy. Measured here: 2,160 pages took 2.9 s on one
 * lane and 3.4 s on two; 7,200 pages 10.5 s on one and 6.4 s on two.
 */
const MIN_PAGES_FOR_LANES = 3000;

/**
 * Renders pages with Eleventy into `outputDir`, on every core: the pages are dealt out into
 * shares, one rendered on this thread and the others in worker threads, each by its own Eleventy.
 */
export async function renderPages(pages: Page[], site: SiteConfig, outputDir: string, threads = buildThreads()): Promise<void> {
  const lanes = pages.length < MIN_PAGES_FOR_LANES ? 1 : Math.max(1, threads);
  const shares: Page[][] = Array.from({ length: lanes }, () => []);
  pages.forEach((page, index) => shares[index % lanes]!.push(page)); // every kind in every share
  await Promise.all(shares.map((share, lane) => (lane === 0 ? renderShare(share, site, outputDir) : renderInWorker(share, site, outputDir))));
}

function renderInWorker(pages: Page[], site: SiteConfig, outputDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = startTsWorker(new URL("./render-worker.ts", import.meta.url));
    worker.once("online", () => worker.postMessage({ pages, site, outputDir }));
    worker.once("message", (message: { error?: string }) => {
      void worker.terminate();
      if (message.error) reject(new Error(message.error));
      else resolve();
    });
    worker.once("error", reject);
  });
}
