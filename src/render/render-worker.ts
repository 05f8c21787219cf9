// A worker thread that renders runs of pages it is sent, one at a time (see render-pages.ts).
import { parentPort } from "node:worker_threads";
import type { SiteConfig } from "../site.config.ts";
import type { Page } from "../site/pages.ts";
import { renderRun } from "./render-run.ts";

parentPort!.on("message", ({ pages, site, outputDir }: { pages: Page[]; site: SiteConfig; outputDir: string }) => {
  // A page count now and then, for the build's progress line.
  let unreported = 0;
  const report = () => {
    if (unreported > 0) parentPort!.postMessage({ rendered: unreported });
    unreported = 0;
  };
  const onRendered = (count: number) => {
    unreported += count;
    if (unreported >= 100) report();
  };
  renderRun(pages, site, outputDir, onRendered)
    .finally(report)
    .then(
      () => parentPort!.postMessage({}),
      (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
});
