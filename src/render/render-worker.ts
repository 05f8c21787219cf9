// A worker thread that renders runs of pages it is sent, one at a time (see render-pages.ts).
import { parentPort } from "node:worker_threads";
import type { SiteConfig } from "../site.config.ts";
import type { Page } from "../site/pages.ts";
import { renderRun } from "./render-run.ts";

parentPort!.on("message", ({ pages, site, outputDir }: { pages: Page[]; site: SiteConfig; outputDir: string }) => {
  renderRun(pages, site, outputDir).then(
    () => parentPort!.postMessage({}),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
